# Errores (área 17x): por qué una herramienta del entrenador no pudo actuar (src/coach/tools) y los errores de
# la API de la Mini App (src/webapp/router.ts). Texto plano, sin HTML.

## Herramientas del entrenador
err-not-started = Primero envía /start: todavía no nos conocemos.
err-no-plan = Aún no tienes plan de entrenamiento. Hagamos uno primero (carrera objetivo y fecha).
err-coach-side = Algo falló por parte del entrenador; no se ha cambiado nada.
err-race-time-off-tables = Ese tiempo se sale de las tablas de ritmos; revisa la marca.
err-race-ahead = { $date } todavía no ha llegado: envía el resultado después de la carrera.
err-nothing-to-change = No hay nada que cambiar: dime qué ajuste.
err-plan-nothing-to-change = No hay nada que cambiar: dime qué quieres cambiar.
err-range-reversed = El final del periodo es anterior al inicio.
err-range-too-long = Pide como mucho unos tres meses cada vez.
err-move-rest-day = { $date } es día de descanso: no hay ninguna carrera que mover.
err-move-done = { $date }: ese entreno ya no se puede mover.
err-move-held-illness = { $date } cae mientras estás enfermo (hasta { $until }), así que queda como descanso. Elige un día después o sáltate la carrera.
err-move-held-hold = { $date } cae mientras el running está en pausa (hasta { $until }), así que queda como descanso. Elige un día después o sáltate la carrera.
err-move-held-injury = { $date } cae mientras estás lesionado (hasta { $until }), así que queda como descanso. Elige un día después o sáltate la carrera.
err-skip-none-left = { $date }: ya no queda ninguna carrera planificada que saltarse.
err-skip-rest-day = { $date } ya es día de descanso.
err-run-ahead = { $date } todavía no ha llegado: registra las carreras cuando ya las hayas hecho.
err-duration-zero = El tiempo tiene que ser mayor que cero.
err-pace-impossible = Eso son { $pace } s por kilómetro, más rápido que el récord mundial: revisa la distancia y el tiempo.
err-done-ahead = Ese entreno aún no ha llegado: márcalo como hecho cuando lo hayas corrido.
err-done-no-workout = { $date }: no hay ningún entreno en el plan.
err-feedback-ahead = Solo puedes valorar carreras que ya has hecho.
err-restore-passed = { $date } ya pasó: si corriste, registra la carrera.
err-restore-has-workout = { $date }: ese día ya tiene su entreno.
err-restore-nothing-skipped = { $date }: no hay ningún entreno saltado que recuperar.

## Argumentos incorrectos
err-invalid-args = No he podido entenderlo: { $issues }
err-arg-missing = { $field }: falta
err-arg-type = { $field }: tiene que ser { $expected ->
    [number] un número
    [boolean] sí o no
    [object] un grupo de campos
    [array] una lista
    *[string] un texto
}
err-arg-int = { $field }: un número entero
err-arg-min = { $field }: como mínimo { $min }
err-arg-above = { $field }: más de { $min }
err-arg-max = { $field }: como máximo { $max }
err-arg-below = { $field }: menos de { $max }
err-arg-too-short = { $field }: como mínimo { $n ->
    [one] { $n } carácter
    *[other] { $n } caracteres
}
err-arg-too-long = { $field }: como máximo { $n ->
    [one] { $n } carácter
    *[other] { $n } caracteres
}
err-arg-too-few = { $field }: como mínimo { $n ->
    [one] { $n } elemento
    *[other] { $n } elementos
}
err-arg-too-many = { $field }: como máximo { $n ->
    [one] { $n } elemento
    *[other] { $n } elementos
}
err-arg-one-of = { $field }: uno de estos valores: { $choices }
err-choice-km = kilómetros
err-choice-mi = millas
err-arg-date = { $field }: una fecha con el formato AAAA-MM-DD
err-arg-real-date = { $field }: esa fecha no existe en el calendario
err-arg-clock = { $field }: una hora con el formato HH:MM (24 horas)
err-arg-duration = { $field }: un tiempo con el formato H:MM:SS o MM:SS
err-arg-weeks = { $field }: un número entero del 1 al 52
err-arg-timezone = { $field }: una ciudad (por ejemplo, Madrid) o una zona horaria (por ejemplo, Europe/Madrid)
err-arg-invalid = { $field }: valor no válido
err-arg-said = { $field }: { $text }
err-arg-unknown = campos desconocidos: { $names }
err-arg-feedback-empty = indica al menos una cosa: esfuerzo, sensaciones o dolor
err-arg-nothing = no hay nada que cambiar: envía al menos un ajuste

## Nombres de los campos
err-field-args = datos
err-field-date = fecha
err-field-new-date = nueva fecha
err-field-race-date = fecha de la carrera
err-field-distance = distancia
err-field-duration = tiempo
err-field-goal-time = tiempo objetivo
err-field-rpe = esfuerzo (1-10)
err-field-feeling = sensaciones
err-field-severity = dolor (1-10)
err-field-goal = carrera objetivo
err-field-timezone = zona horaria
err-field-morning-time = hora del entreno
err-field-evening-time = hora del repaso de la tarde
err-field-days-per-week = días por semana
err-field-weekly-km = volumen semanal
err-field-long-run-day = día de la tirada larga
err-field-max-hr = frecuencia cardiaca máxima
err-field-resting-hr = frecuencia cardiaca en reposo
err-field-lthr-hr = frecuencia cardiaca de umbral
err-field-units = unidades
err-field-weeks = semanas
err-field-reason = motivo

## Zonas horarias
err-zone-empty = Escribe una ciudad (Madrid) o una zona horaria (Europe/Madrid).
err-zone-ambiguous = «{ $input }» tiene varias zonas horarias: escribe tu ciudad (Chicago) o la zona (America/Chicago).
err-zone-unknown = No sé dónde está «{ $input }»: escribe una ciudad grande cercana (Madrid) o una zona horaria (Europe/Madrid).

## API de la Mini App
err-web-bad = { $what ->
    [query] Consulta incorrecta
    [date] Fecha incorrecta
    *[body] Datos incorrectos
}: { $issues }
err-web-not-found = no encontrado
err-web-rate-limited = Demasiadas peticiones: espera un minuto y vuelve a intentarlo.
err-web-not-started = Todavía no has empezado con el entrenador: primero envía /start al bot en Telegram.
err-web-rest-day = { $date }: no hay entreno, es día de descanso.
err-web-too-large = La petición es demasiado grande.
err-web-bad-json = Los datos no son JSON válido.
err-web-utf8 = Envía el JSON en UTF-8.
err-web-busy = El entrenador está ocupado un momento; no se ha cambiado nada. Vuelve a intentarlo.
err-web-auth-missing = Abre la app desde el bot en Telegram (falta la cabecera Authorization con initData).
err-web-auth-malformed = Los datos de Telegram (initData) están dañados.
err-web-auth-forged = La firma de los datos de Telegram (initData) no coincide.
err-web-auth-stale = Los datos de Telegram han caducado: cierra la app y vuelve a abrirla desde el bot.
err-hr-too-close = Una frecuencia cardiaca en reposo de { $resting } y una máxima de { $max } están demasiado cerca: revisa los dos números.
err-hr-lthr-above-max = Un umbral de { $lthr } pulsaciones no puede estar igual o por encima de la máxima de { $max }: revisa los dos números.
