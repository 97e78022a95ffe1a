# Die Codes der Trainings-Engine in Worten (src/coach/replies/engine-words.ts).

## Ein geänderter Tag.
eng-brief-rest = Ruhetag
eng-brief = { $title } { $distance }
eng-brief-skipped = { $title } ausgelassen
eng-change = { $from } → { $to }
eng-change-new = jetzt { $to }
eng-change-skipped = ausgelassen
eng-change-status = { $title }: { $status ->
    [skipped] ausgelassen
    [missed] verpasst
    [partial] teilweise gelaufen
    [done] erledigt
   *[planned] geplant
  }

## Hinweise zu einer Änderung.
eng-advice-load-unknown = Noch zu wenig Verlauf, um deine Belastung einzuschätzen.
eng-advice-load-balanced = Deine Belastung ist im Gleichgewicht (Verhältnis { $ratio }).
eng-advice-load-spike = Deine Belastung ist zuletzt stark gestiegen (Verhältnis 7 zu 28 Tagen { $ratio }, über { $limit }); die kommende Woche ist leichter, damit der Körper hinterherkommt.
eng-advice-moved = { $title } ist jetzt am { $date }.
eng-advice-busy-kept = { $travel ->
    [yes] Während deiner Reise
   *[no] In der vollen Zeit
  } behält der Plan den langen Lauf und eine Qualitätseinheit, wo deine Tage es zulassen; der Rest fällt aus.
eng-advice-busy-kept-proportion = { $travel ->
    [yes] Während deiner Reise
   *[no] In der vollen Zeit
  } behält der Plan den langen Lauf und eine Qualitätseinheit, wo deine Tage es zulassen, dazu einen lockeren Lauf, damit der lange Lauf im Verhältnis zur Woche bleibt; der Rest fällt aus.
eng-advice-busy-break = An diesen Tagen passt kein Lauf; genieß die Pause, der Plan geht am { $date } weiter.
eng-advice-busy-break-long = An diesen Tagen passt kein Lauf; genieß die Pause. Der Plan geht am { $date } weiter: Die erste Woche danach ist lockerer Dauerlauf mit etwa der Hälfte deiner letzten vollen Woche, die zweite mit etwa drei Vierteln.
eng-advice-illness = Ruh dich bis { $date } aus. Lauf erst wieder, wenn du einen Tag fieberfrei bist; danach steigt der Plan mit etwa { $factor } % wieder ein.
eng-advice-illness-long = Ruh dich bis { $date } aus. Lauf erst wieder, wenn du einen Tag fieberfrei bist; die erste Woche danach ist lockerer Dauerlauf mit etwa der Hälfte deiner letzten vollen Woche, die zweite mit etwa drei Vierteln.
eng-advice-injury = Ruh dich bis { $date } aus und lass die Verletzung von einer Ärztin, einem Arzt oder in der Physiotherapie anschauen, bevor du wieder läufst; eine Diagnose kann ich nicht stellen. Danach steigt der Plan mit etwa { $factor } % wieder ein.
eng-advice-injury-long = Ruh dich bis { $date } aus und lass die Verletzung von einer Ärztin, einem Arzt oder in der Physiotherapie anschauen, bevor du wieder läufst; eine Diagnose kann ich nicht stellen. Die erste Woche danach ist lockerer Dauerlauf mit etwa der Hälfte deiner letzten vollen Woche, die zweite mit etwa drei Vierteln.
eng-advice-missed-easy = Kein Problem: Ein verpasster lockerer Lauf wird einfach gestrichen.
eng-advice-missed-moved = { $title } rückt auf { $date }.
eng-advice-missed-moved-instead = { $title } rückt auf { $date }, statt: { $other }.
eng-advice-missed-dropped = { $title } fällt diese Woche weg: Es bleibt kein Tag, ohne zwei harte Tage hintereinander. Nicht reinquetschen; der Plan läuft weiter.
eng-advice-partial = Auch ein Teil zählt: weiter nach Plan.
eng-advice-race-slower = Dein Ergebnis über { $distance } ({ $time }) ist langsamer als deine aktuelle Form (VDOT { $vdot } statt { $before }).
eng-advice-race-paces = Dein Ergebnis über { $distance } ({ $time }) ergibt einen VDOT von { $vdot }; die Tempi sind angepasst. Prognose { $goal }: { $predicted }.
eng-advice-race-paces-was = Dein Ergebnis über { $distance } ({ $time }) ergibt einen VDOT von { $vdot } (vorher { $before }); die Tempi sind angepasst. Prognose { $goal }: { $predicted }.
eng-advice-pain-stop = Schmerz von { $severity }/10 ({ $location }) ist ein Zeichen, vorerst nicht zu laufen. Lass es bitte von einer Ärztin, einem Arzt oder in der Physiotherapie anschauen, bevor du wieder läufst; ich kann nicht sagen, was es ist, und Weiterlaufen kann es verschlimmern. Das Laufen pausiert, bis du grünes Licht hast; sag mir dann Bescheid, und wir bauen behutsam wieder auf.
eng-advice-noted = Notiert, danke. Weiter so!
eng-advice-noted-tough = Notiert: Das war hart. Lockere Tage bleiben locker.
eng-advice-lighter-pain = Die nächsten Tage sind leichter. Wenn der Schmerz ({ $location }) länger als ein paar Tage bleibt, stärker wird oder deinen Laufstil verändert, geh zur Physiotherapie oder zum Arzt.
eng-advice-lighter-exhausted = Die nächsten Tage sind leichter. Schlaf gut, iss gut und sag mir, wie du dich nach dem nächsten Lauf fühlst.
eng-advice-lighter-unplanned = Notiert: ein harter Lauf an einem freien Tag. Die nächsten Tage sind etwas leichter, damit du ihn verarbeitest.
eng-advice-lighter-hard-easy = Ein lockerer Lauf sollte sich nicht so schwer anfühlen; die nächsten Tage sind leichter. Hitze, Schlaf, Stress oder eine Erkältung können das auslösen.
eng-advice-fatigue = Leichtere Tage bis { $date }: Schlaf gut, iss gut und sag mir, wie sich der nächste Lauf anfühlt.

