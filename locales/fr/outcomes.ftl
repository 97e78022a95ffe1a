# Résultats des outils : sorties enregistrées, ressentis, déplacements, ajustements, fréquence cardiaque, questions de suivi.

## Confirmations variées (chaque langue écrit les siennes)
out-saved-1 = C’est fait.
out-saved-2 = Bien reçu.
out-saved-3 = C’est réglé.
out-saved-4 = Noté.
out-saved-5 = Mis à jour.
out-saved-6 = Modifié.
out-effort-fits-1 = Exactement là où il faut.
out-effort-fits-2 = Bien : c’est l’effort que le plan demande.
out-effort-fits-3 = Bien dosé. Continue comme ça !
out-effort-fits-4 = Parfait. C’est cette régularité qui construit la forme.
out-effort-fits-5 = Bravo, c’est comme ça qu’un footing doit se sentir.
out-effort-hard-1 = Dur, mais dans ce que prévoit le plan. Garde les jours faciles vraiment faciles.
out-effort-hard-2 = Une séance costaud. Fais le prochain footing vraiment tranquille.
out-effort-hard-3 = Du bon boulot. La récup fait partie de l’entraînement : demain, en douceur.
out-noted-1 = Merci de me le dire
out-noted-2 = Bon à savoir, merci
out-noted-3 = Merci, c’est noté

## Sorties enregistrées
out-run-duplicate = J’avais déjà cette sortie : { $distance } en { $time }.
out-run-logged = Enregistré : { $distance } en { $time } ({ $pace }), { $date }.
out-run-covers = Ça valide <b>{ $title }</b>. ✅ Bravo !
out-run-partial = C’est une partie de <b>{ $title }</b> ({ $planned } prévus) : comptée comme partielle.
out-run-extra-planned = Le plan prévoyait <b>{ $title }</b> ce jour-là ; je compte celle-ci comme une sortie en plus.
out-run-extra = Rien n’était prévu ce jour-là, donc elle compte comme une sortie en plus.
out-adjusted-coming = J’ai ajusté les prochains jours :
out-balanced = Pour garder une semaine équilibrée :
out-more-days = • …et { $n } de plus
out-spike = Attention : { $run }, c’est { $pct } % de plus que ta plus longue sortie des 30 derniers jours ({ $longest }) ; les hausses de plus de 10 % augmentent le risque de blessure{ $eased ->
    [yes] , alors j’ai allégé les prochains jours.
   *[no] ; vas-y doucement les prochains jours.
}

## Ressentis
out-effort = effort { $rpe }/10
out-feeling = ressenti : { $feeling }
out-feeling-noted = ressenti noté
out-feel-great = au top
out-feel-good = bien
out-feel-ok = correct
out-feel-tired = fatigué
out-feel-exhausted = épuisé
out-pain-felt = douleur ({ $location }) { $severity }/10
out-noted = { $noted } : { $details }.
out-noted-effort = Merci, c’est noté : { $details }.
out-stop-running = <b>Arrête de courir dessus pour l’instant.</b> Une douleur de ce niveau, c’est une raison de voir un kiné ou un médecin du sport avant de reprendre. J’ai retiré les sorties des prochains jours de ton plan ; dis-moi quand tu auras consulté et comment ça va.

## Déplacements, séances sautées et ajustements
out-nothing-to-move = Rien à déplacer : le plan est déjà comme ça.
out-the-workout = La séance
out-moved = { $saved } { $workout } passe du { $from } au <b>{ $to }</b>.
out-done = C’est fait.
out-skipped-day = Séance du { $date } sautée. Pas de culpabilité : une séance ne fait ni ne défait un plan.
out-skipped = Sautée.
out-adjust-illness = Soigne-toi bien. D’abord le repos : pas de course avec de la fièvre ou des symptômes dans la poitrine.
out-adjust-injury = Désolé d’apprendre ça. J’ai levé le pied ; si ça fait mal en marchant, ou si ça empire, va voir un kiné.
out-adjust-fatigue = Écouter sa fatigue, c’est s’entraîner intelligemment.
out-adjust-travel = Bon voyage ! J’ai gardé l’essentiel pour les jours que tu as.
out-adjust-busy = Les semaines chargées, ça arrive. J’ai gardé l’essentiel pour les jours que tu as.
out-adjust-other = Plan ajusté.
out-adjust-none = Aucune séance prévue n’a été touchée.
out-no-plan = Pas encore de plan. Dis-moi ta course objectif, ou touche le bouton ci-dessous.
out-nothing-planned = Rien de prévu entre le { $from } et le { $to }.

