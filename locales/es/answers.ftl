# Respuestas (zona 17q): las respuestas del entrenador a preguntas, /progress, /week, /plan. HTML de Telegram.

## Respuestas fijas con fuente
ans-fuelling =
    <b>Antes de una tirada larga</b>
    • 2–4 horas antes: una comida rica en hidratos que ya conozcas (unos 1–4 g de hidratos por kg de peso: avena, tostadas con miel, un plátano, arroz), baja en grasa y fibra.
    • Más cerca de la salida: un tentempié pequeño si tienes hambre, y agua según la sed.
    • Si vas a correr más de 75–90 minutos: 30–60 g de hidratos por hora (un gel, bebida isotónica o gominolas), desde el principio.
    • Pruébalo en las tiradas largas; nunca estrenes nada el día de la carrera.
    <i>Fuente: ACSM, Academy of Nutrition and Dietetics y Dietitians of Canada, «Nutrition and Athletic Performance» (2016).</i>
ans-cold =
    <b>Correr resfriado: la regla «por encima del cuello»</b>
    • Síntomas solo por encima del cuello (mocos, nariz tapada, estornudos, algo de dolor de garganta): un rodaje suave y más corto suele estar bien. Empieza con 10 minutos suaves; si te encuentras peor, para y descansa.
    • Síntomas por debajo del cuello (pecho cargado, tos fuerte, fiebre, dolor muscular, estómago revuelto): descansa hasta que se pasen y luego vuelve poco a poco.
    • Nada de sesiones duras mientras estés enfermo. Si va a peor, dime que estás enfermo y te dejo descansar los próximos días.
    <i>Fuente: Eichner, «Infection, immunity, and exercise» (The Physician and Sportsmedicine, 1993); Mayo Clinic, «Exercise and illness».</i>
ans-parkrun =
    <b>Un parkrun dentro de tu plan</b>
    • Lo más fácil: hazlo a ritmo suave como uno de tus rodajes, o como la parte central de la tirada larga (calienta antes y completa el resto después).
    • Correrlo a tope es una sesión dura: hazlo en lugar del tempo o las series de esa semana, no además, y nunca en los 10 días antes de tu carrera objetivo.
    • Después de competir un 5K, date 2 días suaves antes de la siguiente sesión dura.
    Dime el día (<i>¿puedo hacer un parkrun el sábado?</i>) y lo miro con tu plan.
    <i>Fuente: Daniels’ Running Formula (un día suave por cada 3 km de carrera antes de la siguiente sesión dura).</i>

## Pulso y ritmos
ans-hr-how = Tus entrenamientos muestran estos rangos junto a los ritmos. El pulso tarda unos minutos en subir y se dispara en tiradas largas o con calor: en los días suaves, mantente en el rango; en los duros, guíate por ritmo y sensaciones.
ans-hr-unknown = Te entreno por ritmo y sensaciones: no tengo datos de tu pulso. Los rodajes suaves deben permitirte hablar con frases completas; los de umbral, exigentes pero controlados. Dime tu pulso máximo y en reposo (<i>mi FC máx es 188, en reposo 52</i>) y añadiré rangos de pulso a tus entrenamientos.
ans-paces-vdot = <i>Según tu forma actual (VDOT { $vdot }, tablas de Daniels).</i>
ans-paces-tempo = El tempo va a ritmo de umbral: exigente pero controlado, un ritmo que aguantarías una hora en carrera.

