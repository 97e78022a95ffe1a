# Calendario, intervals.icu y archivos FIT de entrenos (ingeniero 17t).

## intervals.icu: section headers of the workout text (free text; no digits, the syntax is added in code)
exp-interval-warmup = Calentamiento
exp-interval-main-set = Parte principal
exp-interval-last-rep = Última repetición
exp-interval-cooldown = Vuelta a la calma

## FIT: step names on the watch (15 characters at most) and the recovery's note
exp-fit-warmup = Calentamiento
exp-fit-run = Rodaje
exp-fit-rep = Serie
exp-fit-cooldown = Enfriamiento
exp-fit-recovery = Recuperación
exp-fit-race = Carrera
exp-fit-easy-jog = Trote suave
