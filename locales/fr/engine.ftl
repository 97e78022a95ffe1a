# Les codes du moteur d’entraînement en mots (src/coach/replies/engine-words.ts).

## Un jour modifié.
eng-brief-rest = repos
eng-brief = { $title } { $distance }
eng-brief-skipped = { $title } sautée
eng-change = { $from } → { $to }
eng-change-new = désormais { $to }
eng-change-skipped = sautée
eng-change-status = { $title } : { $status ->
    [skipped] sautée
    [missed] manquée
    [partial] faite en partie
    [done] faite
   *[planned] prévue
  }

## Conseils qui accompagnent un changement.
eng-advice-load-unknown = Pas encore assez d’historique pour juger ta charge.
eng-advice-load-balanced = Ta charge est équilibrée (ratio { $ratio }).
eng-advice-load-spike = Ta charge récente a fait un bond (ratio 7 jours / 28 jours de { $ratio }, au-dessus de { $limit }) ; la semaine qui vient est allégée pour que le corps récupère.
eng-advice-moved = { $title } passe au { $date }.
eng-advice-busy-kept = { $travel ->
    [yes] Pendant ton voyage,
   *[no] Pendant cette période chargée,
  } le plan garde la sortie longue et une séance de qualité là où tes jours le permettent ; le reste saute.
eng-advice-busy-kept-proportion = { $travel ->
    [yes] Pendant ton voyage,
   *[no] Pendant cette période chargée,
  } le plan garde la sortie longue et une séance de qualité là où tes jours le permettent, plus un footing pour que la sortie longue reste proportionnée à la semaine ; le reste saute.
eng-advice-busy-break = Aucune course ne rentre ces jours-là ; profite de la pause, le plan reprend le { $date }.
eng-advice-busy-break-long = Aucune course ne rentre ces jours-là ; profite de la pause. Le plan reprend le { $date } : la première semaine, footing à environ la moitié de ta dernière semaine complète, la deuxième à environ trois quarts.
eng-advice-illness = Repos jusqu’au { $date }. Ne reprends qu’après une journée sans fièvre ; ensuite le plan reprend en douceur, à environ { $factor } %.
eng-advice-illness-long = Repos jusqu’au { $date }. Ne reprends qu’après une journée sans fièvre ; la première semaine, footing à environ la moitié de ta dernière semaine complète, la deuxième à environ trois quarts.
eng-advice-injury = Repos jusqu’au { $date } ; fais examiner la blessure par un médecin ou un kiné avant de recourir, je ne peux pas poser de diagnostic. Ensuite le plan reprend en douceur, à environ { $factor } %.
eng-advice-injury-long = Repos jusqu’au { $date } ; fais examiner la blessure par un médecin ou un kiné avant de recourir, je ne peux pas poser de diagnostic. La première semaine, footing à environ la moitié de ta dernière semaine complète, la deuxième à environ trois quarts.
eng-advice-missed-easy = Pas de souci : un footing manqué, on le laisse filer.
eng-advice-missed-moved = { $title } passe au { $date }.
eng-advice-missed-moved-instead = { $title } passe au { $date }, à la place de : { $other }.
eng-advice-missed-dropped = { $title } saute cette semaine : plus aucun jour libre sans enchaîner deux jours durs. Inutile de forcer ; le plan continue.
eng-advice-partial = Ce qui est fait compte : continue le plan.
eng-advice-race-slower = Ton résultat sur { $distance } en { $time } est plus lent que ta forme actuelle (VDOT { $vdot } contre { $before }).
eng-advice-race-paces = Ton résultat sur { $distance } en { $time } donne un VDOT de { $vdot } ; allures mises à jour. Prévision { $goal } : { $predicted }.
eng-advice-race-paces-was = Ton résultat sur { $distance } en { $time } donne un VDOT de { $vdot } (avant { $before }) ; allures mises à jour. Prévision { $goal } : { $predicted }.
eng-advice-pain-stop = Une douleur de { $severity }/10 ({ $location }) est un signal pour arrêter de courir pour l’instant. Fais-la examiner par un médecin ou un kiné avant de reprendre ; je ne peux pas savoir ce que c’est, et courir avec peut l’aggraver. La course est en pause jusqu’à ton feu vert ; préviens-moi alors et on reconstruit en douceur.
eng-advice-noted = Noté, merci. Continue comme ça !
eng-advice-noted-tough = Noté : une dure. Les jours faciles restent faciles.
eng-advice-lighter-pain = Les prochains jours sont allégés. Si la douleur ({ $location }) dure plus de quelques jours, empire ou change ta foulée, va voir un kiné ou un médecin.
eng-advice-lighter-exhausted = Les prochains jours sont allégés. Dors, mange bien, et dis-moi comment tu te sens après la prochaine sortie.
eng-advice-lighter-unplanned = Noté : une sortie dure un jour de repos. Les prochains jours sont un peu plus faciles pour l’assimiler.
eng-advice-lighter-hard-easy = Un footing ne devrait pas sembler si dur ; les prochains jours sont allégés. La chaleur, le sommeil, le stress ou un rhume peuvent jouer.
eng-advice-fatigue = Des jours plus faciles jusqu’au { $date } : dors, mange bien, et dis-moi comment se passe la prochaine sortie.