## Por qué una semana tiene ese volumen
ans-load = La semana del { $date } tiene { $planned } previstos: { $reason }
ans-load-previous = La semana del { $date } tiene { $planned } previstos (la anterior: { $previous }): { $reason }
ans-load-taper = es semana de descarga previa a la carrera: baja el volumen para que llegues fresco, manteniendo algo de intensidad (Bosquet 2007).
ans-load-race = es la semana de la carrera: lo justo para llegar con chispa.
ans-load-cutback = es una semana de descarga: cada tres o cuatro semanas baja el volumen para asimilar el trabajo de las anteriores.
ans-load-adapted = se saltaron o aligeraron algunas sesiones por lo que me contaste.
ans-load-partial = el plan empieza a mitad de esa semana, con el volumen que corres ahora.
ans-load-first = es la primera semana del plan: empieza con el volumen que corres ahora y las siguientes suben a partir de ahí, como mucho un 10 % por semana.
ans-load-build = sube sobre la semana anterior, dentro del 10 % semanal que permite el plan.
ans-load-steady = mantiene el volumen de la semana anterior.

## Para qué sirve cada entrenamiento
ans-purpose-none = No hay nada previsto para ese día.
ans-purpose-next = La próxima: { $day }, { $distance }.
ans-purpose-none-planned = No te queda ninguna en el plan.
ans-purpose-easy = <b>Los rodajes suaves</b> construyen la base: más capilares y mitocondrias, corazón, tendones y huesos más fuertes, a un esfuerzo del que te recuperas para el día siguiente. La mayor parte de tu carrera es suave, a ritmo de poder charlar.
ans-purpose-recovery = <b>Los rodajes regenerativos</b> son cortos y muy suaves: suman algo de volumen y sueltan las piernas tras un día duro sin añadir fatiga.
ans-purpose-long = <b>La tirada larga</b> construye resistencia: tus músculos guardan más glucógeno y queman más grasa, el corazón y las piernas aprenden a aguantar horas, y la cabeza también. Hazla suave; lo que cuenta es el tiempo de pie.
ans-purpose-tempo = <b>El tempo</b> se corre a ritmo de umbral, exigente pero controlado: sube el ritmo que aguantas antes de que se acumule el lactato, el que decide del 10K al maratón.
ans-purpose-intervals = <b>Las series</b> (repeticiones de 3–5 minutos a esfuerzo de 5K con trote suave entre ellas) suben tu VO₂máx, el techo de tu motor aeróbico.
ans-purpose-marathon_pace = <b>Los rodajes a ritmo maratón</b> enseñan a tu cuerpo y a tu cabeza el ritmo de carrera, y te dejan practicar la bebida y los geles a ese ritmo.
ans-purpose-hills = <b>Las cuestas</b> dan fuerza y potencia a las piernas con menos impacto que correr rápido en llano, y hacen tu zancada más eficiente.
ans-purpose-race = <b>La carrera</b>: el objetivo al que lleva el plan. Corre la primera mitad con cabeza y luego a por todas.
ans-purpose-strides = <b>Los progresivos</b> son aceleraciones relajadas de 15–20 segundos tras un rodaje suave: mantienen tu zancada ágil sin cansarte.
ans-purpose-source = <i>Fuente: Daniels’ Running Formula; Pfitzinger y Douglas, Advanced Marathoning.</i>

## Si una carrera encaja en el plan un día
ans-fit-passed = El { $day } ya pasó.
ans-fit-after-race = El { $day } es después de tu carrera objetivo: ¡ese día corre lo que quieras!
ans-fit-too-close = El { $day } queda a { $days ->
        [one] { $days } día
       *[other] { $days } días
    } de tu carrera objetivo: yo no la correría a tope. Si quieres, hazla suave como parte del rodaje de ese día y guarda el esfuerzo para el gran día.
ans-fit-rest-day = El { $day } es día de descanso en tu plan. Correrla suave está bien; competirla añade un día duro, así que solo si te notas fresco.
ans-fit-long-run = El { $day } tienes la tirada larga ({ $distance }). Mete el parkrun dentro: calienta antes, córrelo a ritmo suave o medio y completa el resto después. Competirlo a tope te costaría la tirada larga.
ans-fit-instead = Sí: compítela en lugar de { $workout } del { $day }: una carrera de 5 km es una sesión dura estupenda. Calienta bien.
ans-fit-easy-day = El { $day } tienes un rodaje suave ({ $distance }). Si corres el parkrun suave, encaja tal cual; si lo compites, pasa a ser la sesión dura de esa semana.
ans-fit-then = Después, { $days ->
        [one] { $days } día suave
       *[other] { $days } días suaves
    } antes de la siguiente sesión dura: { $sessions } llegaría demasiado pronto (dímelo y lo muevo).
