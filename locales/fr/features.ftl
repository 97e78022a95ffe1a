# Fonctions du bot (zone de 17f) : commandes, boutons, tes données, vocaux et photos, montre et fichiers, excuses et
# les petits mots du coach hors ligne. Textes en HTML Telegram.

## Notifications des boutons
feat-toast-start-first = Envoie d’abord /start, puis réessaie.
feat-toast-expired-today = Ce bouton a expiré. Envoie /today pour en avoir de nouveaux.
feat-toast-option-expired = Ce choix a expiré ; rouvre /settings.
feat-toast-saved = Enregistré
feat-toast-not-saved = Pas enregistré
feat-toast-fit-sending = J’envoie le fichier de la séance…
feat-toast-calendar-renewed = Nouveau lien créé ; l’ancien ne marche plus.
feat-in-words = Dis-le-moi avec tes mots : comment tu t’es senti, c’était dur à combien (1–10), une douleur ?

## Texte et commandes inconnues
feat-unknown-command = Je ne connais pas la commande { $name }. Essaie /today, /week, /plan, /log, /settings ou /help, ou écris-moi simplement.
feat-too-long = C’est un long message ({ $length } caractères). Tu peux le dire en moins de { $max } ? Une ou deux phrases suffisent.

## /strava
feat-strava-not-set-up = Strava n’est pas encore configuré sur ce coach. En attendant, raconte-moi tes sorties avec tes mots (<i>couru 8 km en 42:30</i>) ou utilise /log.
feat-strava-connected = Strava est connecté (athlète { $athlete }). Tes sorties arrivent ici toutes seules.
feat-btn-strava-disconnect = Déconnecter Strava
feat-strava-connect = Connecte Strava et tes sorties apparaîtront ici quelques secondes après leur enregistrement. Le lien n’est valable que pour toi et pendant 15 minutes.
feat-btn-strava-connect = Connecter Strava
feat-strava-disconnected = Strava est déconnecté, et toutes les activités Strava que j’avais sont supprimées.

## /export et /delete
feat-export-nothing = Je n’ai encore aucune donnée sur toi. Envoie /start pour commencer.
feat-export-intro = Tout ce que je garde sur toi, en JSON.
feat-export-caption = Tout ce que je garde sur toi : réglages, plan, sorties et ressentis (JSON).
feat-delete-nothing = Je n’ai aucune donnée sur toi à supprimer.
feat-delete-confirm =
    <b>Tout supprimer ?</b>
    Tes réglages, ton plan, tes sorties, tes ressentis, notre conversation et le lien Strava disparaîtront pour de bon. C’est irréversible.
feat-btn-delete-yes = Oui, tout supprimer
feat-btn-delete-no = Garder mes données
feat-delete-kept = Rien n’a été supprimé.
feat-delete-gone-already = Il ne restait rien à supprimer.
feat-delete-done = C’est fait : tout ce que j’avais sur toi est supprimé. Envoie /start si tu veux un jour reprendre l’entraînement.

## Vocaux et photos
feat-type-it-voice = Tu peux plutôt l’écrire ? Par exemple : <i>couru 8 km en 44 min, jambes lourdes</i>.
feat-type-it-photo = Tu peux plutôt écrire ta sortie ? Par exemple : <i>10,2 km en 52:30 aujourd’hui</i>.
feat-needs-gemini-voice = Je ne peux écouter les vocaux que si le coach Gemini est activé ici.
feat-needs-gemini-photo = Je ne peux lire les photos que si le coach Gemini est activé ici.
feat-not-understood-voice = Désolé, je n’ai pas pu écouter ce vocal pour l’instant.
feat-not-understood-photo = Désolé, je n’ai pas pu lire cette photo pour l’instant.
feat-voice-too-long = Ce vocal dure { $length } ; j’écoute jusqu’à { $max ->
    [one] une minute
   *[other] { $max } minutes
}. Tu peux en envoyer un plus court, ou l’écrire ?
feat-file-too-big = Ce fichier fait { $size } Mo ; Telegram me laisse télécharger jusqu’à { $max } Mo.
feat-file-too-big-unknown = Ce fichier est trop lourd : Telegram me laisse télécharger jusqu’à { $max } Mo.
feat-fetch-failed-voice = Je n’ai pas pu télécharger ce vocal depuis Telegram. Renvoie-le, ou écris-le.
feat-fetch-failed-photo = Je n’ai pas pu télécharger cette photo depuis Telegram. Renvoie-la, ou écris-le.
feat-audio-unsupported = Je ne sais pas lire ce format audio{ $type ->
    [none] {""}
   *[other] {" "}({ $type })
}. Envoie plutôt un vocal, ou écris-le.
feat-photo-proposal = D’après ta photo : j’enregistre <b>{ $distance } en { $time }</b> { $when } ?
feat-when-today = aujourd’hui
feat-when-yesterday = hier
feat-when-on = le { $date }
feat-btn-photo-log = ✅ Enregistrer
feat-btn-photo-change = ✏️ Modifier
feat-btn-photo-cancel = ✖️ Annuler
feat-no-run-in-photo = Je ne trouve ni distance ni temps de course sur cette photo. Envoie une photo de l’écran récapitulatif de ta montre, du tapis ou de l’appli, ou écris simplement : <i>10 km en 52:30</i>.
feat-photo-change = Donne-moi les bons chiffres avec tes mots, par ex. <i>10,2 km en 52:30 hier</i>, et je l’enregistre.
feat-photo-cancelled = D’accord, rien d’enregistré.
feat-other-message-media = Je ne sais pas lire ce genre de message. Raconte-moi ta sortie par écrit ou en vocal, ou envoie une photo du récapitulatif de ta montre.
feat-other-message-text = Pour l’instant je ne lis que le texte. Raconte-moi ta sortie avec des mots, par ex. <i>couru 8 km en 42:30, bonnes sensations</i>.

