# Ergebnisse der Werkzeuge: eingetragene Läufe, Rückmeldungen, Verschiebungen, Anpassungen, Puls, Nachfragen.

## Abwechslungsreiche Bestätigungen (jede Sprache schreibt ihre eigenen)
out-saved-1 = Erledigt.
out-saved-2 = Alles klar.
out-saved-3 = Passt.
out-saved-4 = Notiert.
out-saved-5 = Aktualisiert.
out-saved-6 = Geändert.
out-effort-fits-1 = Genau da, wo es sein soll.
out-effort-fits-2 = Gut: Das ist die Belastung, die der Plan will.
out-effort-fits-3 = Gut eingeteilt. Weiter so!
out-effort-fits-4 = Genau richtig. So eine Regelmäßigkeit macht dich fit.
out-effort-fits-5 = Stark, genau so sollen sich lockere Tage anfühlen.
out-effort-hard-1 = Hart, aber im Rahmen dessen, was der Plan erwartet. Halte die lockeren Tage wirklich locker.
out-effort-hard-2 = Ein harter Brocken. Lauf den nächsten lockeren Lauf richtig locker.
out-effort-hard-3 = Saubere Arbeit. Erholung gehört zum Training: morgen ganz entspannt.
out-noted-1 = Danke, dass du es mir sagst
out-noted-2 = Gut zu wissen, danke
out-noted-3 = Danke, notiert

## Eingetragene Läufe
out-run-duplicate = Diesen Lauf hatte ich schon: { $distance } in { $time }.
out-run-logged = Eingetragen: { $distance } in { $time } ({ $pace }) am { $date }.
out-run-covers = Damit ist <b>{ $title }</b> erledigt. ✅ Gut gemacht!
out-run-partial = Das ist ein Teil von <b>{ $title }</b> ({ $planned } geplant): zählt als teilweise erledigt.
out-run-extra-planned = Im Plan stand an dem Tag <b>{ $title }</b>; diesen Lauf zähle ich als Extralauf.
out-run-extra = An dem Tag war nichts geplant, also zählt er als Extralauf.
out-adjusted-coming = Ich habe die nächsten Tage angepasst:
out-balanced = Damit die Woche im Gleichgewicht bleibt:
out-more-days = • …und { $n } weitere
out-spike = Achtung: { $run } sind { $pct } % mehr als dein längster Lauf der letzten 30 Tage ({ $longest }); Sprünge über 10 % erhöhen das Verletzungsrisiko{ $eased ->
    [yes] , deshalb habe ich die nächsten Tage leichter gemacht.
   *[no] ; lass die nächsten Tage locker angehen.
}

## Rückmeldungen
out-effort = Anstrengung { $rpe }/10
out-feeling = Gefühl: { $feeling }
out-feeling-noted = Gefühl notiert
out-feel-great = super
out-feel-good = gut
out-feel-ok = okay
out-feel-tired = müde
out-feel-exhausted = erschöpft
out-pain-felt = Schmerzen ({ $location }) { $severity }/10
out-noted = { $noted }: { $details }.
out-noted-effort = Danke, notiert: { $details }.
out-stop-running = <b>Bitte lauf damit vorerst nicht.</b> Schmerzen in dieser Stärke sind ein Grund, vor dem nächsten Training zu einer Physiotherapeutin oder einem Sportarzt zu gehen. Ich habe die Läufe der nächsten Tage aus deinem Plan genommen; sag mir, wenn du untersucht wurdest und wie es aussieht.

## Verschiebungen, Auslassungen, Anpassungen
out-nothing-to-move = Nichts zu verschieben: Der Plan sieht schon so aus.
out-the-workout = Die Einheit
out-moved = { $saved } { $workout } wandert von { $from } auf <b>{ $to }</b>.
out-done = Erledigt.
out-skipped-day = { $date } ausgelassen. Kein schlechtes Gewissen: Eine Einheit entscheidet nie über einen Plan.
out-skipped = Ausgelassen.
out-adjust-illness = Gute Besserung! Erst Ruhe: Kein Laufen, solange du Fieber oder Beschwerden in der Brust hast.
out-adjust-injury = Tut mir leid. Ich habe Druck rausgenommen; wenn es beim Gehen weh tut oder schlimmer wird, geh zur Physiotherapie.
out-adjust-fatigue = Auf Müdigkeit zu hören ist kluges Training.
out-adjust-travel = Gute Reise! Ich habe das Wichtigste für die Tage behalten, die du hast.
out-adjust-busy = Volle Wochen kommen vor. Ich habe das Wichtigste für die Tage behalten, die du hast.
out-adjust-other = Plan angepasst.
out-adjust-none = Keine geplante Einheit war betroffen.
out-no-plan = Noch kein Plan. Sag mir dein Zielrennen oder tippe unten.
out-nothing-planned = Zwischen { $from } und { $to } ist nichts geplant.