ans-fit-then-item = { $workout } del { $day }
ans-fit-keep-easy = { $days ->
        [one] El día siguiente, suave.
       *[other] Los { $days } días siguientes, suaves.
    }
ans-fit-that-session = esa sesión

## Predicción de carrera
ans-predict-unknown = Puedo predecir tus tiempos en cuanto conozca tu forma: cuéntame una carrera reciente (<i>10K en 48:30 el mes pasado</i>).
ans-predict = Con tu forma actual (VDOT { $vdot }), harías tu { $goal } en unos { $time }.
ans-predict-within = Tu objetivo de { $time } está a tu alcance.
ans-predict-gap = Tu objetivo de { $time } pide un poco más: las semanas de entrenamiento están para cerrar esa diferencia.
ans-predict-source = <i>Tablas VDOT de Daniels y Gilbert; la predicción supone el entrenamiento para esa distancia.</i>

## /progress
ans-progress-title = Tu entrenamiento
ans-progress-empty = Todavía no hay semanas que mostrar.
ans-progress-week = Semana del { $date }: { $done } de { $planned }
ans-progress-week-pct = Semana del { $date }: { $done } de { $planned } ({ $pct } %)
ans-progress-acwr = Carga (7 frente a 28 días): { $ratio }, { $note }.
ans-acwr-spike = un pico: la semana que viene la haré más ligera
ans-acwr-low = por debajo de lo habitual: hay margen para subir
ans-acwr-ok = un rango saludable
ans-progress-fitness-from = La forma y la fatiga aparecerán a partir del { $date }, tras tres semanas de carreras registradas.
ans-progress-fitness = Forma física { $fitness } · fatiga { $fatigue } · frescura { $form }
ans-progress-prediction = Predicción: { $goal } en unos { $time }.

## /week
ans-ran = corriste { $distance }
ans-ran-pace = corriste { $distance } a { $pace }
ans-totals = { $done } de { $planned } · { $sessionsDone } de { $sessions ->
        [one] { $sessions } sesión hecha
       *[other] { $sessions } sesiones hechas
    }
ans-totals-skipped = { $skipped ->
        [one] { $skipped } saltada
       *[other] { $skipped } saltadas
    } ({ $distance })
ans-week-title = <b>{ $from } – { $to }</b> · { $planned } previstos
ans-week-extra = 🏃 { $day }: carrera extra, { $ran }
ans-week-so-far = Por ahora: { $totals }.
ans-week-done = Semana terminada: { $totals }.
ans-week-morning = <i>Esta semana, por ahora: { $totals }.</i>

## /plan
ans-plan-none = Aún no tienes plan. Dime tu objetivo (<i>10K el 3 de mayo, 4 días por semana</i>) o toca abajo.
ans-plan-goal = <b>{ $goal }</b> el { $date }
ans-plan-goal-time = <b>{ $goal }</b> el { $date } · objetivo { $time }
ans-plan-to-go = { $days ->
        [one] Queda { $days } día
       *[other] Quedan { $days } días
    } · semana { $week } de { $weeks }
ans-plan-passed = El día de la carrera ya pasó. ¡Dime tu próximo objetivo!
ans-plan-this-week = Esta semana
ans-plan-today = Hoy
ans-plan-open = 📅 Abrir plan
ans-col-week = Sem
ans-col-phase = Fase
ans-col-from = Desde
ans-col-plan = Plan
ans-col-done = Hecho
