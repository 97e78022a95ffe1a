# El chat (área del ingeniero 17a): comandos, respuestas del entrenador, botones, bienvenida, errores.
# Textos en HTML de Telegram. Las claves son únicas entre chat.ftl, jobs.ftl y web.ftl.

## Unidades y duraciones
unit-km = km
unit-mi = mi
duration-min = { $min } min
duration-h-min = { $h } h { $min } min

## /language
language-choose = Idioma actual: { $current }. ¿En qué idioma prefieres que te hable?
language-saved = Guardado
language-set = Listo: { $language }. A partir de ahora te escribo en español.
button-expired = Ese botón ya ha caducado.

## Menú de comandos (setMyCommands)
cmd-today = El entreno de hoy
cmd-week = Esta semana
cmd-plan = Tu plan de un vistazo
cmd-log = Apuntar una carrera, p. ej. /log 8 km 42:30 rpe 5
cmd-progress = Cómo va el entrenamiento
cmd-settings = Zona horaria, horas de los mensajes, unidades, días
cmd-setup = Crear un plan nuevo paso a paso
cmd-strava = Conectar Strava
cmd-export = Descargar todos tus datos
cmd-delete = Borrar todos tus datos
cmd-help = Qué puedo hacer
cmd-fit = Un entreno para tu reloj (.fit), p. ej. /fit mañana
cmd-calendar = Tu plan en tu app de calendario
cmd-intervals = Tu plan en intervals.icu
cmd-language = Idioma

## Bienvenida y ayuda
welcome-back = ¡Hola de nuevo{ $name ->
    [none] {""}
   *[other] , { $name }
}! Tu plan te está esperando. ¿Qué quieres ver?
welcome-new = ¡Hola{ $name ->
    [none] {""}
   *[other] , { $name }
}! Soy tu entrenador de running. 🏃

    Te preparo un plan de entrenamiento para tu carrera objetivo, cada mañana te mando el entreno del día, te pregunto qué tal te ha ido y adapto el plan a lo que me cuentes.

    Cuéntame tu objetivo con tus palabras, por ejemplo:
    <i>media maratón el 14 de marzo, corro 4 días a la semana, unos 30 km</i>

    o lo configuramos juntos en cuatro toques.
btn-today-workout = El entreno de hoy
btn-this-week = Esta semana
btn-setup-plan = Crear mi plan
help =
    <b>Qué puedo hacer</b>

    /today: el entreno de hoy, con botones de Hecho, Saltar y Mover
    /week: los entrenos de esta semana
    /plan: tu plan de un vistazo
    /log: apuntar una carrera, p. ej. <code>/log 8 km 42:30 rpe 5</code>
    /progress: previsto frente a hecho, carga de entrenamiento
    /settings: zona horaria, horas de los mensajes, unidades, días por semana, día de la tirada larga
    /setup: crear un plan nuevo paso a paso
    /strava: conectar Strava
    /fit: un entreno para tu reloj (.fit), p. ej. <code>/fit mañana</code>
    /calendar: tu plan en tu app de calendario
    /intervals: tu plan en intervals.icu (se sincroniza con Garmin, COROS, Suunto, Wahoo, Polar)
    Mándame un archivo .fit, .gpx o .tcx de tu reloj y apunto la carrera.
    /export: descargar todo lo que guardo sobre ti
    /delete: borrar todos tus datos
    /language: el idioma en que te hablo

    O simplemente escríbeme:
    • <i>media maratón el 14 de marzo, 4 días a la semana, unos 30 km</i>
    • <i>corrí 10 km en 52:30, me sentí genial</i>
    • <i>piernas pesadas, 8/10</i>
    • <i>mueve la carrera de mañana al viernes</i> / <i>hoy no corro</i>
    • <i>estoy enfermo</i> / <i>la semana que viene estoy de viaje, solo 2 días</i>
    • <i>despiértame a las 6:30</i> / <i>estoy en Madrid</i>

