# Der Chat (Bereich von Engineer 17a): Befehle, Antworten des Coachs, Buttons, Einrichtung, Fehler. Telegram-HTML.

## Einheiten und Dauer
unit-km = km
unit-mi = mi
duration-min = { $min } min
duration-h-min = { $h } h { $min } min

## /language
language-choose = Gerade sprechen wir { $current }. Welche Sprache ist dir lieber?
language-saved = Gespeichert
language-set = Ab jetzt schreibe ich dir auf { $language }.
button-expired = Dieser Button ist abgelaufen.

## Befehlsmenü (setMyCommands)
cmd-today = Die Einheit für heute
cmd-week = Diese Woche
cmd-plan = Dein Plan im Überblick
cmd-log = Lauf eintragen, z. B. /log 8 km 42:30 rpe 5
cmd-progress = Wie das Training läuft
cmd-settings = Zeitzone, Nachrichtenzeiten, Einheiten, Tage
cmd-setup = Neuen Plan Schritt für Schritt einrichten
cmd-strava = Strava verbinden
cmd-export = Alle deine Daten herunterladen
cmd-delete = Alle deine Daten löschen
cmd-help = Was ich kann
cmd-fit = Eine Einheit für deine Uhr (.fit), z. B. /fit morgen
cmd-calendar = Dein Plan in deiner Kalender-App
cmd-intervals = Deinen Plan auf intervals.icu halten
cmd-language = Sprache

## Begrüßung und Hilfe
welcome-back = Schön, dass du wieder da bist{ $name ->
    [none] {""}
   *[other] , { $name }
}! Dein Plan wartet. Was möchtest du sehen?
welcome-new = Hallo{ $name ->
    [none] {""}
   *[other] , { $name }
}! Ich bin dein Lauf-Coach. 🏃

    Ich baue dir einen Trainingsplan für deinen Zielwettkampf, schicke dir jeden Morgen die Einheit des Tages, frage nach, wie deine Läufe waren, und passe den Plan an das an, was du mir erzählst.

    Schreib mir dein Ziel in eigenen Worten, zum Beispiel:
    <i>Halbmarathon am 14. März, ich laufe 4 Tage pro Woche, etwa 30 km</i>

    oder lass dich in vier Klicks durchführen.
btn-today-workout = Einheit für heute
btn-this-week = Diese Woche
btn-setup-plan = Plan einrichten
help =
    <b>Was ich kann</b>

    /today: die Einheit für heute, mit den Buttons Erledigt, Auslassen und Verschieben
    /week: die Einheiten dieser Woche
    /plan: dein Plan im Überblick
    /log: einen Lauf eintragen, z. B. <code>/log 8 km 42:30 rpe 5</code>
    /progress: geplant vs. gelaufen, Trainingsbelastung
    /settings: Zeitzone, Nachrichtenzeiten, Einheiten, Tage pro Woche, Tag für den langen Lauf
    /setup: einen neuen Plan Schritt für Schritt einrichten
    /strava: Strava verbinden
    /fit: eine Einheit für deine Uhr (.fit), z. B. <code>/fit morgen</code>
    /calendar: dein Plan in deiner Kalender-App
    /intervals: deinen Plan auf intervals.icu halten (von dort geht er zu Garmin, COROS, Suunto, Wahoo, Polar)
    Schick mir eine .fit-, .gpx- oder .tcx-Datei von deiner Uhr, und ich trage den Lauf ein.
    /export: alles herunterladen, was ich über dich speichere
    /delete: alle deine Daten löschen
    /language: die Sprache, in der ich schreibe

    Oder schreib mir einfach:
    • <i>Halbmarathon am 14. März, 4 Tage pro Woche, etwa 30 km</i>
    • <i>10 km in 52:30 gelaufen, hat sich super angefühlt</i>
    • <i>schwere Beine, 8/10</i>
    • <i>verschieb den Lauf von morgen auf Freitag</i> / <i>heute auslassen</i>
    • <i>ich bin krank</i> / <i>nächste Woche auf Reisen, nur 2 Tage</i>
    • <i>weck mich um 6:30</i> / <i>ich bin in Berlin</i>

