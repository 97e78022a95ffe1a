# Funciones del bot (zona de 17f): comandos, botones, tus datos, audio y fotos, reloj y archivos, disculpas y
# la charla del entrenador sin conexión. Textos en HTML de Telegram.

## Avisos de los botones
feat-toast-start-first = Envía /start primero y vuelve a intentarlo.
feat-toast-expired-today = Este botón ya caducó. Envía /today para tener unos nuevos.
feat-toast-option-expired = Esta opción ya caducó; abre /settings de nuevo.
feat-toast-saved = Guardado
feat-toast-not-saved = No se guardó
feat-toast-fit-sending = Enviando el archivo del entrenamiento…
feat-toast-calendar-renewed = Enlace nuevo listo; el anterior ya no vale.
feat-in-words = Cuéntamelo con tus palabras: ¿qué tal te sentiste, cuánto te costó (1–10), te duele algo?

## Texto y comandos desconocidos
feat-unknown-command = No conozco el comando { $name }. Prueba /today, /week, /plan, /log, /settings o /help, o escríbeme sin más.
feat-too-long = Es un mensaje muy largo ({ $length } caracteres). ¿Me lo dices en menos de { $max }? Con una o dos frases basta.

## /strava
feat-strava-not-set-up = Strava todavía no está configurado en este entrenador. Mientras tanto, cuéntame tus carreras con tus palabras (<i>corrí 8 km en 42:30</i>) o usa /log.
feat-strava-connected = Strava está conectado (atleta { $athlete }). Tus carreras llegan aquí solas.
feat-btn-strava-disconnect = Desconectar Strava
feat-strava-connect = Conecta Strava y tus carreras aparecerán aquí segundos después de guardarlas. El enlace es solo para ti y vale 15 minutos.
feat-btn-strava-connect = Conectar Strava
feat-strava-disconnected = Strava está desconectado y he borrado todas las actividades de Strava que tenía.

## /export y /delete
feat-export-nothing = Aún no tengo datos tuyos. Envía /start para empezar.
feat-export-intro = Todo lo que guardo sobre ti, en JSON.
feat-export-caption = Todo lo que guardo sobre ti: ajustes, plan, carreras y sensaciones (JSON).
feat-delete-nothing = No tengo datos tuyos que borrar.
feat-delete-confirm =
    <b>¿Borrar todo?</b>
    Tus ajustes, tu plan, tus carreras, tus sensaciones, nuestra conversación y la conexión con Strava desaparecerán para siempre. No se puede deshacer.
feat-btn-delete-yes = Sí, borrar todo
feat-btn-delete-no = Conservar mis datos
feat-delete-kept = No se ha borrado nada.
feat-delete-gone-already = No quedaba nada que borrar.
feat-delete-done = Hecho: he borrado todo lo que tenía sobre ti. Envía /start si algún día quieres volver a entrenar.

## Notas de voz y fotos
feat-type-it-voice = ¿Me lo escribes? Por ejemplo: <i>corrí 8 km en 44 min, piernas pesadas</i>.
feat-type-it-photo = ¿Me escribes la carrera? Por ejemplo: <i>10,2 km en 52:30 hoy</i>.
feat-needs-gemini-voice = Solo puedo escuchar notas de voz cuando el entrenador Gemini está activado aquí.
feat-needs-gemini-photo = Solo puedo leer fotos cuando el entrenador Gemini está activado aquí.
feat-not-understood-voice = Lo siento, ahora mismo no he podido escuchar esa nota de voz.
feat-not-understood-photo = Lo siento, ahora mismo no he podido leer esa foto.
feat-voice-too-long = Esa nota de voz dura { $length }; puedo escuchar hasta { $max ->
    [one] un minuto
   *[other] { $max } minutos
}. ¿Me mandas una más corta o me lo escribes?
feat-file-too-big = Ese archivo ocupa { $size } MB; Telegram me deja descargar hasta { $max } MB.
feat-file-too-big-unknown = Ese archivo es demasiado grande: Telegram me deja descargar hasta { $max } MB.
feat-fetch-failed-voice = No he podido descargar esa nota de voz de Telegram. Mándala otra vez o escríbemelo.
feat-fetch-failed-photo = No he podido descargar esa foto de Telegram. Mándala otra vez o escríbemelo.
feat-audio-unsupported = No puedo reproducir ese formato de audio{ $type ->
    [none] {""}
   *[other] {" "}({ $type })
}. Mándame una nota de voz o escríbemelo.
feat-photo-proposal = Según tu foto: ¿anoto <b>{ $distance } en { $time }</b> { $when }?
feat-when-today = hoy
feat-when-yesterday = ayer
feat-when-on = el { $date }
feat-btn-photo-log = ✅ Anotar
feat-btn-photo-change = ✏️ Cambiar
feat-btn-photo-cancel = ✖️ Cancelar
feat-no-run-in-photo = No encuentro la distancia ni el tiempo de una carrera en esa foto. Mándame una foto de la pantalla de resumen del reloj, la cinta o la app, o escríbelo: <i>10 km en 52:30</i>.
feat-photo-change = Dime los datos correctos con palabras, p. ej. <i>10,2 km en 52:30 ayer</i>, y lo anoto.
feat-photo-cancelled = Vale, no lo anoto.
feat-other-message-media = Ese tipo de mensaje no lo puedo leer. Cuéntame tu carrera por escrito o en una nota de voz, o mándame una foto del resumen del reloj.
feat-other-message-text = De momento solo leo texto. Cuéntame tu carrera con palabras, p. ej. <i>corrí 8 km en 42:30, bien</i>.