## Pourquoi un jour a changé
out-days-changed = { $n ->
    [one] { $n } jour modifié
   *[other] { $n } jours modifiés
} : { $clauses }.
out-days-changed-km = { $n ->
    [one] { $n } jour modifié
   *[other] { $n } jours modifiés
} ({ $km }) : { $clauses }.
out-why-missed = marquée comme manquée
out-why-skipped = { $note ->
    [none] sautée
   *[other] sautée ({ $note })
}
out-why-partial = { $km } courus sur { $refKm }
out-why-ran = { $km } courus
out-why-moved-from = { $date ->
    [none] déplacée ici
   *[other] déplacée ici depuis le { $date }
}
out-why-moved-to = { $date ->
    [none] déplacée
   *[other] déplacée au { $date }
}
out-why-swapped = { $date ->
    [none] échangée
   *[other] échangée avec le { $date }
}
out-why-rest-illness = { $value ->
    [one] repos pour { $value } jour de maladie
   *[other] repos pour { $value } jours de maladie
}
out-why-rest-injury = { $value ->
    [one] repos pour { $value } jour de blessure
   *[other] repos pour { $value } jours de blessure
}
out-why-hold-pain = en pause après une douleur à { $value }/10, jusqu’au feu vert médical
out-why-lighter-hard-easy = plus légère après un footing couru à un effort de { $value }/10
out-why-lighter-unplanned = plus légère après une sortie en plus difficile, effort { $value }/10
out-why-lighter-exhausted = plus légère parce que tu te sentais épuisé
out-why-lighter-pain = plus légère le temps que la douleur ({ $value }/10) se calme
out-why-lighter-fatigue = à environ { $value } % le temps de récupérer
out-why-lighter-load = plus légère : tes 7 derniers jours faisaient { $value }× ta charge habituelle
out-why-easing-back = reprise en douceur à environ { $value } %
out-why-return-easy-only = seulement de l’endurance facile les 7 premiers jours de reprise
out-why-return-volume = au plus { $km } sur ces 7 jours de reprise
out-why-return-resume = { $date ->
    [none] de retour dans le plan
   *[other] la course reprend ici (avancée depuis le { $date })
}
out-why-return-paces = allures d’un VDOT de { $value } au lieu de { $ref } après l’arrêt
out-why-busy-moved-to = { $date ->
    [none] déplacée
   *[other] déplacée au { $date }
} { $signal ->
    [travel] pour le voyage
   *[other] pour une période chargée
}
out-why-busy-skipped = sautée { $signal ->
    [travel] pour le voyage
   *[other] pour une période chargée
}
out-why-busy-support = plus longue pour que la sortie longue reste longue
out-why-busy-kept = gardée pour que la sortie longue reste longue
out-why-new-paces = { $ref ->
    [none] allures d’un VDOT de { $value }
   *[other] allures d’un VDOT de { $value } (avant { $ref })
}
out-why-long-time-cap = sortie longue plafonnée à { $km }, soit { $ref } minutes à ton allure facile
out-why-tuneup-recovery = facile pendant { $value } jours après ta course de { $refKm }
out-why-spike-ease = plus légère après ta sortie de { $km }, plus de 10 % au-delà de ta plus longue des 30 jours précédents ({ $refKm })
out-why-spike-cap = limitée à 10 % au-dessus de ta plus longue sortie des 30 derniers jours, { $km }
out-why-week-growth = la semaine limitée à { $refKm }, au plus 10 % au-dessus de tes dernières semaines
out-why-quality-share = la séance limitée à sa part de la semaine
out-why-long-share = la sortie longue limitée à { $value } % de sa semaine
out-why-long-longest = aucune sortie plus longue que la sortie longue

