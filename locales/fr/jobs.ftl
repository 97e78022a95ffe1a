# Messages du matin, du soir et du dimanche, graphique de la semaine, Strava, agenda (domaine de l’ingénieur 17j).

## Matin
morning-hello = Bonjour{ $name ->
    [none] {""}
   *[other] , { $name }
} ! ☀️

## Bilan du soir
evening-title = <b>Alors, ça s’est passé comment ?</b>
evening-invite = Touche un bouton ci-dessous, ou raconte-moi simplement, par exemple <i>« 8 km en 45 min, facile »</i> ou <i>« sautée, trop fatigué »</i>.
evening-btn-done = ✅ Fait
evening-btn-skipped = ⏭ Sauté

## Bilan du dimanche
weekly-title = <b>Ta semaine, du { $from } au { $to }</b>
weekly-distance = Prévu { $planned } · fait { $done }
weekly-distance-pct = Prévu { $planned } · fait { $done } ({ $pct })
weekly-workouts = Séances faites : { $done } sur { $planned }
weekly-workouts-skipped = Séances faites : { $done } sur { $planned }, sautées : { $skipped }
weekly-load = Charge { $load } (RPE de séance × minutes), { $trend }.
weekly-load-first = première semaine avec une charge enregistrée
weekly-load-none = aucune charge enregistrée
weekly-load-steady = stable par rapport à la semaine dernière ({ $change })
weekly-load-up = ▲ { $change } par rapport à la semaine dernière
weekly-load-down = ▼ { $change } par rapport à la semaine dernière
weekly-acwr = Aiguë:chronique { $ratio }, { $note }.
weekly-acwr-spike = forte hausse : garde les prochains jours faciles
weekly-acwr-low = en dessous de ton habitude : très bien pour une semaine plus légère
weekly-acwr-ok = dans la zone confortable
weekly-verdict-none = Une semaine sans sortie prévue.
weekly-verdict-over = Plus que prévu : la semaine prochaine, garde les footings vraiment faciles.
weekly-verdict-on = Pile dans le plan. 👏
weekly-verdict-solid = Une belle semaine.
weekly-verdict-light = Moins que prévu. Ça arrive ; le plan continue à partir d’ici, inutile de rattraper quoi que ce soit.
weekly-next-none = <b>La semaine prochaine</b> : rien de prévu. Dis-moi ton prochain objectif quand tu veux !
weekly-next = <b>La semaine prochaine</b> ({ $size })
weekly-next-phase = <b>La semaine prochaine</b> ({ $phase }, { $size })
weekly-phase-base = phase de fondation
weekly-phase-build = phase de développement
weekly-phase-peak = phase de pic
weekly-phase-taper = affûtage
weekly-phase-race = semaine de course
weekly-caption = <b>Semaine du { $date }</b> : { $done } sur { $planned } prévus

## Graphique du dimanche
chart-title = Kilométrage hebdomadaire : fait et prévu ({ $unit })
chart-subtitle = { $back ->
    [one] La dernière semaine
   *[other] Les { $back } dernières semaines
} et les { $ahead } suivantes ; cette semaine en surbrillance
chart-plan = Prévu
chart-done = Fait

## Strava dans le chat
strava-run-title = 🏃 <b>Sortie Strava</b> · { $date }
strava-run-done = Fait : { $distance } en { $time }
strava-run-done-pace = Fait : { $distance } en { $time } ({ $pace })
strava-run-planned = Prévu : { $title }, { $distance }
strava-run-match-done = ✅ La séance est faite.
strava-run-match-partial = ◐ Une partie de la distance prévue : comptée comme faite en partie.
strava-run-match-extra = Comptée comme sortie en plus.
strava-run-unplanned = Rien n’était prévu ce jour-là : comptée comme sortie en plus.
strava-run-feel = <b>Tu l’as sentie comment ?</b>
strava-connected = ✅ <b>Strava est connecté.</b>
strava-connected-athlete = ✅ <b>Strava est connecté</b> ({ $athlete }).
strava-replaced = Le compte Strava lié auparavant est délié, et ses activités ici sont supprimées.
strava-connected-body =
    Les sorties que tu enregistres sur Strava arrivent maintenant ici en quelques secondes, rapprochées de ton plan, et je te demanderai comment elles se sont passées.
    Envoie /strava pour vérifier la connexion ou la couper.
strava-confirm =
    Lier le compte Strava de <b>{ $athlete }</b> à ce chat ?
    Ses sorties arriveront ici. Si tu ne viens pas de connecter Strava toi-même, touche Non.