## Warum sich ein Tag geändert hat
out-days-changed = { $n ->
    [one] 1 Tag geändert
   *[other] { $n } Tage geändert
}: { $clauses }.
out-days-changed-km = { $n ->
    [one] 1 Tag geändert
   *[other] { $n } Tage geändert
} ({ $km }): { $clauses }.
out-why-missed = als verpasst markiert
out-why-skipped = { $note ->
    [none] ausgelassen
   *[other] ausgelassen ({ $note })
}
out-why-partial = { $km } von { $refKm } gelaufen
out-why-ran = { $km } gelaufen
out-why-moved-from = { $date ->
    [none] hierher verschoben
   *[other] von { $date } hierher verschoben
}
out-why-moved-to = { $date ->
    [none] verschoben
   *[other] auf { $date } verschoben
}
out-why-swapped = { $date ->
    [none] getauscht
   *[other] mit { $date } getauscht
}
out-why-rest-illness = { $value ->
    [one] Ruhe für 1 Krankheitstag
   *[other] Ruhe für { $value } Krankheitstage
}
out-why-rest-injury = { $value ->
    [one] Ruhe für 1 Tag wegen der Verletzung
   *[other] Ruhe für { $value } Tage wegen der Verletzung
}
out-why-hold-pain = pausiert nach Schmerzen von { $value }/10, bis du grünes Licht hast
out-why-lighter-hard-easy = leichter nach einem lockeren Lauf mit Anstrengung { $value }/10
out-why-lighter-unplanned = leichter nach einem harten Extralauf mit Anstrengung { $value }/10
out-why-lighter-exhausted = leichter, weil du dich erschöpft gefühlt hast
out-why-lighter-pain = leichter, bis die Schmerzen ({ $value }/10) abklingen
out-why-lighter-fatigue = bei etwa { $value } %, während du dich erholst
out-why-lighter-load = leichter: Deine letzten 7 Tage waren { $value }× deine übliche Belastung
out-why-easing-back = sanfter Wiedereinstieg bei etwa { $value } %
out-why-return-easy-only = in den ersten 7 Tagen zurück nur lockere Läufe
out-why-return-volume = höchstens { $km } in diesen 7 Tagen zurück
out-why-return-resume = { $date ->
    [none] wieder im Plan
   *[other] hier geht das Laufen wieder los (vorgezogen von { $date })
}
out-why-return-paces = Tempos aus VDOT { $value } statt { $ref } wegen der Pause
out-why-busy-moved-to = { $date ->
    [none] verschoben
   *[other] auf { $date } verschoben
} { $signal ->
    [travel] wegen der Reise
   *[other] wegen einer vollen Woche
}
out-why-busy-skipped = ausgelassen { $signal ->
    [travel] wegen der Reise
   *[other] wegen einer vollen Woche
}
out-why-busy-support = länger, damit der lange Lauf lang bleiben kann
out-why-busy-kept = behalten, damit der lange Lauf lang bleiben kann
out-why-new-paces = { $ref ->
    [none] Tempos aus VDOT { $value }
   *[other] Tempos aus VDOT { $value } (vorher { $ref })
}
out-why-long-time-cap = langer Lauf begrenzt auf { $km }, { $ref } Minuten in deinem lockeren Tempo
out-why-tuneup-recovery = { $value } Tage locker nach deinem Rennen über { $refKm }
out-why-spike-ease = leichter nach deinem Lauf über { $km }, mehr als 10 % über deinem längsten der 30 Tage davor ({ $refKm })
out-why-spike-cap = innerhalb von 10 % über deinem längsten Lauf der letzten 30 Tage, { $km }
out-why-week-growth = die Woche bleibt bei { $refKm }, höchstens 10 % über deinen letzten Wochen
out-why-quality-share = die Einheit bleibt bei ihrem Anteil an der Woche
out-why-long-share = der lange Lauf bleibt bei { $value } % seiner Woche
out-why-long-longest = kein Lauf länger als der lange Lauf