## Preguntas
q-location-button = 📍 Compartir mi ubicación
q-setup-retry = No te he entendido. Toca una opción o escríbela:
q-place = ¿Dónde vives? Dime tu ciudad (<i>Madrid</i>, <i>Buenos Aires</i>) o una zona horaria, o comparte tu ubicación, para que el entreno te llegue por la mañana.
q-place-unknown = Todavía no sé dónde está { $name }. Dime una ciudad grande cercana o una zona horaria como <i>Europe/Madrid</i>.
q-place-ambiguous = Ese país tiene varias zonas horarias. ¿En qué ciudad estás?
q-location-terminal = El chat de terminal no puede compartir ubicación: escribe tu ciudad (p. ej. <i>Madrid</i>).
q-location-unknown = No he podido situar esa ubicación en una zona horaria. Dime tu ciudad (p. ej. <i>Madrid</i>).
q-zone-set = Entendido: hora de { $place } ({ $zone }).
q-morning = ¿A qué hora quieres recibir el entreno por la mañana? Toca una hora o escríbela (p. ej. <i>6:45</i>). Ahora está a las { $current }.
q-morning-invalid = Las horas se escriben así: <i>6:30</i>, <i>7 de la mañana</i> o <i>06:45</i>.
q-arrival = Tu entreno te llegará cada mañana a las { $time }, hora de { $place }.
q-clarify-buttons = O elige una opción:
q-log = Cuéntame la carrera: distancia y tiempo, y si quieres, qué tal te sentiste. Por ejemplo <code>8 km 42:30 rpe 5</code> o <i>ayer 10 km en 55 min</i>.

## Configuración guiada
setup-ask-goal = ¿Para qué carrera te preparas?
setup-btn-half = Media maratón
setup-btn-marathon = Maratón
setup-ask-date = ¡Genial, a por la { $goal }! ¿Cuándo es la carrera? Toca cuánto falta o escribe la fecha (p. ej. <i>14 de marzo</i>).
setup-btn-in-weeks = { $weeks ->
    [one] en { $weeks } semana
   *[other] en { $weeks } semanas
}
setup-ask-days = ¿Cuántos días a la semana puedes correr?
setup-btn-just-starting = estoy empezando
setup-ask-km = ¿Cuánto corres ahora a la semana, más o menos? (O escríbelo: <i>unos 25 km</i>.)
setup-ask-long-run-day = La última: ¿qué día te va mejor para la tirada larga?
setup-later = Sin problema. Cuéntame tu objetivo cuando quieras.
setup-expired = Ese botón ya ha caducado. Envía /setup para empezar de nuevo.
setup-race-day = Día de la carrera: { $date }.
send-start-first = Primero envía /start.
log-negative = Una distancia o un tiempo no pueden ser negativos, así que no he apuntado nada.
log-unreadable = No he encontrado una distancia y un tiempo en eso.

## Carreras objetivo
goal-5k = 5K
goal-10k = 10K
goal-half = media maratón
goal-marathon = maratón

