# Kalender, intervals.icu und FIT-Trainingsdateien (Ingenieur 17t).

## intervals.icu: section headers of the workout text (free text; no digits, the syntax is added in code)
exp-interval-warmup = Einlaufen
exp-interval-main-set = Hauptteil
exp-interval-last-rep = Letzte Wiederholung
exp-interval-cooldown = Auslaufen

## FIT: step names on the watch (15 characters at most) and the recovery's note
exp-fit-warmup = Einlaufen
exp-fit-run = Lauf
exp-fit-rep = Intervall
exp-fit-cooldown = Auslaufen
exp-fit-recovery = Trabpause
exp-fit-race = Wettkampf
exp-fit-easy-jog = Locker traben