## Reloj, calendario, intervals.icu y archivos de actividad
feat-fit-how-to = Garmin: cópialo por USB a la carpeta <code>GARMIN/NewFiles</code> del reloj o impórtalo en intervals.icu (/intervals mantiene allí tu plan). COROS y Wahoo: impórtalo en su app.
feat-fit-nothing-on = No hay nada previsto el { $date }: es día de descanso, así que no hay archivo.
feat-fit-next = Siguiente: { $workout }. Envía /fit { $iso } para su archivo.
feat-fit-no-plan = Todavía no tienes plan, así que no hay entrenamiento que mandar al reloj. Envía /setup para crear uno.
feat-fit-bad-date = No entiendo esa fecha. Prueba <code>/fit</code> (hoy o el siguiente) o <code>/fit 2026-12-24</code>.
feat-calendar-new = Aquí tienes tu nuevo enlace del calendario; el anterior ya no funciona.
feat-calendar-intro = Tu calendario de entrenamiento: suscríbete a este enlace en Google Calendar, Apple Calendar u Outlook y verás allí tus entrenamientos y la carrera, al día cuando cambie el plan.
feat-calendar-private = El enlace es privado: quien lo tenga puede ver tu plan. Renuévalo si lo compartiste sin querer.
feat-btn-calendar-renew = 🔄 Renovar el enlace
feat-calendar-no-plan = Aún no tienes plan: el calendario se llenará cuando crees uno con /setup.
feat-intervals-not-set-up = intervals.icu no está configurado en este entrenador: quien lo administra tiene que definir APP_SECRET para que tu clave de API se guarde cifrada.
feat-intervals-ask =
    intervals.icu lleva tu plan a relojes Garmin, COROS, Suunto, Wahoo y Polar. Para conectarlo, mándame tu <b>ID de atleta</b> y tu <b>clave de API</b> en un solo mensaje, así:

    <code>i123456 5x8abc...</code>

    Los dos están en intervals.icu, en Settings → Developer Settings. Borro tu mensaje en cuanto lo leo y guardo la clave cifrada. Envía /cancel para dejarlo.
