# Calendrier, intervals.icu et fichiers FIT des séances (ingénieur 17t).

## intervals.icu: section headers of the workout text (free text; no digits, the syntax is added in code)
exp-interval-warmup = Échauffement
exp-interval-main-set = Corps de séance
exp-interval-last-rep = Dernière répétition
exp-interval-cooldown = Retour au calme

## FIT: step names on the watch (15 characters at most) and the recovery's note
exp-fit-warmup = Échauffement
exp-fit-run = Course
exp-fit-rep = Fraction
exp-fit-cooldown = Retour calme
exp-fit-recovery = Récupération
exp-fit-race = Compétition
exp-fit-easy-jog = Trot léger
