# Los códigos del motor de entrenamiento en palabras (src/coach/replies/engine-words.ts).

## Un día cambiado.
eng-brief-rest = descanso
eng-brief = { $title } { $distance }
eng-brief-skipped = { $title } saltado
eng-change = { $from } → { $to }
eng-change-new = ahora { $to }
eng-change-skipped = saltado
eng-change-status = { $title }: { $status ->
    [skipped] saltado
    [missed] no hecho
    [partial] hecho en parte
    [done] hecho
   *[planned] previsto
  }

## Consejos que acompañan un cambio.
eng-advice-load-unknown = Aún no hay historial suficiente para valorar tu carga.
eng-advice-load-balanced = Tu carga está equilibrada (ratio { $ratio }).
eng-advice-load-spike = Tu carga reciente se ha disparado (ratio 7 días / 28 días de { $ratio }, por encima de { $limit }); la próxima semana es más suave para que el cuerpo se ponga al día.
eng-advice-moved = { $title } pasa al { $date }.
eng-advice-busy-kept = { $travel ->
    [yes] Mientras viajas,
   *[no] En estos días de lío,
  } el plan mantiene la tirada larga y una sesión de calidad donde tus días lo permiten; el resto se salta.
eng-advice-busy-kept-proportion = { $travel ->
    [yes] Mientras viajas,
   *[no] En estos días de lío,
  } el plan mantiene la tirada larga y una sesión de calidad donde tus días lo permiten, más un rodaje suave para que la tirada larga guarde proporción con la semana; el resto se salta.
eng-advice-busy-break = Esos días no cabe ningún entrenamiento; disfruta del descanso, el plan sigue el { $date }.
eng-advice-busy-break-long = Esos días no cabe ningún entrenamiento; disfruta del descanso. El plan sigue el { $date }: la primera semana de vuelta es rodaje suave a más o menos la mitad de tu última semana completa, la segunda a unas tres cuartas partes.
eng-advice-illness = Descansa hasta el { $date }. Vuelve solo cuando lleves un día sin fiebre; después el plan retoma poco a poco, a un { $factor } % aproximadamente.
eng-advice-illness-long = Descansa hasta el { $date }. Vuelve solo cuando lleves un día sin fiebre; la primera semana de vuelta es rodaje suave a más o menos la mitad de tu última semana completa, la segunda a unas tres cuartas partes.
eng-advice-injury = Descansa hasta el { $date } y que un médico o fisioterapeuta te revise la lesión antes de volver a correr; yo no puedo diagnosticarla. Después el plan retoma poco a poco, a un { $factor } % aproximadamente.
eng-advice-injury-long = Descansa hasta el { $date } y que un médico o fisioterapeuta te revise la lesión antes de volver a correr; yo no puedo diagnosticarla. La primera semana de vuelta es rodaje suave a más o menos la mitad de tu última semana completa, la segunda a unas tres cuartas partes.
eng-advice-missed-easy = Sin problema: un rodaje suave perdido se deja pasar y ya está.
eng-advice-missed-moved = { $title } pasa al { $date }.
eng-advice-missed-moved-instead = { $title } pasa al { $date }, en lugar de: { $other }.
eng-advice-missed-dropped = { $title } se cae esta semana: no queda ningún día sin juntar dos días duros. No lo metas con calzador; el plan sigue.
eng-advice-partial = Lo hecho cuenta: sigue con el plan.
eng-advice-race-slower = Tu resultado en { $distance } ({ $time }) es más lento que tu forma actual (VDOT { $vdot } frente a { $before }).
eng-advice-race-paces = Tu resultado en { $distance } ({ $time }) da un VDOT de { $vdot }; ritmos actualizados. Previsión para { $goal }: { $predicted }.
eng-advice-race-paces-was = Tu resultado en { $distance } ({ $time }) da un VDOT de { $vdot } (antes { $before }); ritmos actualizados. Previsión para { $goal }: { $predicted }.
eng-advice-pain-stop = Un dolor de { $severity }/10 en { $location } es señal de parar de correr por ahora. Que te lo mire un médico o fisioterapeuta antes de volver a correr; yo no puedo saber qué es, y correr con dolor puede empeorarlo. Dejamos el plan en pausa hasta que te den el alta; avísame entonces y volvemos poco a poco.
eng-advice-noted = Apuntado, gracias. ¡Sigue así!
eng-advice-noted-tough = Apuntado: ha sido dura. Los días suaves, que sigan suaves.
eng-advice-lighter-pain = Los próximos días son más suaves. Si el dolor en { $location } dura más de unos días, va a más o te cambia la forma de correr, ve al fisio o al médico.
eng-advice-lighter-exhausted = Los próximos días son más suaves. Duerme, come bien y cuéntame qué tal después del próximo entreno.
eng-advice-lighter-unplanned = Apuntado: un entreno duro en día de descanso. Los próximos días son algo más suaves para asimilarlo.
eng-advice-lighter-hard-easy = Un rodaje suave no debería costar tanto; los próximos días son más suaves. El calor, el sueño, el estrés o un resfriado pueden influir.
eng-advice-fatigue = Días más suaves hasta el { $date }: duerme, come bien y cuéntame qué tal el próximo entreno.

