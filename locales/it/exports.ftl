# Calendario, intervals.icu e file FIT degli allenamenti (ingegnere 17t).

## intervals.icu: section headers of the workout text (free text; no digits, the syntax is added in code)
exp-interval-warmup = Riscaldamento
exp-interval-main-set = Parte centrale
exp-interval-last-rep = Ultima ripetuta
exp-interval-cooldown = Defaticamento

## FIT: step names on the watch (15 characters at most) and the recovery's note
exp-fit-warmup = Riscaldamento
exp-fit-run = Corsa
exp-fit-rep = Ripetuta
exp-fit-cooldown = Defaticamento
exp-fit-recovery = Recupero
exp-fit-race = Gara
exp-fit-easy-jog = Corsa lenta
