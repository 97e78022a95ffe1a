# Mensajes de la mañana, de la tarde y del domingo, el gráfico semanal y Strava (área del ingeniero 17j).

## Mañana
morning-hello = ¡Buenos días{ $name ->
    [none] {""}
   *[other] , { $name }
}! ☀️

## Pregunta de la tarde
evening-title = <b>¿Qué tal el entreno?</b>
evening-invite = Toca un botón o cuéntamelo con tus palabras, por ejemplo <i>«8 km en 45 min, fácil»</i> o <i>«no salí, muy cansado»</i>.
evening-btn-done = ✅ Hecho
evening-btn-skipped = ⏭ No lo hice

## Resumen del domingo
weekly-title = <b>Tu semana, { $from } – { $to }</b>
weekly-distance = Previsto { $planned } · hecho { $done }
weekly-distance-pct = Previsto { $planned } · hecho { $done } ({ $pct })
weekly-workouts = Entrenos: { $done } de { $planned } hechos
weekly-workouts-skipped = Entrenos: { $done } de { $planned } hechos, { $skipped } sin hacer
weekly-load = Carga { $load } (RPE de la sesión × minutos), { $trend }.
weekly-load-first = primera semana con carga registrada
weekly-load-none = sin carga registrada
weekly-load-steady = estable respecto a la semana pasada ({ $change })
weekly-load-up = ▲ { $change } respecto a la semana pasada
weekly-load-down = ▼ { $change } respecto a la semana pasada
weekly-acwr = Ratio agudo:crónico { $ratio }, { $note }.
weekly-acwr-spike = una subida brusca: los próximos días, suave
weekly-acwr-low = por debajo de lo habitual: bien para una semana de descarga
weekly-acwr-ok = en la zona cómoda
weekly-verdict-none = Una semana sin entrenos previstos.
weekly-verdict-over = Más de lo previsto: la semana que viene, los rodajes suaves que sean suaves de verdad.
weekly-verdict-on = Justo lo previsto. 👏
weekly-verdict-solid = Una buena semana.
weekly-verdict-light = Menos de lo previsto. Pasa; el plan sigue desde aquí, no hace falta recuperar nada.
weekly-next-none = <b>La semana que viene</b>: nada previsto. ¡Cuéntame tu próximo objetivo cuando quieras!
weekly-next = <b>La semana que viene</b> ({ $size })
weekly-next-phase = <b>La semana que viene</b> ({ $phase }, { $size })
weekly-phase-base = fase de base
weekly-phase-build = fase de desarrollo
weekly-phase-peak = fase de pico
weekly-phase-taper = fase de afinamiento
weekly-phase-race = semana de carrera
weekly-caption = <b>Semana del { $date }</b>: { $done } de { $planned } previstos

## Gráfico semanal
chart-title = Kilómetros por semana: hecho y previsto ({ $unit })
chart-subtitle = Últimas { $back } semanas y las { $ahead } siguientes; la semana actual, resaltada
chart-plan = Previsto
chart-done = Hecho