## Pourquoi rien n’a changé.
eng-refused-no-workout = Aucune séance prévue le { $date }.
eng-refused-race-not-skipped = La course elle-même ne se saute pas ici : change plutôt l’objectif ou la date de course.
eng-refused-same-day = Elle est déjà ce jour-là.
eng-refused-past-day = Les jours passés restent tels quels ; choisis un jour à partir d’aujourd’hui.
eng-refused-race-fixed = La date de course est fixe ; pour la changer, crée un nouveau plan avec la nouvelle date.
eng-refused-after-race = Les séances restent avant le jour de la course.
eng-refused-other-week = { $title } ne peut bouger que dans sa semaine (à partir du { $date }), pour que la charge de la semaine reste sûre.
eng-refused-day-taken = Le { $date } a déjà une sortie enregistrée.
eng-refused-back-to-back = Ça mettrait { $title } ({ $date }) juste à côté de { $other } ({ $otherDate }) : jamais deux jours durs d’affilée.
eng-refused-days-past = Ces jours sont déjà passés.
eng-refused-race-implausible = { $distance } en { $time }, ça ne colle pas ; vérifie le temps.
eng-refused-race-future = La course du { $date } n’a pas encore eu lieu.
eng-refused-race-stale = Un résultat du { $date } date de plus de 8 semaines : il ne dit plus où en est ta forme, les allures restent.

## Avertissements du plan.
eng-warn-low-volume = Tu cours moins de { $km } par semaine en ce moment ; le plan part de { $km }. Marcher par moments, c’est très bien.
eng-warn-per-run = { $weekly } sur { $days } jours, c’est environ { $perRun } par sortie, bien au-delà des { $max } par sortie de la plupart des plans ; plus de jours de course répartiraient ça sans risque.
eng-warn-time-cap = À ton allure facile, la limite de { $time } de la sortie longue permet { $longest }, la plus longue sortie du plan ; pour un objectif { $goal }, on vise en général environ { $ready }. La limite vaut pour n’importe quelle date : une course plus tardive ne l’allongerait pas.
eng-warn-build-short = Depuis { $weekly } par semaine, la sortie longue ne peut monter sans risque qu’à { $longest } d’ici le { $date } ; un objectif { $goal } demande environ { $ready }.
eng-warn-option-shorter = { $goal } le { $date }
eng-warn-option-later = { $goal } à partir du { $date } ({ $weeks } semaines d’entraînement)
eng-warn-works-one = Ce qui marcherait : { $first }.
eng-warn-works-two = Ce qui marcherait : { $first }, ou { $second }.
eng-warn-build-first = Augmente d’abord ton volume hebdomadaire.
eng-warn-limited = Si tu gardes cette course, le plan limite le travail dur à une courte séance par semaine et garde les sorties longues faciles.
eng-warn-race-stale = Ton résultat sur { $distance } date du { $date }, il y a plus de 8 semaines ; il ne fixe plus tes allures. Une course ou un test récent, si.
eng-warn-race-too-slow = Ce temps est trop lent pour en tirer des allures ; les séances se font aux sensations.
eng-warn-goal-unchecked = Sans course des 8 dernières semaines, je ne peux pas savoir si { $goal } en { $time } est à ta portée : les séances se font aux sensations plutôt qu’à l’allure objectif ; une course ou un test fixera tes allures.
eng-warn-goal-beyond = Ton objectif de { $goal } demande un VDOT de { $goalVdot } ; ta dernière course indique { $vdot }. Le plan s’entraîne à tes allures actuelles et court à l’allure que tu peux atteindre : environ { $time } est un objectif réaliste le jour J, ou garde l’objectif et choisis une course plus tardive.
eng-warn-old = Ce plan contient une remarque d’une ancienne version ; demande-moi un nouveau plan pour la revoir.

## Pourquoi aucun plan n’a été créé.
eng-error-unknown-goal = Objectif inconnu « { $goal } » : choisis 5 km, 10 km, semi-marathon ou marathon.
eng-error-bad-start-date = La date de début « { $value } » n’est pas une date (format AAAA-MM-JJ).
eng-error-bad-race-date = La date de course « { $value } » n’est pas une date (format AAAA-MM-JJ).
eng-error-race-before-start = La date de course { $race } est passée (le plan commencerait le { $start }).
eng-error-too-soon = Un objectif { $goal } demande au moins { $min } semaines d’entraînement, et le { $race } n’est qu’à { $weeks ->
    [one] 1 semaine
   *[other] { $weeks } semaines
  } et { $days ->
    [one] 1 jour
   *[other] { $days } jours
  }. Choisis une course à partir du { $earliest }.
eng-error-too-soon-shorter = Un objectif { $goal } demande au moins { $min } semaines d’entraînement, et le { $race } n’est qu’à { $weeks ->
    [one] 1 semaine
   *[other] { $weeks } semaines
  } et { $days ->
    [one] 1 jour
   *[other] { $days } jours
  }. Choisis une course à partir du { $earliest }, ou un { $shorter } à cette date.
eng-error-too-far = La course est dans plus de { $max } semaines ; un plan dure au plus { $max } semaines. Commence le plan après le { $start }.
eng-error-weekly-km = Le volume hebdomadaire doit être un nombre de 0 à 300 km.
eng-error-days-per-week = Le nombre de jours par semaine doit être un entier de 2 à 7.
eng-error-long-run-day = Le jour de la sortie longue doit être un jour de la semaine.
eng-error-recent-race-after-start = La course récente date du { $race }, après le début du plan le { $start } ; indique une course courue avant le début du plan.
eng-error-recent-race-incomplete = Il manque la distance ou le temps de la course récente.
eng-error-recent-race-too-fast = { $distance } en { $time }, ce serait plus rapide que le record du monde ; vérifie le temps.
eng-error-goal-time-invalid = Le temps objectif doit être une durée positive.
eng-error-goal-time-too-fast = { $distance } en { $time }, ce serait plus rapide que le record du monde ; vérifie le temps objectif.
