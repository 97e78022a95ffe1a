# Le chat (domaine de l’ingénieur 17a) : commandes, réponses du coach, boutons, premiers pas, erreurs. HTML Telegram.

## Unités et durées
unit-km = km
unit-mi = mi
duration-min = { $min } min
duration-h-min = { $h } h { $min } min

## /language
language-choose = Langue actuelle : { $current }. Dans quelle langue veux-tu que je te parle ?
language-saved = Enregistré
language-set = { $language } : c’est noté, désormais je te parle en français.
button-expired = Ce bouton n’est plus valable.

## Menu des commandes (setMyCommands)
cmd-today = La séance du jour
cmd-week = Cette semaine
cmd-plan = Ton plan en un coup d’œil
cmd-log = Noter une sortie, ex. /log 8 km 42:30 rpe 5
cmd-progress = Où en est l’entraînement
cmd-settings = Fuseau horaire, heures des messages, unités, jours
cmd-setup = Créer un nouveau plan pas à pas
cmd-strava = Connecter Strava
cmd-export = Télécharger toutes tes données
cmd-delete = Supprimer toutes tes données
cmd-help = Ce que je sais faire
cmd-fit = Une séance pour ta montre (.fit), ex. /fit demain
cmd-calendar = Ton plan dans ton agenda
cmd-intervals = Ton plan sur intervals.icu
cmd-language = Langue

## Accueil et aide
welcome-back = Content de te revoir{ $name ->
    [none] {""}
   *[other] , { $name }
} ! Ton plan t’attend. Qu’est-ce que tu veux voir ?
welcome-new = Salut{ $name ->
    [none] {""}
   *[other] , { $name }
} ! Je suis ton coach running. 🏃

    Je te prépare un plan d’entraînement pour ta course objectif, je t’envoie la séance du jour chaque matin, je te demande comment se sont passées tes sorties et j’adapte le plan à ce que tu me racontes.

    Dis-moi ton objectif avec tes mots, par exemple :
    <i>semi-marathon le 14 mars, je cours 4 jours par semaine, environ 30 km</i>

    ou laisse-moi te guider en quatre clics.
btn-today-workout = La séance du jour
btn-this-week = Cette semaine
btn-setup-plan = Créer mon plan
help =
    <b>Ce que je sais faire</b>

    /today : la séance du jour, avec les boutons Fait, Sauter et Déplacer
    /week : les séances de la semaine
    /plan : ton plan en un coup d’œil
    /log : noter une sortie, ex. <code>/log 8 km 42:30 rpe 5</code>
    /progress : prévu vs fait, charge d’entraînement
    /settings : fuseau horaire, heures des messages, unités, jours par semaine, jour de la sortie longue
    /setup : créer un nouveau plan pas à pas
    /strava : connecter Strava
    /fit : une séance pour ta montre (.fit), ex. <code>/fit demain</code>
    /calendar : ton plan dans ton agenda
    /intervals : ton plan sur intervals.icu (qui l’envoie vers Garmin, COROS, Suunto, Wahoo, Polar)
    Envoie-moi un fichier .fit, .gpx ou .tcx de ta montre et je note la sortie.
    /export : télécharger tout ce que je garde sur toi
    /delete : supprimer toutes tes données
    /language : la langue dans laquelle je te parle

    Ou écris-moi simplement :
    • <i>semi-marathon le 14 mars, 4 jours par semaine, environ 30 km</i>
    • <i>couru 10 km en 52:30, je me sentais super</i>
    • <i>jambes lourdes, 8/10</i>
    • <i>décale la sortie de demain à vendredi</i> / <i>je saute aujourd’hui</i>
    • <i>je suis malade</i> / <i>en voyage la semaine prochaine, seulement 2 jours</i>
    • <i>réveille-moi à 6:30</i> / <i>je suis à Lyon</i>

