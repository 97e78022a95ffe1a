# La compréhension du coach hors ligne (zone 17h, src/coach/offline/understand) : indices quand un message ne peut
# pas être appliqué, et les hypothèses qu'il annonce. Texte brut ; exemples tels qu'un coureur les tape.


## Hints
und-hint-times = Les heures s'écrivent ainsi : 6:30, 7h ou 21:00.
und-hint-zone-country = Ce pays a plusieurs fuseaux horaires : dans quelle ville es-tu ?
und-hint-zone = Donne-moi une ville ou un fuseau horaire, par ex. « je suis à Paris » ou « fuseau horaire Europe/Paris ».
und-hint-zone-unknown = Je ne sais pas encore où se trouve { $place }. Donne-moi une grande ville proche ou un fuseau comme « fuseau horaire America/Montreal ».
und-hint-heart-rate = Une fréquence cardiaque de { $bpm } bpm n'est pas plausible ici ({ $min }–{ $max }) : vérifie le chiffre.
und-hint-days-per-week = Les plans comptent de 2 à 7 jours de course par semaine.
und-hint-weekly-km = Le volume hebdo doit être entre 0 et 300 km.
und-hint-race-passed = Cette date de course est déjà passée : quand a lieu la course ?
und-hint-rpe = Le RPE est une note de 1 (très facile) à 10 (à bloc), par ex. « effort 7 » ou « 7/10 ».
und-hint-pain = La douleur se note de 1 à 10, par ex. « j'ai mal au genou, 6/10 ».
und-hint-duration = Cette durée semble bizarre : par ex. « 52:30 » ou « 1:45:00 ».
und-hint-distance = Cette distance semble bizarre : par ex. « 10 km » ou « 6 miles ».
und-hint-future-run = Cette date est dans le futur : enregistre ta sortie une fois qu'elle est faite.
und-hint-unreadable = Je n'ai pas tout compris : essaie une phrase plus courte, comme dans les exemples.
und-hint-long-message = Ton message est long : envoie une phrase courte à la fois, par ex. « j'ai couru 10 km en 52:30 ».
und-hint-goal-time = Ce chrono visé ne colle pas à la distance : essaie par ex. « je veux courir le marathon en 4 heures » ou « je veux la courir en 1:45:00 ».
und-hint-span-days = Je peux prévoir de 1 à 28 jours : dis-moi par ex. « malade, 4 jours ».
und-hint-race-day-of-month = Quel jour de ce mois a lieu la course ? Par ex. « date de la course : 11 avril ».
und-hint-change-race = Pour changer de course, donne-moi la course et sa date, par ex. « semi-marathon le 21 mars » : je te ferai un nouveau plan.
und-hint-move-to = À quel jour la déplacer ? Par ex. « déplace la sortie de demain à vendredi ».
und-hint-move-from = Elle est prévue quel jour ? Par ex. « déplace le tempo de jeudi à vendredi ».
und-hint-same-day = C'est le même jour : à quel jour la déplacer ?

## Questions
und-ask-race-date = C'est quand, la course ? Par ex. « { $goal ->
        [five] 5 km
        [ten] 10 km
        [half] semi-marathon
       *[marathon] marathon
    } le 14 mars ».
und-ask-pain = Où as-tu mal, et à quel point de 1 à 10 ? Par ex. « j'ai mal au genou, 6/10 ».
und-ask-distance = Tu as couru combien ? Par ex. « 8 km ».
und-ask-duration = En combien de temps ? Par ex. « 45 minutes » ou « 52:30 ».

## Guesses
und-note-race-day = Jour de course supposé : { $day } (le premier dimanche du mois) ; donne-moi la date exacte pour la changer.
und-note-illness-days = J'ai compté { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ; dis-moi si ça dure plus longtemps.
und-note-travel-days = J'ai compté { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ; dis-moi combien de temps tu pars.
und-note-moving-today = Je déplace la séance d'aujourd'hui.
und-note-moved-one-day = Décalée d'un jour.
und-note-picked-days = J'ai choisi { $weekdays } pour { $n ->
        [one] le seul jour
       *[other] les { $n } jours
    } où tu peux courir ; nomme les jours pour les changer.
und-note-picked-none = Aucun jour choisi ; dis-moi quels jours tu peux courir.