## Questions sur les sorties qui sortent du plan
out-pain-at-rated = la douleur ({ $location }, { $severity }/10)
out-pain-at = la douleur ({ $location })
out-pain-rated = la douleur ({ $severity }/10)
out-pain-any = la douleur
out-checkin-ill = 🤒 Le { $date }, tu m’as dit que tu étais malade. Comment tu te sens maintenant ? Avec juste le nez qui coule, un footing facile passe en général ; avec de la fièvre, des courbatures ou une toux grasse, repose-toi jusqu’à ce que ça passe.
out-checkin-injured = 🩹 Comment était { $pain } pendant cette sortie ? Si ça a fait plus mal pendant ou après, dis-le-moi et je lève le pied.
out-checkin-on-hold = ⚠️ Le { $date }, tu m’as parlé de { $pain }, donc la course est en pause. Ça a fait mal pendant cette sortie ? Repose-toi jusqu’à avoir consulté, et dis-moi ce qu’on t’a dit.
out-checkin-rest-day = Le { $date } était un jour de repos dans ton plan. Une sortie en plus de temps en temps, ça va ; garde-les faciles et courtes, c’est pendant les jours de repos que l’entraînement s’assimile.
out-checkin-skipped = La séance « { $title } » du { $date } était sautée dans ton plan. Cette sortie était-elle facile ? Si tu es de nouveau en forme, dis-le-moi et je remets le plan en place.

## Profil et réglages
out-profile-title = <b>Ton profil</b>
out-profile-times = Fuseau { $zone } · séances à { $morning } · point du soir à { $evening }
out-profile-volume = { $days } jours par semaine · { $distance } par semaine en ce moment · sortie longue le { $day }
out-profile-race = Dernière course : { $race } en { $time }
out-profile-no-race = Pas encore de course récente (donne-m’en une et je règle tes allures).
out-heart-profile = Fréquence cardiaque : { $numbers }
out-race-confirm = Ton { $race } en { $time } est plus lent que ta forme actuelle : ton VDOT passerait de { $before } à { $after } et toutes tes allures ralentiraient. C’était un effort à fond, dans de bonnes conditions (sans chaleur, côtes, maladie ni retenue) ?
out-btn-race-yes = Oui, à fond
out-btn-race-no = Non
out-race-kept = Alors tes allures restent les mêmes : une course dans des conditions difficiles ou pas à fond en dit peu sur ta forme.
out-race-noted = Résultat noté : { $race } en { $time }.
out-race-noted-vdot = Résultat noté : { $race } en { $time } (VDOT { $vdot }).
out-paces-updated = Tes allures sont mises à jour dans tout le plan.
out-timezone-set = Fuseau horaire : { $zone }
out-evening-set = Je te demanderai des nouvelles à { $time }.
out-units-km = Distances en kilomètres.
out-units-mi = Distances en miles.
out-days-set = { $n } jours de course par semaine{ $note }
out-volume-set = Volume actuel : { $distance } par semaine.
out-long-run-day-set = Sortie longue le { $day }{ $note }
out-plan-note-rebuilt = .
out-plan-note-error = {" "}(ton plan actuel reste tel quel : { $error })
out-plan-note-next = {" "}(ton prochain plan en tiendra compte).
out-name-set = Ravi de te rencontrer, { $name } !
out-heart-set = Fréquence cardiaque : { $numbers }.
out-heart-ask-max = Donne-moi aussi ta fréquence cardiaque max (ou au seuil) et je règle tes zones.
out-settings-title = <b>Tes réglages</b>
out-settings-timezone = Fuseau horaire : { $zone }
out-settings-morning = Séance du matin à : { $time }
out-settings-evening = Point du soir à : { $time }
out-settings-units-km = Unités : kilomètres
out-settings-units-mi = Unités : miles
out-settings-days = Jours par semaine : { $n }
out-settings-volume = Volume hebdo actuel : { $distance }
out-settings-long-run-day = Sortie longue le : { $day }
out-settings-hint = Touche pour changer, ou dis-le-moi (<i>je suis à Tokyo</i>, <i>réveille-moi à 6h30</i>).
out-settings-btn-timezone = Fuseau horaire
out-settings-btn-morning = Heure du matin
out-settings-btn-evening = Heure du soir
out-settings-btn-use-mi = Passer en miles
out-settings-btn-use-km = Passer en kilomètres
out-settings-btn-days = Jours par semaine
out-settings-btn-long-run-day = Jour de sortie longue
out-pick-days = Combien de jours par semaine veux-tu courir ?
out-pick-long-run-day = Quel jour te convient pour la sortie longue ?
out-pick-morning = À quelle heure veux-tu recevoir la séance du jour ? Touche une heure ou écris-la (<i>réveille-moi à 6h15</i>).
out-pick-evening = À quelle heure je te demande comment s’est passée ta sortie ? Touche une heure ou écris-la (<i>demande-moi à 21h</i>).
out-pick-timezone = Où es-tu ? Touche un fuseau ou donne-moi ta ville (<i>je suis à Lisbonne</i>).
out-pick-other = Touche un réglage dans /settings pour le modifier.

