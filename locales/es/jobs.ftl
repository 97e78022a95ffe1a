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

## Strava en el chat
strava-run-title = 🏃 <b>Carrera de Strava</b> · { $date }
strava-run-done = Hecho: { $distance } en { $time }
strava-run-done-pace = Hecho: { $distance } en { $time } ({ $pace })
strava-run-planned = Previsto: { $title }, { $distance }
strava-run-match-done = ✅ Entreno del día hecho.
strava-run-match-partial = ◐ Parte de la distancia prevista: cuenta como hecho en parte.
strava-run-match-extra = Cuenta como carrera extra.
strava-run-unplanned = Ese día no había nada previsto: cuenta como carrera extra.
strava-run-feel = <b>¿Qué sensaciones?</b>
strava-connected = ✅ <b>Strava está conectado.</b>
strava-connected-athlete = ✅ <b>Strava está conectado</b> ({ $athlete }).
strava-replaced = La cuenta de Strava vinculada antes queda desvinculada y sus actividades aquí, borradas.
strava-connected-body =
    Las carreras que guardes en Strava aparecerán aquí en segundos, cruzadas con tu plan, y te preguntaré qué tal fueron.
    Envía /strava para revisar la conexión o desconectarla.
strava-confirm =
    ¿Vincular la cuenta de Strava de <b>{ $athlete }</b> a este chat?
    Sus carreras llegarán aquí. Si no acabas de conectar Strava tú, toca No.
strava-btn-yes = Sí, vincular
strava-btn-no = No
strava-declined = No vinculado. Nada de esa cuenta de Strava llegará a este chat. Envía /strava para conectar.
strava-expired = Esa pregunta ha caducado, así que no se vinculó nada. Envía /strava para un enlace nuevo.
strava-taken = Esa cuenta de Strava ya está conectada a otro chat de runcoach, así que no se vinculó nada.
strava-full =
    Lo siento, este entrenador ya tiene conectadas todas las cuentas de Strava que Strava le permite por ahora ({ $limit }).
    Cuéntame tus carreras con tus palabras (<i>hice 8 km en 42:30</i>) o usa /log; si necesitas Strava, pregunta a quien gestiona este entrenador.
strava-btn-retry = Conectar Strava de nuevo
strava-denied =
    Strava <b>no</b> está conectado: no se permitió el acceso en la página de Strava.
    Si fue sin querer, toca abajo para intentarlo de nuevo (el enlace vale 15 minutos) o envía /strava más tarde.
strava-missing-scope =
    Strava <b>no</b> está conectado: se desmarcó el permiso para leer tus actividades, así que no podría ver tus carreras.
    Toca abajo y deja marcado <i>View data about your activities</i> (el enlace vale 15 minutos) o envía /strava más tarde.
strava-deauthorized =
    Se retiró en Strava el acceso de runcoach.
    He borrado tus tokens de Strava y { $runs ->
        [one] la actividad de Strava
       *[other] las { $runs } actividades de Strava
    } que tenía; los días de tu plan vuelven a estar como antes.
    Envía /strava para conectar de nuevo.

## Páginas de Strava en el navegador
strava-page-connected-title = Strava está conectado
strava-page-connected = Tus carreras aparecerán ahora en el chat con tu entrenador. Puedes cerrar esta pestaña y volver a Telegram.
strava-page-not-connected-title = Strava no se conectó
strava-page-denied =
    No se permitió el acceso en la página de Strava, así que no se vinculó nada.

    Para intentarlo de nuevo, usa el botón del chat o envía /strava a tu entrenador.
strava-page-missing-scope =
    Se desmarcó el permiso para leer tus actividades, así que tu entrenador no podría ver tus carreras.

    Vuelve a intentarlo desde el chat (o envía /strava) y deja marcado "View data about your activities".
strava-page-confirm-title = Casi listo
strava-page-confirm =
    Vuelve a Telegram y confírmalo allí: tu entrenador te pregunta si vincular la cuenta de Strava de { $athlete }.

    No se vincula nada hasta que toques Sí en el chat.
strava-page-other-browser-title = Este enlace no funciona aquí
strava-page-other-browser =
    La página de Strava se abrió desde un enlace iniciado en otro navegador, así que no se vinculó nada.

    Si estás conectando tu propio Strava, envía /strava a tu entrenador y abre el enlace en este navegador; si alguien te envió este enlace, ignóralo.
strava-page-full =
    Este entrenador ya tiene conectadas todas las cuentas de Strava que Strava le permite.

    No se vinculó nada. Tu entrenador te lo explica en el chat.
strava-page-bad-link-title = Este enlace no funciona
strava-page-link-expired = El enlace ha caducado: los enlaces valen 15 minutos.
strava-page-link-used = El enlace ya se usó: cada enlace vale una vez.
strava-page-link-invalid = El enlace no es válido.
strava-page-fresh-link = Envía /strava a tu entrenador en Telegram para conseguir uno nuevo.
strava-page-already-linked =
    Esta cuenta de Strava ya está conectada a otro chat de runcoach.

    Desconéctala allí primero (envía /strava en ese chat) y vuelve a intentarlo.
strava-page-failed-title = No se pudo contactar con Strava
strava-page-failed = Algo falló al hablar con Strava. Inténtalo de nuevo en un minuto: envía /strava a tu entrenador.

## Calendario
calendar-name = runcoach · { $goal } { $date }
calendar-goal-5k = 5K
calendar-goal-10k = 10K
calendar-goal-half = Media maratón
calendar-goal-marathon = Maratón
calendar-category-race = Carrera
calendar-category-training = Entreno