## Montre, calendrier, intervals.icu et fichiers d’activité
feat-fit-how-to = Garmin : copie-le par USB dans le dossier <code>GARMIN/NewFiles</code> de la montre, ou importe-le sur intervals.icu (/intervals y garde ton plan). COROS et Wahoo : importe-le dans leur appli.
feat-fit-nothing-on = Rien de prévu le { $date } : jour de repos, donc pas de fichier de séance.
feat-fit-next = Prochaine séance : { $workout }. Envoie /fit { $iso } pour son fichier.
feat-fit-no-plan = Tu n’as pas encore de plan, donc pas de séance à envoyer à ta montre. Envoie /setup pour en créer un.
feat-fit-bad-date = Je n’arrive pas à lire cette date. Essaie <code>/fit</code> (aujourd’hui ou la prochaine séance) ou <code>/fit 2026-12-24</code>.
feat-calendar-new = Voici ton nouveau lien de calendrier ; l’ancien ne fonctionne plus.
feat-calendar-intro = Ton calendrier d’entraînement : abonne-toi à ce lien dans Google Agenda, Apple Calendrier ou Outlook, et tes séances et ta course y apparaissent, mises à jour quand le plan change.
feat-calendar-private = Le lien est privé : quiconque l’a peut voir ton plan. Renouvelle-le si tu l’as partagé par erreur.
feat-btn-calendar-renew = 🔄 Renouveler le lien
feat-calendar-no-plan = Tu n’as pas encore de plan : le calendrier se remplira dès que tu en crées un avec /setup.
feat-intervals-not-set-up = intervals.icu n’est pas configuré sur ce coach : l’administrateur doit définir APP_SECRET pour que ta clé API soit stockée chiffrée.
feat-intervals-ask =
    intervals.icu met ton plan sur les montres Garmin, COROS, Suunto, Wahoo et Polar. Pour le connecter, envoie-moi ton <b>identifiant d’athlète</b> et ta <b>clé API</b> dans un seul message, comme ceci :

    <code>i123456 5x8abc...</code>

    Tu trouves les deux sur intervals.icu dans Settings → Developer Settings. J’efface ton message dès que je l’ai lu et je garde la clé chiffrée. Envoie /cancel pour arrêter.