feat-intervals-connected = ✅ intervals.icu está conectado (atleta { $athlete }). { $events ->
    [0] {""}
    [one] He puesto un entrenamiento en tu calendario;{" "}
   *[other] He puesto { $events } entrenamientos en tu calendario;{" "}
}los mantengo al día cada vez que cambie el plan. /intervals off lo desconecta.
feat-intervals-status = intervals.icu está conectado (atleta { $athlete }): los entrenamientos de tu plan a partir de hoy están en su calendario.
feat-btn-intervals-disconnect = Desconectar intervals.icu
feat-intervals-refused = intervals.icu no ha aceptado ese ID de atleta y esa clave de API. Revisa los dos en Settings → Developer Settings y mándamelos otra vez (o /cancel).
feat-intervals-unavailable = Ahora mismo no consigo conectar con intervals.icu; no se ha guardado nada. Prueba /intervals de nuevo dentro de unos minutos.
feat-intervals-unreadable = Necesito el ID de atleta (como <code>i123456</code>) y la clave de API, separados por un espacio. Mándamelos otra vez, o /cancel.
feat-intervals-disconnected = intervals.icu está desconectado{ $removed ->
    [0] {""}
    [one] {" "}y he quitado el entrenamiento que había puesto allí
   *[other] {" "}y he quitado los { $removed } entrenamientos que había puesto allí
}. Tu clave está borrada.
feat-intervals-disconnected-unreachable = intervals.icu está desconectado y tu clave borrada, pero no he podido conectar para quitar los entrenamientos previstos: bórralos allí si quieres.
feat-intervals-not-connected = intervals.icu no está conectado.
feat-intervals-cancelled = Vale, intervals.icu no queda conectado.
feat-file-unsupported = Leo archivos de actividad de tu reloj o tu app: <b>.fit</b>, <b>.gpx</b> o <b>.tcx</b>. Mándame uno de esos o cuéntame la carrera con palabras (<i>corrí 8 km en 42:30</i>).
feat-file-unsupported-media = Leo archivos de actividad de tu reloj o tu app (<b>.fit</b>, <b>.gpx</b> o <b>.tcx</b>). Mándame uno de esos, cuéntame la carrera por escrito o en una nota de voz, o mándame una foto del resumen del reloj.
feat-file-empty = Ese archivo no tiene ninguna actividad (ni vueltas ni puntos de recorrido), así que no he anotado nada.
feat-file-corrupt = No he podido leer ese archivo: parece dañado o no es lo que dice su nombre. No he anotado nada.
feat-file-not-running = Ese archivo no es de una carrera, así que no lo he anotado. Solo cuento carreras.
# The device names the sport in English (cycling, Biking): it is not shown in this language.
feat-file-sport = { $sport ->
   *[other] {""}
}Ese archivo no es de una carrera, así que no lo he anotado. Solo cuento carreras.
feat-file-no-distance = Esa actividad casi no tiene distancia ni tiempo, así que no la he anotado.
feat-file-too-big-activity = Ese archivo pasa de 20 MB, más de lo que Telegram me deja descargar. Exporta la actividad de nuevo (un .fit suele ocupar mucho menos).
feat-file-download = Ahora mismo no he podido descargar ese archivo de Telegram. Mándalo otra vez en un minuto; no he anotado nada.
feat-file-future = Esa actividad tiene fecha en el futuro, así que no la he anotado. Revisa la hora del dispositivo que la grabó.
feat-file-too-fast = Ese archivo marca un ritmo más rápido que el récord mundial, así que no lo he anotado: comprueba que sea una carrera.

## Disculpas
feat-apology-error = Lo siento, algo ha fallado por mi parte y no he podido terminar. Vuelve a intentarlo en un momento.
feat-apology-busy = Lo siento, mi base de datos lleva varios minutos ocupada y no he podido guardarlo. Mándamelo otra vez un poco más tarde.
feat-apology-read-only = Lo siento, no he podido guardarlo: mi almacenamiento está en solo lectura ahora mismo. Mándamelo otra vez más tarde.
feat-apology-disk-full = Lo siento, no he podido guardarlo: mi almacenamiento está lleno ahora mismo. Mándamelo otra vez más tarde.
feat-apology-io = Lo siento, no he podido guardarlo: mi almacenamiento está fallando ahora mismo. Mándamelo otra vez más tarde.
feat-toast-failed = Lo siento, no ha funcionado. ¿Lo intentas otra vez?
feat-toast-private-only = Abre un chat privado conmigo para usar esto.

## El entrenador sin conexión y el diálogo
feat-greeting = ¡Hola! 👋 Aquí estoy cuando quieras.
feat-thanks = ¡Cuando quieras! A disfrutar corriendo. 🏃
feat-not-understood = No te he entendido del todo. Entiendo cosas como:
feat-example-log = corrí 10 km en 52:30, me sentí genial
feat-example-feel = piernas pesadas, 8/10
feat-example-move = pasa la carrera de mañana al viernes
feat-example-sick = estoy enfermo, no corro en 3 días
feat-example-plan = media maratón el 14 de marzo, 4 días por semana
feat-btn-log-run = Anotar una carrera
feat-btn-what-can-you-do = ¿Qué sabes hacer?

## Cambiar un entrenamiento de día
feat-move-gone = Ese entrenamiento ya no se puede mover. Envía /week para ver el plan.
feat-move-no-day = No queda otro día esta semana al que pasarlo. Si quieres, sáltalo.
feat-move-which-day = ¿A qué día paso <b>{ $title }</b>?