## Questions
q-location-button = 📍 Partager ma position
q-setup-retry = Je n’ai pas compris. Touche une réponse ou écris-la :
q-place = Tu vis où ? Donne-moi ta ville (<i>Paris</i>, <i>Montréal</i>) ou un fuseau horaire, ou partage ta position, pour que ta séance arrive le matin chez toi.
q-place-unknown = Je ne sais pas encore où se trouve { $name }. Donne-moi une grande ville proche, ou un fuseau comme <i>Europe/Paris</i>.
q-place-ambiguous = Ce pays a plusieurs fuseaux horaires. Tu es dans quelle ville ?
q-location-terminal = Le chat du terminal ne peut pas partager de position : écris plutôt ta ville (ex. <i>Paris</i>).
q-location-unknown = Je n’ai pas réussi à situer cette position dans un fuseau horaire. Donne-moi plutôt ta ville (ex. <i>Paris</i>).
q-zone-set = C’est noté : heure de { $place } ({ $zone }).
q-morning = À quelle heure veux-tu recevoir ta séance le matin ? Touche une heure ou écris-la (ex. <i>6:45</i>). Pour l’instant, c’est { $current }.
q-morning-invalid = Une heure s’écrit comme <i>6:30</i>, <i>7h</i> ou <i>06:45</i>.
q-arrival = Ta séance arrive chaque matin à { $time }, heure de { $place }.
q-clarify-buttons = Ou choisis :
q-log = Raconte-moi ta sortie : distance et temps, et si tu veux, comment tu l’as sentie. Par exemple <code>8 km 42:30 rpe 5</code> ou <i>hier 10 km en 55 min</i>.

## Création guidée du plan
setup-ask-goal = Tu prépares quelle course ?
setup-btn-half = Semi-marathon
setup-btn-marathon = Marathon
setup-ask-date = Un { $goal } ! C’est quand ? Touche dans combien de temps, ou écris la date (ex. <i>14 mars</i>).
setup-btn-in-weeks = { $weeks ->
    [one] dans { $weeks } semaine
   *[other] dans { $weeks } semaines
}
setup-ask-days = Tu peux courir combien de jours par semaine ?
setup-btn-just-starting = je débute
setup-ask-km = Tu cours environ combien par semaine en ce moment ? (Ou écris-le : <i>environ 25 km</i>.)
setup-ask-long-run-day = Dernière question : quel jour te va pour la sortie longue ?
setup-later = Pas de souci. Dis-moi ton objectif quand tu veux.
setup-expired = Ce bouton n’est plus valable. Envoie /setup pour recommencer.
setup-race-day = Jour de course : { $date }.
send-start-first = Envoie d’abord /start.
log-negative = Une distance ou un temps ne peut pas être négatif, donc je n’ai rien noté.
log-unreadable = Je n’ai pas trouvé de distance ni de temps là-dedans.

## Courses objectif
goal-5k = 5 km
goal-10k = 10 km
goal-half = semi-marathon
goal-marathon = marathon