## Entrenos
unit-metres = { $m } m
zone-easy = a ritmo suave
zone-marathon = a ritmo maratón
zone-threshold = a ritmo umbral
zone-interval = a ritmo de series
zone-repetition = a ritmo de repeticiones
zone-hill = cuesta arriba
zone-stride = progresivos
zone-race = a ritmo de carrera
effort-easy = conversacional: podrías hablar con frases completas
effort-marathon = constante y controlado, un ritmo que aguantarías horas
effort-threshold = cómodamente duro: unas pocas palabras cada vez
effort-interval = duro, como tu esfuerzo de 3K–5K
effort-repetition = rápido y suelto, como tu esfuerzo en la milla
effort-hill = fuerte cuesta arriba, como esfuerzo de 5K; baja trotando
effort-stride = rápido y suelto, sin esprintar; vuelve andando
effort-race = esfuerzo de carrera
step-strides-target = { $pace ->
    [none] progresivos ({ $effort })
   *[other] progresivos a { $pace } ({ $effort })
}
step-uphill-target = { $pace ->
    [none] cuesta arriba ({ $effort })
   *[other] cuesta arriba a { $pace } ({ $effort })
}
step-at-pace = a { $pace } ({ $effort })
step-at-zone = { $zone } ({ $effort })
step-warmup = Calentamiento: { $distance } suave{ $pace ->
    [none] {""}
   *[other] {" "}a { $pace }
}
step-cooldown = Vuelta a la calma: { $distance } suave{ $pace ->
    [none] {""}
   *[other] {" "}a { $pace }
}
step-jog-between = , { $distance } de trote suave entre series
step-main-set = Parte principal: { $reps } × { $distance } { $target }{ $between }
step-then = Después: { $reps } × { $distance } { $target }{ $between }
step-easy = { $distance } suave{ $pace ->
    [none] {" "}({ $effort })
   *[other] {" "}a { $pace }
}
purpose-easy = Construye la base aeróbica y deja que los días duros hagan su efecto.
purpose-recovery = Suelta las piernas tras un día duro; cuanto más lento, mejor.
purpose-long = Construye resistencia; come y bebe como piensas hacerlo el día de la carrera.
purpose-tempo = Sube el ritmo que puedes mantener durante una hora.
purpose-intervals = Sube tu techo aeróbico (VO2máx) y tu economía de carrera.
purpose-marathon-pace = Practica el ritmo objetivo, la alimentación en carrera y las sensaciones.
purpose-hills = Gana fuerza y técnica con poco impacto.
purpose-race = Sal controlado, asiéntate en tu ritmo objetivo y termina fuerte.
title-easy = Rodaje suave
title-easy-strides = Rodaje suave + progresivos
title-recovery = Rodaje regenerativo
title-long = Tirada larga
title-long-mp = Tirada larga con final a ritmo maratón
title-tempo = Carrera a tempo
title-cruise = Series a umbral { $reps } × { $distance }
title-intervals = Series
title-intervals-set = Series { $reps } × { $distance }
title-repetitions-set = Repeticiones { $reps } × { $distance }
title-marathon-pace = Rodaje a ritmo maratón
title-hills = Cuestas
title-hills-set = Cuestas { $reps } × { $distance }
title-race = Día de carrera
btn-done = ✅ Hecho
btn-skip = ⏭ Saltar
btn-move = ↔ Mover
btn-fit = ⌚ FIT
btn-rpe-easy = 😌 Fácil
btn-rpe-ok = 🙂 Bien
btn-rpe-hard = 😤 Duro
btn-rpe-very-hard = 🥵 Muy duro
btn-in-words = ✍️ Con palabras
rest-day = { $date }: día de descanso
rest-day-why = Es en el descanso donde el entrenamiento se convierte en forma. Caminar tranquilo está bien.
rest-day-next = Lo siguiente: { $workout }

## Un día
day-no-plan = Todavía no hay plan, así que no hay nada previsto. Cuéntame tu carrera objetivo (<i>10K el 3 de mayo, 4 días a la semana</i>) o toca abajo.
card-heart-rate = ❤️ Pulso { $min }–{ $max } ppm
day-today = Hoy
day-tomorrow = Mañana
day-plan-starts = Tu plan empieza el { $date }.
day-after-race = Eso ya es después de tu carrera. ¡Cuéntame tu próximo objetivo cuando quieras!
day-race-heading = { $day }: ¡día de carrera!
day-race-words = Sal más despacio de lo que te pida el cuerpo, coge el ritmo y confía en tu entrenamiento. Disfrútala: te la has ganado.
done-marked = <b>{ $title }</b>, marcado como hecho. ✅ ¿Qué tal te sentiste?

## Un plan nuevo
phase-base = Base
phase-build = Desarrollo
phase-peak = Pico
phase-taper = Afinamiento
phase-race = Carrera
paces-by-effort = Ritmos: de momento, por sensaciones. Cuéntame una carrera reciente (<i>hice un 10K en 48:30</i>) y los calculo.
paces-title = Tus ritmos
pace-easy = Suave
pace-marathon = Maratón
pace-threshold = Umbral
pace-interval = Series
pace-repetition = Repeticiones
plan-ready = Tu plan de { $goal } está listo
plan-race-day = Día de la carrera: { $date }
plan-race-day-goal = Día de la carrera: { $date } · objetivo { $time }
plan-weeks-line = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} · { $phases } · semana más cargada { $peak }
plan-vdot-goal = Los ritmos están calculados para tu objetivo (VDOT { $vdot }). Cuéntame una carrera reciente (<i>hice un 10K en 48:30</i>) y compruebo el objetivo con tu forma actual.
plan-vdot-now = VDOT { $vdot }: hoy podrías correrla en unos { $time }.
plan-please-read = Échale un ojo
plan-week-heading = Semana { $index } ({ $phase })
plan-next-steps = Te mandaré cada entreno por la mañana. /today te enseña el de hoy y /plan, el resumen.