## Nachfragen zu Läufen, die nicht passen
out-pain-at-rated = die Schmerzen ({ $location }, { $severity }/10)
out-pain-at = die Schmerzen ({ $location })
out-pain-rated = die Schmerzen ({ $severity }/10)
out-pain-any = die Schmerzen
out-checkin-ill = 🤒 Am { $date } hast du mir gesagt, dass du krank bist. Wie geht es dir jetzt? Mit nur einer laufenden Nase ist lockeres Laufen meist in Ordnung; mit Fieber, Gliederschmerzen oder Husten aus der Brust ruh dich bitte aus, bis alles weg ist.
out-checkin-injured = 🩹 Wie haben sich { $pain } bei diesem Lauf angefühlt? Wenn es währenddessen oder danach schlimmer wurde, sag es mir und ich nehme raus.
out-checkin-on-hold = ⚠️ Am { $date } hast du mir geschrieben: { $pain }. Deshalb ist das Laufen pausiert. Hat es bei diesem Lauf wehgetan? Bitte schone dich, bis du untersucht wurdest, und sag mir, was dabei herauskam.
out-checkin-rest-day = { $date } war in deinem Plan ein Ruhetag. Ab und zu ein Extralauf ist in Ordnung; halte Extras locker und kurz, denn an Ruhetagen setzt sich das Training.
out-checkin-skipped = { $title } am { $date } war in deinem Plan ausgelassen. War dieser Lauf locker? Wenn du wieder fit bist, sag es mir und ich stelle den Plan wieder her.

## Profil und Einstellungen
out-profile-title = <b>Dein Profil</b>
out-profile-times = Zeitzone { $zone } · Einheiten um { $morning } · Nachfrage um { $evening }
out-profile-volume = { $days } Tage pro Woche · aktuell { $distance } pro Woche · langer Lauf am { $day }
out-profile-race = Letztes Rennen: { $race } in { $time }
out-profile-no-race = Noch kein aktuelles Rennen (nenn mir eins, dann stelle ich deine Tempos ein).
out-heart-profile = Puls: { $numbers }
out-race-confirm = Dein Ergebnis über { $race } in { $time } ist langsamer als deine aktuelle Form: Es würde deinen VDOT von { $before } auf { $after } senken und jedes Tempo langsamer machen. Bist du voll gelaufen, bei fairen Bedingungen (keine Hitze, keine Hügel, nicht krank, nicht gebremst)?
out-btn-race-yes = Ja, voll gelaufen
out-btn-race-no = Nein
out-race-kept = Dann bleiben deine Tempos, wie sie sind: Ein Rennen unter harten Bedingungen oder nicht am Limit sagt wenig über deine Form.
out-race-noted = Rennergebnis notiert: { $race } in { $time }.
out-race-noted-vdot = Rennergebnis notiert: { $race } in { $time } (VDOT { $vdot }).
out-paces-updated = Deine Tempos sind im ganzen Plan aktualisiert.
out-timezone-set = Zeitzone: { $zone }
out-evening-set = Ich frage um { $time } nach.
out-units-km = Strecken in Kilometern.
out-units-mi = Strecken in Meilen.
out-days-set = { $n } Lauftage pro Woche{ $note }
out-volume-set = Aktueller Umfang: { $distance } pro Woche.
out-long-run-day-set = Lange Läufe am { $day }{ $note }
out-plan-note-rebuilt = .
out-plan-note-error = {" "}(dein aktueller Plan bleibt, wie er ist: { $error })
out-plan-note-next = {" "}(dein nächster Plan berücksichtigt das).
out-name-set = Schön, dich kennenzulernen, { $name }!
out-heart-set = Puls: { $numbers }.
out-heart-ask-max = Sag mir noch deinen Maximalpuls (oder deine Schwellen-Herzfrequenz), dann stelle ich deine Zonen ein.
out-settings-title = <b>Deine Einstellungen</b>
out-settings-timezone = Zeitzone: { $zone }
out-settings-morning = Einheit am Morgen um: { $time }
out-settings-evening = Nachfrage am Abend um: { $time }
out-settings-units-km = Einheiten: Kilometer
out-settings-units-mi = Einheiten: Meilen
out-settings-days = Tage pro Woche: { $n }
out-settings-volume = Aktueller Wochenumfang: { $distance }
out-settings-long-run-day = Langer Lauf am: { $day }
out-settings-hint = Tippe zum Ändern oder sag es mir (<i>ich bin in Tokio</i>, <i>weck mich um 6:30</i>).
out-settings-btn-timezone = Zeitzone
out-settings-btn-morning = Morgens um
out-settings-btn-evening = Abends um
out-settings-btn-use-mi = Meilen verwenden
out-settings-btn-use-km = Kilometer verwenden
out-settings-btn-days = Tage pro Woche
out-settings-btn-long-run-day = Tag für den langen Lauf
out-pick-days = An wie vielen Tagen pro Woche willst du laufen?
out-pick-long-run-day = Welcher Tag passt für deinen langen Lauf?
out-pick-morning = Wann soll die Einheit des Tages kommen? Tippe eine Uhrzeit oder schreib eine (<i>weck mich um 6:15</i>).
out-pick-evening = Wann soll ich fragen, wie dein Lauf war? Tippe eine Uhrzeit oder schreib eine (<i>frag mich um 21 Uhr</i>).
out-pick-timezone = Wo bist du? Tippe eine Zone oder nenn mir deine Stadt (<i>ich bin in Lissabon</i>).
out-pick-other = Tippe in /settings auf eine Einstellung, um sie zu ändern.

