# La Mini App (web/) : tous ses mots. Dates, nombres, distances et allures sont formatés par Intl dans la
# langue du coureur ; les variables ($...) sont les mêmes dans toutes les langues (test/webapp/locales.test.ts).

## Onglets et en-tête

tab-plan = Plan
tab-progress = Progression
tab-settings = Réglages
header-plan = Plan { $goal }
header-no-plan = runcoach
header-race = Course le { $date }
header-today = Aujourd’hui, { $date }
goal-time = objectif { $time }
hello = Salut !
hello-name = Salut, { $name } !
no-plan-title = Pas encore de plan
no-plan-hint = Parle de ta course objectif au coach dans le chat, par exemple « semi-marathon le 14 mars, je cours 30 km par semaine ».
loading-plan = Chargement de ton plan…

## Problèmes

problem-401 = Ouvre runcoach depuis Telegram
problem-404 = Dis d’abord bonjour
problem-other = Un problème est survenu
error-no-telegram = Ouvre cette page depuis le bot runcoach dans Telegram.
error-status = Le coach a répondu avec l’erreur { $status }. Réessaie dans un instant.
error-network = Pas de connexion avec le coach. Vérifie ta connexion internet et réessaie.

## Distances

goal-5k = 5 km
goal-10k = 10 km
goal-half = Semi-marathon
goal-half-short = Semi
goal-marathon = Marathon

## Types de séances

type-easy = Footing
type-recovery = Récupération
type-long = Sortie longue
type-tempo = Tempo
type-intervals = Fractionné
type-marathon-pace = Allure marathon
type-hills = Côtes
type-race = Course
chip-easy = Foot
chip-recovery = Récup
chip-long = SL
chip-tempo = Tempo
chip-intervals = Fract
chip-marathon-pace = AM
chip-hills = Côtes
chip-race = Course

## Calendrier

phase-base = Fondation
phase-build = Développement
phase-peak = Pic
phase-taper = Affûtage
phase-race = Course
week-number = Semaine { $week }
rest = repos
ran = Couru { $distance }
legend-marks = ✓ fait · ✕ sauté · ! manqué
subscribe = S’abonner dans ton app de calendrier
subscribe-link = Ajoute ce lien comme abonnement dans ton app de calendrier :
status-planned = Prévu
status-done = Fait
status-partial = Fait en partie
status-skipped = Sauté
status-missed = Manqué

## Détail d’une séance

