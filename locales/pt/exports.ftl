# Calendário, intervals.icu e arquivos FIT dos treinos (engenheiro 17t).

## intervals.icu: section headers of the workout text (free text; no digits, the syntax is added in code)
exp-interval-warmup = Aquecimento
exp-interval-main-set = Parte principal
exp-interval-last-rep = Última repetição
exp-interval-cooldown = Desaquecimento

## FIT: step names on the watch (15 characters at most) and the recovery's note
exp-fit-warmup = Aquecimento
exp-fit-run = Corrida
exp-fit-rep = Tiro
exp-fit-cooldown = Desaquecimento
exp-fit-recovery = Recuperação
exp-fit-race = Prova
exp-fit-easy-jog = Trote leve
