# Календарь, intervals.icu и FIT-файлы тренировок (инженер 17t).

## intervals.icu: section headers of the workout text (free text; no digits, the syntax is added in code)
exp-interval-warmup = Разминка
exp-interval-main-set = Основная часть
exp-interval-last-rep = Последний повтор
exp-interval-cooldown = Заминка

## FIT: step names on the watch (15 characters at most) and the recovery's note
exp-fit-warmup = Разминка
exp-fit-run = Бег
exp-fit-rep = Отрезок
exp-fit-cooldown = Заминка
exp-fit-recovery = Восстановление
exp-fit-race = Старт
exp-fit-easy-jog = Лёгкая трусца