## Warum sich nichts geändert hat.
eng-refused-no-workout = Am { $date } ist kein Training geplant.
eng-refused-race-not-skipped = Der Wettkampf selbst wird hier nicht ausgelassen: Ändere lieber das Ziel oder das Renndatum.
eng-refused-same-day = Da liegt es schon.
eng-refused-past-day = Vergangene Tage bleiben, wie sie sind; wähl einen Tag ab heute.
eng-refused-race-fixed = Das Renndatum steht fest; für ein neues Datum erstell einen neuen Plan.
eng-refused-after-race = Trainings bleiben vor dem Renntag.
eng-refused-other-week = { $title } lässt sich nur innerhalb der eigenen Woche verschieben (ab { $date }), damit die Wochenbelastung sicher bleibt.
eng-refused-day-taken = Am { $date } ist schon ein Lauf eingetragen.
eng-refused-back-to-back = Dann läge { $title } ({ $date }) direkt neben { $other } ({ $otherDate }): keine zwei harten Tage hintereinander.
eng-refused-days-past = Diese Tage sind schon vorbei.
eng-refused-race-implausible = { $distance } in { $time } kann nicht stimmen; prüf bitte die Zeit.
eng-refused-race-future = Der Wettkampf am { $date } hat noch nicht stattgefunden.
eng-refused-race-stale = Ein Ergebnis vom { $date } ist älter als 8 Wochen: Es sagt nichts mehr über deine Form, die Tempi bleiben.