## Séances
unit-metres = { $m } m
zone-easy = en endurance
zone-marathon = à allure marathon
zone-threshold = au seuil
zone-interval = à allure fractionné
zone-repetition = à allure répétitions
zone-hill = en côte
zone-stride = lignes droites
zone-race = à allure course
effort-easy = aisance respiratoire : tu pourrais parler en phrases complètes
effort-marathon = régulier et maîtrisé, une allure tenable des heures
effort-threshold = difficile mais confortable : quelques mots à la fois
effort-interval = dur, environ ton effort sur 3 à 5 km
effort-repetition = rapide et relâché, environ ton effort sur le mile
effort-hill = effort soutenu en montée, environ l’effort du 5 km ; redescends en trottinant
effort-stride = rapide et relâché, pas un sprint ; reviens en marchant
effort-race = effort de course
step-strides-target = { $pace ->
    [none] lignes droites ({ $effort })
   *[other] lignes droites à { $pace } ({ $effort })
}
step-uphill-target = { $pace ->
    [none] en côte ({ $effort })
   *[other] en côte à { $pace } ({ $effort })
}
step-at-pace = à { $pace } ({ $effort })
step-at-zone = { $zone } ({ $effort })
step-warmup = Échauffement : { $distance } en footing{ $pace ->
    [none] {""}
   *[other] {" "}à { $pace }
}
step-cooldown = Retour au calme : { $distance } en footing{ $pace ->
    [none] {""}
   *[other] {" "}à { $pace }
}
step-jog-between = , { $distance } de trot entre chaque
step-main-set = Corps de séance : { $reps } × { $distance } { $target }{ $between }
step-then = Puis : { $reps } × { $distance } { $target }{ $between }
step-easy = { $distance } en footing{ $pace ->
    [none] {" "}({ $effort })
   *[other] {" "}à { $pace }
}
purpose-easy = Développe l’endurance fondamentale et laisse les séances dures faire effet.
purpose-recovery = Délie les jambes après une journée dure ; plus lent, c’est mieux.
purpose-long = Développe l’endurance ; mange et bois comme prévu le jour de la course.
purpose-tempo = Élève l’allure que tu peux tenir environ une heure.
purpose-intervals = Élève ton plafond aérobie (VMA, VO2max) et ton économie de course.
purpose-marathon-pace = Travaille l’allure cible, le ravitaillement et le rythme.
purpose-hills = Renforce et améliore la foulée avec peu de chocs.
purpose-race = Pars prudemment, cale-toi sur l’allure cible, finis fort.
title-easy = Footing
title-easy-strides = Footing + lignes droites
title-recovery = Footing de récupération
title-long = Sortie longue
title-long-mp = Sortie longue avec fin à allure marathon
title-tempo = Tempo
title-cruise = Fractionné au seuil { $reps } × { $distance }
title-intervals = Fractionné
title-intervals-set = Fractionné { $reps } × { $distance }
title-repetitions-set = Répétitions { $reps } × { $distance }
title-marathon-pace = Sortie à allure marathon
title-hills = Côtes
title-hills-set = Côtes { $reps } × { $distance }
title-race = Jour de course
btn-done = ✅ Fait
btn-skip = ⏭ Sauter
btn-move = ↔ Déplacer
btn-fit = ⌚ FIT
btn-rpe-easy = 😌 Facile
btn-rpe-ok = 🙂 Ça va
btn-rpe-hard = 😤 Dur
btn-rpe-very-hard = 🥵 Très dur
btn-in-words = ✍️ Avec mes mots
rest-day = { $date } : jour de repos
rest-day-why = C’est au repos que l’entraînement se transforme en forme. Un peu de marche tranquille, c’est très bien.
rest-day-next = Ensuite : { $workout }

## Un jour
day-no-plan = Pas encore de plan, donc rien de prévu. Dis-moi ta course objectif (<i>10 km le 3 mai, 4 jours par semaine</i>) ou touche le bouton ci-dessous.
card-heart-rate = ❤️ FC { $min }–{ $max } bpm
day-today = Aujourd’hui
day-tomorrow = Demain
day-plan-starts = Ton plan commence le { $date }.
day-after-race = C’est après ta course. Dis-moi ton prochain objectif quand tu veux !
day-race-heading = { $day } : jour de course !
day-race-words = Pars plus lentement que tu n’en as envie, trouve ton rythme et fais confiance à ton entraînement. Profite. Tu l’as bien mérité.
done-marked = Séance <b>{ $title }</b> notée comme faite. ✅ Comment c’était ?

## Un nouveau plan
phase-base = Fondation
phase-build = Développement
phase-peak = Pic
phase-taper = Affûtage
phase-race = Course
paces-by-effort = Allures : aux sensations pour l’instant. Donne-moi un résultat récent (<i>j’ai couru un 10 km en 48:30</i>) et je les calcule.
paces-title = Tes allures
pace-easy = Endurance
pace-marathon = Marathon
pace-threshold = Seuil
pace-interval = Fractionné
pace-repetition = Répétitions
plan-ready = Ton plan pour le { $goal } est prêt
plan-race-day = Jour de course : { $date }
plan-race-day-goal = Jour de course : { $date } · objectif { $time }
plan-weeks-line = { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
} · { $phases } · pic à { $peak } par semaine
plan-vdot-goal = Les allures sont calées sur ton objectif (VDOT { $vdot }). Donne-moi un résultat récent (<i>j’ai couru un 10 km en 48:30</i>) et je compare l’objectif à ta forme actuelle.
plan-vdot-now = VDOT { $vdot } : aujourd’hui, ta course objectif te prendrait environ { $time }.
plan-please-read = À lire
plan-week-heading = Semaine { $index } ({ $phase })
plan-next-steps = Je t’envoie chaque séance le matin. /today montre celle du jour, /plan la vue d’ensemble.