strava-btn-yes = Oui, lier
strava-btn-no = Non
strava-declined = Pas lié. Rien de ce compte Strava n’arrivera dans ce chat. Envoie /strava pour te connecter.
strava-expired = Cette question a expiré, donc rien n’a été lié. Envoie /strava pour un nouveau lien.
strava-taken = Ce compte Strava est déjà connecté à un autre chat runcoach, donc rien n’a été lié.
strava-full =
    Désolé, ce coach est déjà connecté à autant de comptes Strava que Strava le permet pour l’instant ({ $limit }).
    Raconte-moi tes sorties avec tes mots (<i>couru 8 km en 42:30</i>) ou utilise /log ; si tu as besoin de Strava, demande à la personne qui gère ce coach.
strava-btn-retry = Reconnecter Strava
strava-denied =
    Strava n’est <b>pas</b> connecté : l’accès n’a pas été autorisé sur la page Strava.
    Si c’était une erreur, touche le bouton ci-dessous pour réessayer (le lien marche 15 minutes), ou envoie /strava plus tard.
strava-missing-scope =
    Strava n’est <b>pas</b> connecté : l’autorisation de lire tes activités était décochée, donc je ne pouvais pas voir tes sorties.
    Touche le bouton ci-dessous et laisse <i>View data about your activities</i> coché (le lien marche 15 minutes), ou envoie /strava plus tard.
strava-deauthorized =
    L’accès de runcoach a été retiré sur Strava.
    J’ai supprimé tes jetons Strava et { $runs ->
        [one] { $runs } activité Strava
       *[other] les { $runs } activités Strava
    } que j’avais ; les jours de ton plan sont redevenus comme avant.
    Envoie /strava pour te reconnecter.

## Pages Strava dans le navigateur
strava-page-connected-title = Strava est connecté
strava-page-connected = Tes sorties vont maintenant apparaître dans le chat avec ton coach. Tu peux fermer cet onglet et revenir sur Telegram.
strava-page-not-connected-title = Strava n’a pas été connecté
strava-page-denied =
    L’accès n’a pas été autorisé sur la page Strava, donc rien n’a été lié.

    Pour réessayer, utilise le bouton dans le chat ou envoie /strava à ton coach.
strava-page-missing-scope =
    L’autorisation de lire tes activités était décochée, donc ton coach ne pouvait pas voir tes sorties.

    Réessaie depuis le chat (ou envoie /strava) et laisse « View data about your activities » coché.
strava-page-confirm-title = Presque fini
strava-page-confirm =
    Reviens sur Telegram et confirme là-bas : ton coach te demande s’il faut lier le compte Strava de { $athlete }.

    Rien n’est lié tant que tu n’as pas touché Oui dans le chat.
strava-page-other-browser-title = Ce lien ne marche pas ici
strava-page-other-browser =
    La page Strava a été ouverte depuis un lien lancé dans un autre navigateur, donc rien n’a été lié.

    Si tu connectes ton propre Strava, envoie /strava à ton coach et ouvre le lien dans ce navigateur ; si quelqu’un t’a envoyé ce lien, ignore-le.
strava-page-full =
    Ce coach est déjà connecté à autant de comptes Strava que Strava le permet.

    Rien n’a été lié. Ton coach t’explique tout dans le chat.
strava-page-bad-link-title = Ce lien ne marche pas
strava-page-link-expired = Le lien a expiré : les liens marchent 15 minutes.
strava-page-link-used = Le lien a déjà servi : chaque lien ne marche qu’une fois.
strava-page-link-invalid = Le lien n’est pas valide.
strava-page-fresh-link = Envoie /strava à ton coach dans Telegram pour en avoir un nouveau.
strava-page-already-linked =
    Ce compte Strava est déjà connecté à un autre chat runcoach.

    Déconnecte-le d’abord là-bas (envoie /strava dans ce chat-là), puis réessaie.
strava-page-failed-title = Impossible de joindre Strava
strava-page-failed = Un problème est survenu en parlant à Strava. Réessaie dans une minute : envoie /strava à ton coach.

## Agenda
calendar-name = runcoach · { $goal } { $date }
calendar-goal-5k = 5 km
calendar-goal-10k = 10 km
calendar-goal-half = Semi-marathon
calendar-goal-marathon = Marathon
calendar-category-race = Course
calendar-category-training = Entraînement