feat-intervals-connected = ✅ intervals.icu est connecté (athlète { $athlete }). { $events ->
    [0] {""}
    [one] J’ai mis une séance dans ton calendrier ;{" "}
   *[other] J’ai mis { $events } séances dans ton calendrier ;{" "}
}je les tiens à jour à chaque changement du plan. /intervals off le déconnecte.
feat-intervals-status = intervals.icu est connecté (athlète { $athlete }) : les séances de ton plan à partir d’aujourd’hui sont dans son calendrier.
feat-btn-intervals-disconnect = Déconnecter intervals.icu
feat-intervals-refused = intervals.icu n’a pas accepté cet identifiant d’athlète et cette clé API. Vérifie les deux dans Settings → Developer Settings et renvoie-les (ou /cancel).
feat-intervals-unavailable = Je n’arrive pas à joindre intervals.icu pour l’instant ; rien n’a été enregistré. Réessaie /intervals dans quelques minutes.
feat-intervals-unreadable = Il me faut l’identifiant d’athlète (comme <code>i123456</code>) et la clé API, séparés par une espace. Renvoie-les, ou /cancel.
feat-intervals-disconnected = intervals.icu est déconnecté{ $removed ->
    [0] {""}
    [one] {" "}et la séance que j’y avais mise est retirée
   *[other] {" "}et les { $removed } séances que j’y avais mises sont retirées
}. Ta clé est supprimée.
feat-intervals-disconnected-unreachable = intervals.icu est déconnecté et ta clé supprimée, mais je n’ai pas pu le joindre pour retirer les séances prévues : supprime-les là-bas si tu veux.
feat-intervals-not-connected = intervals.icu n’est pas connecté.
feat-intervals-cancelled = D’accord, intervals.icu n’est pas connecté.
feat-file-unsupported = Je lis les fichiers d’activité de ta montre ou de ton appli : <b>.fit</b>, <b>.gpx</b> ou <b>.tcx</b>. Envoie l’un de ceux-là, ou raconte-moi ta sortie avec des mots (<i>couru 8 km en 42:30</i>).
feat-file-unsupported-media = Je lis les fichiers d’activité de ta montre ou de ton appli (<b>.fit</b>, <b>.gpx</b> ou <b>.tcx</b>). Envoie l’un de ceux-là, raconte-moi ta sortie par écrit ou en vocal, ou envoie une photo du récapitulatif de ta montre.
feat-file-empty = Ce fichier ne contient aucune activité (ni tours ni points de trace), donc je n’ai rien enregistré.
feat-file-corrupt = Je n’ai pas pu lire ce fichier : il semble abîmé ou n’est pas ce que son nom indique. Rien n’a été enregistré.
feat-file-not-running = Ce fichier n’est pas une course à pied, donc je ne l’ai pas enregistré. Je ne compte que la course.
# The device names the sport in English (cycling, Biking): it is not shown in this language.
feat-file-sport = { $sport ->
   *[other] {""}
}Ce fichier n’est pas une course à pied, donc je ne l’ai pas enregistré. Je ne compte que la course.
feat-file-no-distance = Cette activité n’a presque ni distance ni durée, donc je ne l’ai pas enregistrée.
feat-file-too-big-activity = Ce fichier dépasse 20 Mo, plus que ce que Telegram me laisse télécharger. Exporte à nouveau l’activité (un .fit est en général bien plus léger).
feat-file-download = Je n’ai pas pu télécharger ce fichier depuis Telegram pour l’instant. Renvoie-le dans une minute ; rien n’a été enregistré.
feat-file-future = Cette activité est datée dans le futur, donc je ne l’ai pas enregistrée. Vérifie l’horloge de l’appareil qui l’a enregistrée.
feat-file-too-fast = D’après ce fichier, tu as couru plus vite que le record du monde, donc je ne l’ai pas enregistré : vérifie que c’est bien une course à pied.

## Excuses
feat-apology-error = Désolé, quelque chose a coincé de mon côté et je n’ai pas pu finir. Réessaie dans un instant.
feat-apology-busy = Désolé, ma base de données est occupée depuis plusieurs minutes, je n’ai pas pu l’enregistrer. Renvoie-le un peu plus tard.
feat-apology-read-only = Désolé, je n’ai pas pu l’enregistrer : mon stockage est en lecture seule pour l’instant. Renvoie-le plus tard.
feat-apology-disk-full = Désolé, je n’ai pas pu l’enregistrer : mon stockage est plein pour l’instant. Renvoie-le plus tard.
feat-apology-io = Désolé, je n’ai pas pu l’enregistrer : mon stockage a des soucis pour l’instant. Renvoie-le plus tard.
feat-toast-failed = Désolé, ça n’a pas marché. Tu réessaies ?
feat-toast-private-only = Ouvre une discussion privée avec moi pour utiliser ceci.

## Le coach hors ligne et le dialogue
feat-greeting = Salut ! 👋 Je suis prêt quand tu veux.
feat-thanks = Avec plaisir ! Bonne course. 🏃
feat-not-understood = Je n’ai pas bien compris. Je comprends des choses comme :
feat-example-log = couru 10 km en 52:30, super sensations
feat-example-feel = jambes lourdes, 8/10
feat-example-move = décale la sortie de demain à vendredi
feat-example-sick = je suis malade, pas de course pendant 3 jours
feat-example-plan = semi-marathon le 14 mars, 4 jours par semaine
feat-btn-log-run = Enregistrer une sortie
feat-btn-what-can-you-do = Que sais-tu faire ?

## Déplacer une séance
feat-move-gone = Cette séance ne peut plus être déplacée. Envoie /week pour voir le plan.
feat-move-no-day = Il ne reste aucun autre jour cette semaine pour la déplacer. Tu peux la sauter à la place.
feat-move-which-day = Déplacer <b>{ $title }</b> à quel jour ?
