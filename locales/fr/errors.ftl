# Erreurs (zone 17x) : pourquoi un outil du coach n’a pas pu agir (src/coach/tools), et les erreurs de l’API de
# la Mini App (src/webapp/router.ts). Texte brut, sans HTML.

## Outils du coach
err-not-started = Envoie d’abord /start : on ne se connaît pas encore.
err-no-plan = Tu n’as pas encore de plan d’entraînement. Créons-en un d’abord (course objectif et date).
err-coach-side = Un souci côté coach ; rien n’a été modifié.
err-race-time-off-tables = Ce temps sort des tables d’allures ; vérifie le chrono.
err-race-ahead = { $date }, c’est encore à venir : envoie le résultat après la course.
err-nothing-to-change = Rien à changer : précise le réglage.
err-plan-nothing-to-change = Rien à changer : dis-moi ce qui doit changer.
err-range-reversed = La fin de la période est avant son début.
err-range-too-long = Demande au plus trois mois environ à la fois.
err-move-rest-day = { $date } est un jour de repos : il n’y a pas de sortie à déplacer.
err-move-done = { $date } : cette séance ne peut plus être déplacée.
err-move-held-illness = { $date } tombe pendant ta maladie (jusqu'au { $until }) : ce jour reste au repos. Choisis un jour après, ou saute la sortie.
err-move-held-hold = { $date } tombe pendant ta pause de course (jusqu'au { $until }) : ce jour reste au repos. Choisis un jour après, ou saute la sortie.
err-move-held-injury = { $date } tombe pendant ta blessure (jusqu'au { $until }) : ce jour reste au repos. Choisis un jour après, ou saute la sortie.
err-skip-none-left = { $date } : il n’y a plus de sortie prévue à sauter.
err-skip-rest-day = { $date } est déjà un jour de repos.
err-run-ahead = { $date }, c’est encore à venir : enregistre tes sorties une fois courues.
err-duration-zero = Le temps doit être supérieur à zéro.
err-pace-impossible = Ça fait { $pace } s au kilomètre, plus vite que le record du monde : vérifie la distance et le temps.
err-done-ahead = Cette séance est encore à venir : valide-la une fois courue.
err-done-no-workout = { $date } : aucune séance prévue au plan.
err-feedback-ahead = Le ressenti, c’est pour les sorties déjà faites.
err-restore-passed = { $date } est passé : si tu as couru, enregistre ta sortie.
err-restore-has-workout = { $date } : la séance est déjà au programme.
err-restore-nothing-skipped = { $date } : aucune séance sautée à remettre.

## Arguments invalides
err-invalid-args = Je n’ai pas pu lire ça : { $issues }
err-arg-missing = { $field } : manquant
err-arg-type = { $field } : il faut { $expected ->
    [number] un nombre
    [boolean] oui ou non
    [object] un groupe de champs
    [array] une liste
    *[string] du texte
}
err-arg-int = { $field } : un nombre entier
err-arg-min = { $field } : au moins { $min }
err-arg-above = { $field } : plus de { $min }
err-arg-max = { $field } : au plus { $max }
err-arg-below = { $field } : moins de { $max }
err-arg-too-short = { $field } : au moins { $n ->
    [one] { $n } caractère
    *[other] { $n } caractères
}
err-arg-too-long = { $field } : au plus { $n ->
    [one] { $n } caractère
    *[other] { $n } caractères
}
err-arg-too-few = { $field } : au moins { $n ->
    [one] { $n } élément
    *[other] { $n } éléments
}
err-arg-too-many = { $field } : au plus { $n ->
    [one] { $n } élément
    *[other] { $n } éléments
}
err-arg-one-of = { $field } : une de ces valeurs : { $choices }
err-choice-km = kilomètres
err-choice-mi = miles
err-arg-date = { $field } : une date au format AAAA-MM-JJ
err-arg-real-date = { $field } : cette date n’existe pas dans le calendrier
err-arg-clock = { $field } : une heure au format HH:MM (sur 24 heures)
err-arg-duration = { $field } : une durée au format H:MM:SS ou MM:SS
err-arg-weeks = { $field } : un nombre entier de 1 à 52
err-arg-timezone = { $field } : une ville (par ex. Paris) ou un fuseau horaire (par ex. Europe/Paris)
err-arg-invalid = { $field } : valeur non valide
err-arg-said = { $field } : { $text }
err-arg-unknown = champs inconnus : { $names }
err-arg-feedback-empty = indique au moins une chose : effort, ressenti ou douleur
err-arg-nothing = rien à changer : envoie au moins un réglage

## Noms des champs
err-field-args = données
err-field-date = date
err-field-new-date = nouvelle date
err-field-race-date = date de la course
err-field-distance = distance
err-field-duration = temps
err-field-goal-time = temps visé
err-field-rpe = effort (1-10)
err-field-feeling = ressenti
err-field-severity = douleur (1-10)
err-field-goal = course objectif
err-field-timezone = fuseau horaire
err-field-morning-time = heure de la séance
err-field-evening-time = heure du point du soir
err-field-days-per-week = jours par semaine
err-field-weekly-km = volume hebdomadaire
err-field-long-run-day = jour de la sortie longue
err-field-max-hr = fréquence cardiaque maximale
err-field-resting-hr = fréquence cardiaque au repos
err-field-lthr-hr = fréquence cardiaque au seuil
err-field-units = unités
err-field-weeks = semaines
err-field-reason = raison

## Fuseaux horaires
err-zone-empty = Écris une ville (Paris) ou un fuseau horaire (Europe/Paris).
err-zone-ambiguous = « { $input } » couvre plusieurs fuseaux horaires : écris ta ville (Chicago) ou le fuseau (America/Chicago).
err-zone-unknown = Je ne sais pas où se trouve « { $input } » : écris une grande ville proche (Paris) ou un fuseau horaire (Europe/Paris).

## API de la Mini App
err-web-bad = { $what ->
    [query] Requête invalide
    [date] Date invalide
    *[body] Données invalides
} : { $issues }
err-web-not-found = introuvable
err-web-rate-limited = Trop de requêtes : attends une minute et réessaie.
err-web-not-started = Tu n’as pas encore commencé avec le coach : envoie d’abord /start au bot dans Telegram.
err-web-rest-day = { $date } : aucune séance prévue, c’est un jour de repos.
err-web-too-large = La requête est trop volumineuse.
err-web-bad-json = Les données ne sont pas du JSON valide.
err-web-utf8 = Envoie du JSON en UTF-8.
err-web-busy = Le coach est occupé un instant ; rien n’a été modifié. Réessaie.
err-web-auth-missing = Ouvre l’app depuis le bot dans Telegram (l’en-tête Authorization avec initData manque).
err-web-auth-malformed = Les données Telegram (initData) sont abîmées.
err-web-auth-forged = La signature des données Telegram (initData) ne correspond pas.
err-web-auth-stale = Les données Telegram sont trop anciennes : ferme l’app et rouvre-la depuis le bot.
err-hr-too-close = Une fréquence cardiaque au repos de { $resting } et une FC max de { $max } sont trop proches : vérifie les deux valeurs.
err-hr-lthr-above-max = Une FC au seuil de { $lthr } ne peut pas être égale ou supérieure à la FC max de { $max } : vérifie les deux valeurs.