## Fragen
q-location-button = 📍 Standort teilen
q-setup-retry = Das habe ich nicht verstanden. Tippe auf eine Antwort oder schreib sie:
q-place = Wo wohnst du? Nenn mir deine Stadt (<i>Berlin</i>, <i>Wien</i>) oder eine Zeitzone, oder teile deinen Standort, damit deine Einheit morgens bei dir ankommt.
q-place-unknown = Ich weiß noch nicht, wo { $name } liegt. Nenn mir eine größere Stadt in der Nähe oder eine Zeitzone wie <i>Europe/Berlin</i>.
q-place-ambiguous = Dieses Land hat mehrere Zeitzonen. In welcher Stadt bist du?
q-location-terminal = Im Terminal-Chat kann man keinen Standort teilen: Schreib stattdessen deine Stadt (z. B. <i>Berlin</i>).
q-location-unknown = Diesem Standort konnte ich keine Zeitzone zuordnen. Schreib mir stattdessen deine Stadt (z. B. <i>Berlin</i>).
q-zone-set = Alles klar: Ortszeit { $place } ({ $zone }).
q-morning = Wann soll deine Einheit morgens kommen? Tippe auf eine Uhrzeit oder schreib eine (z. B. <i>6:45</i>). Gerade ist { $current } eingestellt.
q-morning-invalid = Uhrzeiten sehen so aus: <i>6:30</i>, <i>7 Uhr</i> oder <i>06:45</i>.
q-arrival = Deine Einheit kommt jeden Morgen um { $time } Ortszeit { $place }.
q-clarify-buttons = Oder wähl eins aus:
q-log = Erzähl mir vom Lauf: Strecke und Zeit, und wenn du magst, wie hart er sich angefühlt hat. Zum Beispiel <code>8 km 42:30 rpe 5</code> oder <i>gestern 10 km in 55 Minuten</i>.

## Geführte Einrichtung
setup-ask-goal = Für welchen Wettkampf trainierst du?
setup-btn-half = Halbmarathon
setup-btn-marathon = Marathon
setup-ask-date = { $goal }, stark! Wann ist der Wettkampf? Tippe, wie weit er weg ist, oder schreib das Datum (z. B. <i>14. März</i>).
setup-btn-in-weeks = { $weeks ->
    [one] in { $weeks } Woche
   *[other] in { $weeks } Wochen
}
setup-ask-days = An wie vielen Tagen pro Woche kannst du laufen?
setup-btn-just-starting = fange gerade an
setup-ask-km = Wie viel läufst du zurzeit ungefähr pro Woche? (Oder schreib es: <i>etwa 25 km</i>.)
setup-ask-long-run-day = Letzte Frage: An welchem Tag passt dir der lange Lauf?
setup-later = Kein Problem. Schreib mir dein Ziel, wann immer du magst.
setup-expired = Dieser Button ist abgelaufen. Schick /setup, um neu zu starten.
setup-race-day = Wettkampftag: { $date }.
send-start-first = Schick zuerst /start.
log-negative = Strecke und Zeit können nicht negativ sein, also habe ich nichts eingetragen.
log-unreadable = Darin habe ich keine Strecke und keine Zeit gefunden.

## Zielwettkämpfe
goal-5k = 5 km
goal-10k = 10 km
goal-half = Halbmarathon
goal-marathon = Marathon