## Hinweise zum Plan.
eng-warn-low-volume = Du läufst zurzeit unter { $km } pro Woche; der Plan startet bei { $km }. Gehpausen sind völlig okay.
eng-warn-per-run = { $weekly } an { $days } Tagen sind etwa { $perRun } pro Lauf, weit über den { $max } pro Lauf, mit denen die meisten Pläne rechnen; mehr Lauftage würden das sicher verteilen.
eng-warn-time-cap = In deinem lockeren Tempo erlaubt die Zeitgrenze von { $time } für den langen Lauf { $longest }, den längsten Lauf im Plan; für { $goal } will man meist etwa { $ready }. Die Zeitgrenze gilt für jedes Renndatum: Ein späterer Wettkampf würde den langen Lauf nicht verlängern.
eng-warn-build-short = Von { $weekly } pro Woche kann der lange Lauf bis { $date } nur sicher auf { $longest } wachsen; für { $goal } braucht es etwa { $ready }.
eng-warn-option-shorter = { $goal } am { $date }
eng-warn-option-later = { $goal } ab { $date } ({ $weeks } Wochen Training)
eng-warn-works-one = Was klappen würde: { $first }.
eng-warn-works-two = Was klappen würde: { $first } oder { $second }.
eng-warn-build-first = Steigere zuerst deinen Wochenumfang.
eng-warn-limited = Wenn du bei diesem Wettkampf bleibst, hält der Plan das harte Training bei einer kurzen Einheit pro Woche und die langen Läufe locker.
eng-warn-race-stale = Dein Ergebnis über { $distance } ist vom { $date }, älter als 8 Wochen; es bestimmt deine Tempi nicht mehr. Ein aktueller Wettkampf oder Testlauf schon.
eng-warn-race-too-slow = Diese Zeit ist zu langsam, um Tempi daraus abzuleiten; die Einheiten laufen nach Gefühl.
eng-warn-goal-unchecked = Ohne Wettkampf aus den letzten 8 Wochen kann ich nicht sagen, ob { $goal } in { $time } realistisch ist, deshalb laufen die Einheiten nach Gefühl statt im Zieltempo; ein Wettkampf oder Testlauf legt deine Tempi fest.
eng-warn-goal-beyond = Dein Ziel von { $goal } braucht einen VDOT von { $goalVdot }; dein letzter Wettkampf zeigt { $vdot }. Der Plan trainiert in deinen aktuellen Tempi und plant das Rennen im erreichbaren Tempo: etwa { $time } ist am Renntag realistisch – oder behalte das Ziel und wähl einen späteren Wettkampf.
eng-warn-old = Dieser Plan hat einen Hinweis aus einer älteren Version; bitte mich um einen neuen Plan, um ihn wieder zu sehen.

## Warum kein Plan entstanden ist.
eng-error-unknown-goal = Unbekanntes Ziel „{ $goal }“: wähl 5 km, 10 km, Halbmarathon oder Marathon.
eng-error-bad-start-date = Das Startdatum „{ $value }“ ist kein Datum (Format JJJJ-MM-TT).
eng-error-bad-race-date = Das Renndatum „{ $value }“ ist kein Datum (Format JJJJ-MM-TT).
eng-error-race-before-start = Das Renndatum { $race } liegt in der Vergangenheit (der Plan würde am { $start } starten).
eng-error-too-soon = Für { $goal } braucht es mindestens { $min } Wochen Training, und bis { $race } sind es nur { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
  } und { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
  }. Wähl einen Wettkampf ab { $earliest }.
eng-error-too-soon-shorter = Für { $goal } braucht es mindestens { $min } Wochen Training, und bis { $race } sind es nur { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
  } und { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
  }. Wähl einen Wettkampf ab { $earliest } oder { $shorter } an diesem Tag.
eng-error-too-far = Der Wettkampf ist mehr als { $max } Wochen entfernt; Pläne dauern höchstens { $max } Wochen. Starte den Plan nach dem { $start }.
eng-error-weekly-km = Der Wochenumfang muss eine Zahl von 0 bis 300 km sein.
eng-error-days-per-week = Die Lauftage pro Woche müssen eine ganze Zahl von 2 bis 7 sein.
eng-error-long-run-day = Der Tag für den langen Lauf muss ein Wochentag sein.
eng-error-recent-race-after-start = Der letzte Wettkampf ist vom { $race }, nach dem Planstart am { $start }; nenn einen Wettkampf vor dem Planstart.
eng-error-recent-race-incomplete = Zum letzten Wettkampf fehlen Distanz oder Zeit.
eng-error-recent-race-too-fast = { $distance } in { $time } wäre schneller als der Weltrekord; prüf bitte die Zeit.
eng-error-goal-time-invalid = Die Zielzeit muss eine positive Dauer sein.
eng-error-goal-time-too-fast = { $distance } in { $time } wäre schneller als der Weltrekord; prüf bitte die Zielzeit.