## Por qué no cambió nada.
eng-refused-no-workout = No hay ningún entreno previsto el { $date }.
eng-refused-race-not-skipped = La carrera no se salta desde aquí: cambia el objetivo o la fecha de la carrera.
eng-refused-same-day = Ya está en ese día.
eng-refused-past-day = Los días pasados se quedan como están; elige un día a partir de hoy.
eng-refused-race-fixed = La fecha de la carrera es fija; para cambiarla, haz un plan nuevo con la nueva fecha.
eng-refused-after-race = Los entrenos se quedan antes del día de la carrera.
eng-refused-other-week = { $title } solo se puede mover dentro de su semana (desde el { $date }), para que la carga semanal siga siendo segura.
eng-refused-day-taken = El { $date } ya tiene un entreno registrado.
eng-refused-back-to-back = Eso pondría { $title } ({ $date }) junto a { $other } ({ $otherDate }): nada de dos días duros seguidos.
eng-refused-days-past = Esos días ya han pasado.
eng-refused-race-implausible = { $distance } en { $time } no cuadra; revisa el tiempo.
eng-refused-race-future = La carrera del { $date } aún no se ha corrido.
eng-refused-race-stale = Un resultado del { $date } tiene más de 8 semanas: ya no refleja tu forma, así que los ritmos no cambian.

## Avisos del plan.
eng-warn-low-volume = Ahora corres menos de { $km } por semana; el plan empieza en { $km }. Caminar a ratos está bien.
eng-warn-per-run = { $weekly } en { $days } días son unos { $perRun } por salida, muy por encima de los { $max } por salida que usan la mayoría de planes; más días de carrera lo repartirían con seguridad.
eng-warn-time-cap = A tu ritmo suave, el tope de { $time } de la tirada larga da para { $longest }, la salida más larga del plan; para { $goal } lo normal es llegar a unos { $ready }. El tope vale para cualquier fecha: una carrera más tarde no alargaría la tirada.
eng-warn-build-short = Desde { $weekly } por semana, la tirada larga solo puede crecer con seguridad hasta { $longest } para el { $date }; para { $goal } hacen falta unos { $ready }.
eng-warn-option-shorter = { $goal } el { $date }
eng-warn-option-later = { $goal } a partir del { $date } ({ $weeks } semanas de entrenamiento)
eng-warn-works-one = Lo que sí funcionaría: { $first }.
eng-warn-works-two = Lo que sí funcionaría: { $first }, o { $second }.
eng-warn-build-first = Primero sube poco a poco tu volumen semanal.
eng-warn-limited = Si mantienes esta carrera, el plan deja la calidad en una sesión corta a la semana y las tiradas largas, suaves.
eng-warn-race-stale = Tu resultado en { $distance } es del { $date }, de hace más de 8 semanas; ya no marca tus ritmos. Una carrera o un test reciente sí.
eng-warn-race-too-slow = Ese tiempo es demasiado lento para sacar ritmos; los entrenos van por sensaciones.
eng-warn-goal-unchecked = Sin una carrera de las últimas 8 semanas no puedo saber si { $goal } en { $time } está a tu alcance, así que los entrenos van por sensaciones y no a ritmo objetivo; una carrera o un test marcará tus ritmos.
eng-warn-goal-beyond = Tu objetivo de { $goal } pide un VDOT de { $goalVdot }; tu última carrera marca { $vdot }. El plan entrena a tus ritmos actuales y compite al ritmo que puedes alcanzar: unos { $time } es un objetivo realista para el día de la carrera, o mantén el objetivo y elige una carrera más tarde.
eng-warn-old = Este plan guarda un aviso de una versión anterior; pídeme un plan nuevo para verlo otra vez.

## Por qué no salió un plan.
eng-error-unknown-goal = Objetivo desconocido «{ $goal }»: elige 5K, 10K, media maratón o maratón.
eng-error-bad-start-date = La fecha de inicio «{ $value }» no es una fecha (usa AAAA-MM-DD).
eng-error-bad-race-date = La fecha de la carrera «{ $value }» no es una fecha (usa AAAA-MM-DD).
eng-error-race-before-start = La fecha de la carrera, { $race }, ya ha pasado (el plan empezaría el { $start }).
eng-error-too-soon = Para { $goal } hacen falta al menos { $min } semanas de entrenamiento, y el { $race } está a solo { $weeks ->
    [one] 1 semana
   *[other] { $weeks } semanas
  } y { $days ->
    [one] 1 día
   *[other] { $days } días
  }. Elige una carrera a partir del { $earliest }.
eng-error-too-soon-shorter = Para { $goal } hacen falta al menos { $min } semanas de entrenamiento, y el { $race } está a solo { $weeks ->
    [one] 1 semana
   *[other] { $weeks } semanas
  } y { $days ->
    [one] 1 día
   *[other] { $days } días
  }. Elige una carrera a partir del { $earliest }, o { $shorter } en esa fecha.
eng-error-too-far = La carrera está a más de { $max } semanas; los planes duran como mucho { $max } semanas. Empieza el plan después del { $start }.
eng-error-weekly-km = El volumen semanal debe ser un número de 0 a 300 km.
eng-error-days-per-week = Los días por semana deben ser un número entero de 2 a 7.
eng-error-long-run-day = El día de la tirada larga debe ser un día de la semana.
eng-error-recent-race-after-start = La carrera reciente es del { $race }, después del inicio del plan el { $start }; indica una carrera anterior al inicio del plan.
eng-error-recent-race-incomplete = A la carrera reciente le falta la distancia o el tiempo.
eng-error-recent-race-too-fast = { $distance } en { $time } es más rápido que el récord del mundo; revisa el tiempo.
eng-error-goal-time-invalid = El tiempo objetivo debe ser una duración positiva.
eng-error-goal-time-too-fast = { $distance } en { $time } es más rápido que el récord del mundo; revisa el tiempo objetivo.