## Fréquence cardiaque
out-hr-max = max { $n }
out-hr-resting = repos { $n }
out-hr-threshold = seuil { $n }
out-hr-bpm = { $list } bpm
out-hr-zones-by = Zones cardiaques, selon { $method } :
out-hr-method-friel = les zones de Friel à partir de ta FC au seuil
out-hr-method-karvonen = la réserve cardiaque (Karvonen) à partir de ta FC max et de repos
out-hr-method-max = un pourcentage de ta FC max (Daniels)
out-hr-zone-recovery = Récupération
out-hr-zone-easy = Footing et sortie longue
out-hr-zone-marathon = Allure marathon
out-hr-zone-threshold = Seuil
out-hr-zone-intervals = Fractionné
out-hr-zone = { $name } : { $min }–{ $max } bpm

## Changements du plan
out-week-this = Cette semaine : { $before } → { $after }
out-week-next = la semaine prochaine : { $before } → { $after }
out-what-race-day = la course est maintenant le { $date } ({ $weeks ->
    [one] dans { $weeks } semaine
   *[other] dans { $weeks } semaines
})
out-what-goal-time = temps visé { $time }
out-what-no-goal-time = pas de temps visé : les allures suivent ta forme
out-what-days = { $n } jours de course par semaine
out-what-long-run-day = sortie longue le { $day }
out-what-weekly = le volume hebdo que tu cours maintenant
out-plan-rebuilt = C’est fait : { $what }. J’ai reconstruit ton plan à partir d’aujourd’hui ; tout ce qui précède reste comme avant.
out-return-as-is = Content de l’apprendre ! Ton plan continue tel quel.
out-return = Excellente nouvelle, bon retour ! On reprend en douceur : { $first } d’endurance facile sur les 7 prochains jours, au plus la moitié de ta dernière semaine complète avant l’arrêt ({ $ref }), puis { $second } sur les 7 suivants{ $paces }. Arrête-toi et préviens-moi si la douleur revient.
out-return-paces = , avec des allures d’environ { $loss } points de VDOT plus faciles après l’arrêt
out-restored = De retour dans le plan : { $date }, { $title } ({ $distance }).
out-restored-moved-back = Elle avait été déplacée au { $date } quand tu l’as sautée ; ce jour-là est de nouveau libre.
out-restored-as-easy = Elle revient en footing facile : le jour d’à côté est déjà une séance dure.
out-kind-morning = les messages de séance du matin
out-kind-evening = les points du soir
out-kind-weekly = les bilans de la semaine
out-messages-paused = En pause : { $list }. Ton plan est toujours là (/today, /week) ; dis <i>{ $kind ->
    [morning] reprends les messages du matin
    [evening] reprends les points du soir
    [weekly] reprends les bilans de la semaine
   *[other] reprends mes messages
}</i> pour les retrouver.
out-messages-back = De retour : { $list }.
