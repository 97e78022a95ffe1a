# La Mini App (web/): todas sus palabras. Fechas, números, distancias y ritmos los formatea Intl según el
# idioma del corredor; los marcadores ($...) son los mismos en todos los idiomas (test/webapp/locales.test.ts).

## Pestañas y cabecera

tab-plan = Plan
tab-progress = Progreso
tab-settings = Ajustes
header-plan = Plan de { $goal }
header-no-plan = runcoach
header-race = Carrera el { $date }
header-today = Hoy, { $date }
goal-time = objetivo { $time }
hello = ¡Hola!
hello-name = ¡Hola, { $name }!
no-plan-title = Todavía no hay plan
no-plan-hint = Cuéntale al entrenador en el chat cuál es tu carrera objetivo, por ejemplo: «media maratón el 14 de marzo, corro 30 km a la semana».
loading-plan = Cargando tu plan…

## Problemas

problem-401 = Abre runcoach desde Telegram
problem-404 = Primero saluda al bot
problem-other = Algo ha salido mal
error-no-telegram = Abre esta página desde el bot de runcoach en Telegram.
error-status = El entrenador respondió con un error { $status }. Inténtalo de nuevo en un momento.
error-network = No hay conexión con el entrenador. Revisa tu conexión a internet y vuelve a intentarlo.

## Distancias

goal-5k = 5K
goal-10k = 10K
goal-half = Media maratón
goal-half-short = Media
goal-marathon = Maratón

## Tipos de entrenamiento

type-easy = Rodaje suave
type-recovery = Regenerativo
type-long = Tirada larga
type-tempo = Tempo
type-intervals = Series
type-marathon-pace = Ritmo maratón
type-hills = Cuestas
type-race = Carrera
chip-easy = Suave
chip-recovery = Regen
chip-long = Larga
chip-tempo = Tempo
chip-intervals = Series
chip-marathon-pace = RM
chip-hills = Cuestas
chip-race = Carrera

## Calendario

phase-base = Base
phase-build = Desarrollo
phase-peak = Pico
phase-taper = Afinamiento
phase-race = Carrera
week-number = Semana { $week }
rest = descanso
ran = Corriste { $distance }
legend-marks = ✓ hecho · ✕ saltado · ! perdido
subscribe = Suscribirse en tu app de calendario
subscribe-link = Añade este enlace a tu app de calendario como suscripción:
status-planned = Previsto
status-done = Hecho
status-partial = Hecho a medias
status-skipped = Saltado
status-missed = Perdido

## Detalle del entrenamiento

