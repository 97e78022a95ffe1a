# Календар, intervals.icu і FIT-файли тренувань (інженер 17t).

## intervals.icu: section headers of the workout text (free text; no digits, the syntax is added in code)
exp-interval-warmup = Розминка
exp-interval-main-set = Основна частина
exp-interval-last-rep = Останній повтор
exp-interval-cooldown = Заминка

## FIT: step names on the watch (15 characters at most) and the recovery's note
exp-fit-warmup = Розминка
exp-fit-run = Біг
exp-fit-rep = Відрізок
exp-fit-cooldown = Заминка
exp-fit-recovery = Відновлення
exp-fit-race = Старт
exp-fit-easy-jog = Легкий біг