rest-day = Jour de repos
rest-day-hint = Pas de course prévue : repose-toi, dors, mange bien.
title-easy = Footing
title-easy-strides = Footing + lignes droites
title-recovery = Footing de récupération
title-long = Sortie longue
title-long-mp = Sortie longue avec fin à allure marathon
title-tempo = Tempo
title-cruise = Fractionné au seuil { $reps } × { $length }
title-intervals = Fractionné { $reps } × { $length }
title-intervals-plain = Fractionné
title-reps = Répétitions { $reps } × { $length }
title-marathon-pace = Sortie à allure marathon
title-hills = Côtes { $reps } × { $length }
title-hills-plain = Côtes
title-race = Jour de course : { $race }
title-race-plain = Jour de course
purpose-easy = Développe l’endurance fondamentale et laisse les séances dures faire effet.
purpose-recovery = Délie les jambes après une journée dure ; plus lent, c’est mieux.
purpose-long = Développe l’endurance ; mange et bois comme prévu le jour de la course.
purpose-tempo = Élève l’allure que tu peux tenir environ une heure.
purpose-intervals = Élève ton plafond aérobie (VMA, VO2max) et ton économie de course.
purpose-marathon-pace = Travaille l’allure cible, le ravitaillement et le rythme.
purpose-hills = Renforce et améliore la foulée avec peu de chocs.
purpose-race = Pars prudemment, cale-toi sur l’allure cible, finis fort.
steps = Étapes
step-warmup = Échauffement
step-run = Course
step-work = Bloc
step-cooldown = Retour au calme
zone-easy = en endurance
zone-marathon = à allure marathon
zone-threshold = au seuil
zone-interval = à allure fractionné
zone-repetition = à allure répétitions
zone-hill = en côte
zone-stride = lignes droites
zone-race = à allure course
step-single = { $kind } : { $distance } { $zone }
step-repeats = { $kind } : { $reps } × { $distance } { $zone }
step-recovery = { $distance } de trot entre chaque
step-recovery-hill = { $distance } de trot en descente entre chaque
effort-easy = aisance respiratoire : tu pourrais parler en phrases complètes
effort-marathon = régulier et maîtrisé, une allure tenable des heures
effort-threshold = difficile mais confortable : quelques mots à la fois
effort-interval = dur, environ ton effort sur 3 à 5 km
effort-repetition = rapide et relâché, environ ton effort sur le mile
effort-hill = effort soutenu en montée, environ l’effort du 5 km ; redescends en trottinant
effort-stride = rapide et relâché, pas un sprint ; reviens en marchant
effort-race = effort de course
pace-per-km = { $time }/km
pace-per-mi = { $time }/mi
action-done = Fait
action-skip = Sauter
action-move = Déplacer
done-later = Marque-la comme faite une fois courue
download-fit = Télécharger le FIT
result-done = Marquée comme faite. Bien couru !
result-skipped = Sautée.
result-moved = Déplacée.
move-title = Déplacer cette séance
move-hint = Vers un autre jour de la même semaine.
move-new-day = Nouveau jour
move-choose = Choisis un jour
move-no-day = Plus aucun jour libre cette semaine
move-choose-error = Choisis le jour où la déplacer.
cancel = Annuler

## Progression

loading-progress = Chargement de la progression…
progress-unavailable = La progression n’est pas disponible
weekly-distance = Kilométrage hebdomadaire
per-week-km = km par semaine
per-week-mi = miles par semaine
legend-planned = prévu
legend-done = fait
no-weeks = Aucune semaine à afficher pour l’instant.
volume-chart-label = Kilométrage hebdomadaire, prévu et fait
volume-bar = { $date } : { $done } sur { $planned }
training-load = Charge d’entraînement
training-load-unit = RPE × minutes par semaine
load-chart-label = Charge d’entraînement hebdomadaire
acwr = Aiguë:chronique
fitness = Forme
fatigue = Fatigue
fitness-from = La forme et la fatigue apparaissent à partir du { $date }, après { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
} de sorties enregistrées.
load-rising = La charge monte trop vite : le coach allège la semaine prochaine.
prediction-title = Prédiction de course
vdot = VDOT { $vdot }
prediction-hint = Donne au coach un résultat de course récent pour obtenir une prédiction.

## Réglages

settings-title = Réglages
settings-hint = Les mêmes réglages que tu peux changer dans le chat.
field-timezone = Fuseau horaire
field-morning = Message du matin
field-evening = Bilan du soir
field-units = Unités
field-days = Jours par semaine
field-long-run-day = Jour de la sortie longue
units-km = Kilomètres
units-mi = Miles
days-count = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
save = Enregistrer
saving = Enregistrement…
settings-saved = Enregistré. Le coach utilise les nouveaux réglages dès maintenant.
settings-saved-zone = Enregistré. Fuseau horaire : { $zone }. Le coach utilise les nouveaux réglages dès maintenant.
settings-unchanged = Rien n’a changé.
settings-plan-note = Les jours par semaine et le jour de la sortie longue façonnent ton prochain plan ; demande au coach dans le chat de refaire le plan actuel.
error-timezone = Saisis une ville comme Paris ou un fuseau horaire comme Europe/Paris (64 caractères au plus).
error-time = Une heure au format HH:MM, par exemple 07:30.
error-units = Kilomètres ou miles.
error-days = De 2 à 7 jours.
error-long-run-day = Choisis un jour de la semaine.