rest-day = Día de descanso
rest-day-hint = Hoy no toca correr: descansa, duerme y come bien.
title-easy = Rodaje suave
title-easy-strides = Rodaje suave + progresivos
title-recovery = Rodaje regenerativo
title-long = Tirada larga
title-long-mp = Tirada larga con final a ritmo maratón
title-tempo = Carrera a tempo
title-cruise = Series a umbral { $reps } × { $length }
title-intervals = Series { $reps } × { $length }
title-intervals-plain = Series
title-reps = Repeticiones { $reps } × { $length }
title-marathon-pace = Rodaje a ritmo maratón
title-hills = Cuestas { $reps } × { $length }
title-hills-plain = Cuestas
title-race = Día de carrera: { $race }
title-race-plain = Día de carrera
purpose-easy = Construye la base aeróbica y deja que los días duros hagan su efecto.
purpose-recovery = Suelta las piernas tras un día duro; cuanto más lento, mejor.
purpose-long = Construye resistencia; come y bebe como piensas hacerlo el día de la carrera.
purpose-tempo = Sube el ritmo que puedes mantener durante una hora.
purpose-intervals = Sube tu techo aeróbico (VO2máx) y tu economía de carrera.
purpose-marathon-pace = Practica el ritmo objetivo, la alimentación en carrera y las sensaciones.
purpose-hills = Gana fuerza y técnica con poco impacto.
purpose-race = Sal controlado, asiéntate en tu ritmo objetivo y termina fuerte.
steps = Partes
step-warmup = Calentamiento
step-run = Rodaje
step-work = Bloque
step-cooldown = Vuelta a la calma
zone-easy = suave
zone-marathon = a ritmo maratón
zone-threshold = a ritmo umbral
zone-interval = a ritmo de series
zone-repetition = a ritmo de repeticiones
zone-hill = cuesta arriba
zone-stride = progresivos
zone-race = a ritmo de carrera
step-single = { $kind }: { $distance } { $zone }
step-repeats = { $kind }: { $reps } × { $distance } { $zone }
step-recovery = { $distance } de trote suave entre series
step-recovery-hill = { $distance } de trote cuesta abajo entre series
effort-easy = conversacional: podrías hablar con frases completas
effort-marathon = constante y controlado, un ritmo que aguantarías horas
effort-threshold = cómodamente duro: unas pocas palabras cada vez
effort-interval = duro, como tu esfuerzo de 3K–5K
effort-repetition = rápido y suelto, como tu esfuerzo en la milla
effort-hill = fuerte cuesta arriba, como esfuerzo de 5K; baja trotando
effort-stride = rápido y suelto, sin esprintar; vuelve andando
effort-race = esfuerzo de carrera
pace-per-km = { $time }/km
pace-per-mi = { $time }/mi
action-done = Hecho
action-skip = Saltar
action-move = Mover
done-later = Márcalo como hecho cuando lo hayas corrido
download-fit = Descargar FIT
result-done = Marcado como hecho. ¡Buen entreno!
result-skipped = Saltado.
result-moved = Movido.
move-title = Mover este entrenamiento
move-hint = A otro día de la misma semana.
move-new-day = Nuevo día
move-choose = Elige un día
move-no-day = No queda ningún día libre esta semana
move-choose-error = Elige el día al que moverlo.
cancel = Cancelar

## Progreso

loading-progress = Cargando el progreso…
progress-unavailable = El progreso no está disponible
weekly-distance = Kilometraje semanal
per-week-km = km por semana
per-week-mi = millas por semana
legend-planned = previsto
legend-done = hecho
no-weeks = Todavía no hay semanas que mostrar.
volume-chart-label = Kilometraje semanal, previsto y hecho
volume-bar = { $date }: { $done } de { $planned }
training-load = Carga de entrenamiento
training-load-unit = RPE × minutos por semana
load-chart-label = Carga de entrenamiento semanal
acwr = Aguda:crónica
fitness = Forma
fatigue = Fatiga
fitness-from = La forma y la fatiga aparecen a partir del { $date }, tras { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} de carreras registradas.
load-rising = La carga sube demasiado rápido: el entrenador aligerará la próxima semana.
prediction-title = Predicción de carrera
vdot = VDOT { $vdot }
prediction-hint = Dile al entrenador una marca reciente en carrera para obtener una predicción.

## Ajustes

settings-title = Ajustes
settings-hint = Los mismos ajustes que puedes cambiar en el chat.
field-timezone = Zona horaria
field-morning = Mensaje de la mañana
field-evening = Resumen de la tarde
field-units = Unidades
field-days = Días por semana
field-long-run-day = Día de la tirada larga
units-km = Kilómetros
units-mi = Millas
days-count = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
save = Guardar
saving = Guardando…
settings-saved = Guardado. El entrenador usa los nuevos ajustes desde ahora.
settings-saved-zone = Guardado. Zona horaria: { $zone }. El entrenador usa los nuevos ajustes desde ahora.
settings-unchanged = No ha cambiado nada.
settings-plan-note = Los días por semana y el día de la tirada larga dan forma a tu próximo plan; pide al entrenador en el chat que rehaga el actual.
error-timezone = Escribe una ciudad, como Madrid, o una zona horaria, como Europe/Madrid (64 caracteres como máximo).
error-time = Una hora en formato HH:MM, por ejemplo 07:30.
error-units = Kilómetros o millas.
error-days = De 2 a 7 días.
error-long-run-day = Elige un día de la semana.