## Puls
out-hr-max = max. { $n }
out-hr-resting = Ruhe { $n }
out-hr-threshold = Schwelle { $n }
out-hr-bpm = { $list } S/min
out-hr-zones-by = Pulszonen nach { $method }:
out-hr-method-friel = Friel, aus deiner Schwellen-Herzfrequenz
out-hr-method-karvonen = Herzfrequenzreserve (Karvonen), aus deinem Maximal- und Ruhepuls
out-hr-method-max = Anteil am Maximalpuls (Daniels)
out-hr-zone-recovery = Regeneration
out-hr-zone-easy = Locker und lang
out-hr-zone-marathon = Marathontempo
out-hr-zone-threshold = Schwelle
out-hr-zone-intervals = Intervalle
out-hr-zone = { $name }: { $min }–{ $max } S/min

## Planänderungen
out-week-this = Diese Woche: { $before } → { $after }
out-week-next = nächste Woche: { $before } → { $after }
out-what-race-day = Renntag ist jetzt { $date } ({ $weeks ->
    [one] in 1 Woche
   *[other] in { $weeks } Wochen
})
out-what-goal-time = Zielzeit { $time }
out-what-no-goal-time = keine Zielzeit: die Tempos folgen deiner Form
out-what-days = { $n } Lauftage pro Woche
out-what-long-run-day = lange Läufe am { $day }
out-what-weekly = der Wochenumfang, den du jetzt läufst
out-plan-rebuilt = Erledigt: { $what }. Ich habe deinen Plan ab heute neu aufgebaut; alles vor heute bleibt, wie es war.
out-return-as-is = Schön zu hören! Dein Plan läuft weiter wie bisher.
out-return = Super, willkommen zurück! Wir starten sanft: { $first } lockeres Laufen in den nächsten 7 Tagen, höchstens die Hälfte deiner letzten vollen Woche vor der Pause ({ $ref }), dann { $second } in den 7 Tagen danach{ $paces }. Hör auf und sag mir Bescheid, wenn die Schmerzen zurückkommen.
out-return-paces = , und Tempos etwa { $loss } VDOT-Punkte leichter wegen der Pause
out-restored = Wieder im Plan: { $date }, { $title } ({ $distance }).
out-restored-moved-back = Beim Auslassen war die Einheit auf { $date } verschoben; dieser Tag ist wieder frei.
out-restored-as-easy = Sie kommt als lockerer Lauf zurück: Der Tag daneben ist schon hart.
out-kind-morning = Nachrichten mit der Einheit am Morgen
out-kind-evening = Nachfragen am Abend
out-kind-weekly = Wochenrückblicke
out-messages-paused = Pausiert: keine { $list } mehr. Dein Plan ist weiter da (/today, /week); sag <i>{ $kind ->
    [morning] Morgennachrichten wieder an
    [evening] Abendnachfragen wieder an
    [weekly] Wochenrückblicke wieder an
   *[other] Nachrichten wieder an
}</i>, um sie zurückzubekommen.
out-messages-back = Wieder an: { $list }.