## Einheiten
unit-metres = { $m } m
zone-easy = locker
zone-marathon = im Marathontempo
zone-threshold = an der Schwelle
zone-interval = im Intervalltempo
zone-repetition = im Wiederholungstempo
zone-hill = bergauf
zone-stride = Steigerungen
zone-race = im Wettkampftempo
effort-easy = im Plauderton: du könntest in ganzen Sätzen reden
effort-marathon = gleichmäßig und kontrolliert, ein Tempo für Stunden
effort-threshold = angenehm hart: nur ein paar Worte am Stück
effort-interval = hart, etwa dein 3-km- bis 5-km-Wettkampftempo
effort-repetition = schnell und locker, etwa dein Meilen-Wettkampftempo
effort-hill = kräftig bergauf, etwa 5-km-Anstrengung; bergab traben
effort-stride = schnell und locker, kein Sprint; zurück gehen
effort-race = Wettkampfanstrengung
step-strides-target = { $pace ->
    [none] Steigerungen ({ $effort })
   *[other] Steigerungen im Tempo { $pace } ({ $effort })
}
step-uphill-target = { $pace ->
    [none] bergauf ({ $effort })
   *[other] bergauf im Tempo { $pace } ({ $effort })
}
step-at-pace = im Tempo { $pace } ({ $effort })
step-at-zone = { $zone } ({ $effort })
step-warmup = Einlaufen: { $distance } locker{ $pace ->
    [none] {""}
   *[other] {" "}im Tempo { $pace }
}
step-cooldown = Auslaufen: { $distance } locker{ $pace ->
    [none] {""}
   *[other] {" "}im Tempo { $pace }
}
step-jog-between = , dazwischen { $distance } locker traben
step-main-set = Hauptteil: { $reps } × { $distance } { $target }{ $between }
step-then = Danach: { $reps } × { $distance } { $target }{ $between }
step-easy = { $distance } locker{ $pace ->
    [none] {" "}({ $effort })
   *[other] {" "}im Tempo { $pace }
}
purpose-easy = Baut die Grundlagenausdauer auf und lässt die harten Tage wirken.
purpose-recovery = Lockert die Beine nach einem harten Tag; langsamer ist besser.
purpose-long = Baut Ausdauer auf; iss und trink so, wie du es am Wettkampftag vorhast.
purpose-tempo = Hebt das Tempo, das du etwa eine Stunde halten kannst.
purpose-intervals = Hebt deine aerobe Obergrenze (VO2max) und deine Laufökonomie.
purpose-marathon-pace = Übt Zieltempo, Verpflegung und Rhythmus.
purpose-hills = Baut Kraft und Laufstil auf, bei wenig Belastung für die Gelenke.
purpose-race = Kontrolliert starten, ins Zieltempo finden, stark finishen.
title-easy = Lockerer Dauerlauf
title-easy-strides = Lockerer Dauerlauf + Steigerungen
title-recovery = Regenerationslauf
title-long = Langer Lauf
title-long-mp = Langer Lauf mit Endbeschleunigung im Marathontempo
title-tempo = Tempodauerlauf
title-cruise = Schwellenintervalle { $reps } × { $distance }
title-intervals = Intervalle
title-intervals-set = Intervalle { $reps } × { $distance }
title-repetitions-set = Tempoläufe { $reps } × { $distance }
title-marathon-pace = Lauf im Marathontempo
title-hills = Bergläufe
title-hills-set = Bergsprints { $reps } × { $distance }
title-race = Wettkampftag
btn-done = ✅ Erledigt
btn-skip = ⏭ Auslassen
btn-move = ↔ Verschieben
btn-fit = ⌚ FIT
btn-rpe-easy = 😌 Locker
btn-rpe-ok = 🙂 Okay
btn-rpe-hard = 😤 Hart
btn-rpe-very-hard = 🥵 Sehr hart
btn-in-words = ✍️ In eigenen Worten
rest-day = { $date }: Ruhetag
rest-day-why = In der Pause wird aus Training Form. Ein lockerer Spaziergang ist völlig okay.
rest-day-next = Als Nächstes: { $workout }

## Ein Tag
day-no-plan = Noch kein Plan, also ist nichts angesetzt. Nenn mir deinen Zielwettkampf (<i>10 km am 3. Mai, 4 Tage pro Woche</i>) oder tippe unten.
card-heart-rate = ❤️ Puls { $min }–{ $max } bpm
day-today = Heute
day-tomorrow = Morgen
day-plan-starts = Dein Plan beginnt am { $date }.
day-after-race = Das ist nach deinem Wettkampf. Sag mir dein nächstes Ziel, wenn du so weit bist!
day-race-heading = { $day }: Wettkampftag!
day-race-words = Geh langsamer an, als du willst, finde deinen Rhythmus und vertrau deinem Training. Genieß es. Du hast es dir verdient.
done-marked = <b>{ $title }</b> als erledigt markiert. ✅ Wie hat es sich angefühlt?

## Ein neuer Plan
phase-base = Grundlage
phase-build = Aufbau
phase-peak = Spitze
phase-taper = Tapering
phase-race = Wettkampf
paces-by-effort = Tempobereiche: vorerst nach Gefühl. Nenn mir einen aktuellen Wettkampf (<i>10 km in 48:30 gelaufen</i>), dann berechne ich sie.
paces-title = Deine Tempobereiche
pace-easy = Locker
pace-marathon = Marathon
pace-threshold = Schwelle
pace-interval = Intervall
pace-repetition = Wiederholung
plan-ready = Dein Trainingsplan steht: { $goal }
plan-race-day = Wettkampftag: { $date }
plan-race-day-goal = Wettkampftag: { $date } · Ziel { $time }
plan-weeks-line = { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
} · { $phases } · Spitzenwoche { $peak }
plan-vdot-goal = Die Tempobereiche sind auf dein Ziel abgestimmt (VDOT { $vdot }). Nenn mir einen aktuellen Wettkampf (<i>10 km in 48:30 gelaufen</i>), dann gleiche ich das Ziel mit deiner aktuellen Form ab.
plan-vdot-now = VDOT { $vdot }: Heute könntest du etwa { $time } laufen.
plan-please-read = Bitte lesen
plan-week-heading = Woche { $index } ({ $phase })
plan-next-steps = Jede Einheit schicke ich dir morgens. /today zeigt die von heute, /plan den Überblick.
