# Die Mini-App (web/): jedes Wort, das sie zeigt. Daten, Zahlen, Strecken und Pace formatiert Intl in der
# Sprache des Läufers; die Platzhalter ($...) sind in allen Sprachen gleich (test/webapp/locales.test.ts).

## Tabs und Kopfzeile

tab-plan = Plan
tab-progress = Fortschritt
tab-settings = Einstellungen
header-plan = Plan: { $goal }
header-no-plan = runcoach
header-race = Wettkampf am { $date }
header-today = Heute, { $date }
goal-time = Ziel { $time }
hello = Hallo!
hello-name = Hallo, { $name }!
no-plan-title = Noch kein Plan
no-plan-hint = Erzähl dem Coach im Chat von deinem Zielwettkampf, zum Beispiel „Halbmarathon am 14. März, ich laufe 30 km pro Woche“.
loading-plan = Dein Plan wird geladen…

## Probleme

problem-401 = Öffne runcoach aus Telegram
problem-404 = Sag zuerst Hallo
problem-other = Etwas ist schiefgelaufen
error-no-telegram = Öffne diese Seite über den runcoach-Bot in Telegram.
error-status = Der Coach hat mit Fehler { $status } geantwortet. Versuch es gleich noch einmal.
error-network = Keine Verbindung zum Coach. Prüf deine Internetverbindung und versuch es noch einmal.

## Strecken

goal-5k = 5 km
goal-10k = 10 km
goal-half = Halbmarathon
goal-half-short = Halbm.
goal-marathon = Marathon

## Trainingsarten

type-easy = Lockerer Dauerlauf
type-recovery = Regenerationslauf
type-long = Langer Lauf
type-tempo = Tempodauerlauf
type-intervals = Intervalle
type-marathon-pace = Marathontempo
type-hills = Bergläufe
type-race = Wettkampf
chip-easy = Locker
chip-recovery = Reg
chip-long = Lang
chip-tempo = TDL
chip-intervals = Intv
chip-marathon-pace = MRT
chip-hills = Berg
chip-race = WK

## Kalender

phase-base = Grundlage
phase-build = Aufbau
phase-peak = Spitze
phase-taper = Tapering
phase-race = Wettkampf
week-number = Woche { $week }
rest = Ruhe
ran = Gelaufen: { $distance }
legend-marks = ✓ erledigt · ✕ ausgelassen · ! verpasst
subscribe = In deiner Kalender-App abonnieren
subscribe-link = Füge diesen Link in deiner Kalender-App als Abo hinzu:
status-planned = Geplant
status-done = Erledigt
status-partial = Teilweise erledigt
status-skipped = Ausgelassen
status-missed = Verpasst

## Eine Einheit im Detail

rest-day = Ruhetag
rest-day-hint = Kein Lauf geplant: ausruhen, schlafen, gut essen.
title-easy = Lockerer Dauerlauf
title-easy-strides = Lockerer Dauerlauf + Steigerungen
title-recovery = Regenerationslauf
title-long = Langer Lauf
title-long-mp = Langer Lauf mit Endbeschleunigung im Marathontempo
title-tempo = Tempodauerlauf
title-cruise = Schwellenintervalle { $reps } × { $length }
title-intervals = Intervalle { $reps } × { $length }
title-intervals-plain = Intervalle
title-reps = Tempoläufe { $reps } × { $length }
title-marathon-pace = Lauf im Marathontempo
title-hills = Bergsprints { $reps } × { $length }
title-hills-plain = Bergläufe
title-race = Wettkampftag: { $race }
title-race-plain = Wettkampftag
purpose-easy = Baut die Grundlagenausdauer auf und lässt die harten Tage wirken.
purpose-recovery = Lockert die Beine nach einem harten Tag; langsamer ist besser.
purpose-long = Baut Ausdauer auf; iss und trink so, wie du es am Wettkampftag vorhast.
purpose-tempo = Hebt das Tempo, das du etwa eine Stunde halten kannst.
purpose-intervals = Hebt deine aerobe Obergrenze (VO2max) und deine Laufökonomie.
purpose-marathon-pace = Übt Zieltempo, Verpflegung und Rhythmus.
purpose-hills = Baut Kraft und Laufstil auf, bei wenig Belastung für die Gelenke.
purpose-race = Kontrolliert starten, ins Zieltempo finden, stark finishen.
steps = Abschnitte
step-warmup = Einlaufen
step-run = Lauf
step-work = Belastung
step-cooldown = Auslaufen
zone-easy = locker
zone-marathon = im Marathontempo
zone-threshold = an der Schwelle
zone-interval = im Intervalltempo
zone-repetition = im Wiederholungstempo
zone-hill = bergauf
zone-stride = Steigerungen
zone-race = im Wettkampftempo
step-single = { $kind }: { $distance } { $zone }
step-repeats = { $kind }: { $reps } × { $distance } { $zone }
step-recovery = dazwischen { $distance } locker traben
step-recovery-hill = dazwischen { $distance } bergab traben
effort-easy = im Plauderton: du könntest in ganzen Sätzen reden
effort-marathon = gleichmäßig und kontrolliert, ein Tempo für Stunden
effort-threshold = angenehm hart: nur ein paar Worte am Stück
effort-interval = hart, etwa dein 3-km- bis 5-km-Wettkampftempo
effort-repetition = schnell und locker, etwa dein Meilen-Wettkampftempo
effort-hill = kräftig bergauf, etwa 5-km-Anstrengung; bergab traben
effort-stride = schnell und locker, kein Sprint; zurück gehen
effort-race = Wettkampfanstrengung
pace-per-km = { $time }/km
pace-per-mi = { $time }/mi
action-done = Erledigt
action-skip = Auslassen
action-move = Verschieben
done-later = Hak sie ab, sobald du sie gelaufen bist
download-fit = FIT herunterladen
result-done = Als erledigt markiert. Stark gelaufen!
result-skipped = Ausgelassen.
result-moved = Verschoben.
move-title = Einheit verschieben
move-hint = Auf einen anderen Tag derselben Woche.
move-new-day = Neuer Tag
move-choose = Tag wählen
move-no-day = Diese Woche ist kein Tag mehr frei
move-choose-error = Wähl einen Tag, auf den du sie verschieben willst.
cancel = Abbrechen

## Fortschritt

loading-progress = Fortschritt wird geladen…
progress-unavailable = Fortschritt ist nicht verfügbar
weekly-distance = Wochenumfang
per-week-km = km pro Woche
per-week-mi = Meilen pro Woche
legend-planned = geplant
legend-done = gelaufen
no-weeks = Noch keine Wochen zum Anzeigen.
volume-chart-label = Wochenumfang, geplant und gelaufen
volume-bar = { $date }: { $done } von { $planned }
training-load = Trainingsbelastung
training-load-unit = RPE × Minuten pro Woche
load-chart-label = Wöchentliche Trainingsbelastung
acwr = Akut:chronisch
fitness = Fitness
fatigue = Ermüdung
fitness-from = Fitness und Ermüdung erscheinen ab { $date }, nach { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
} mit erfassten Läufen.
load-rising = Die Belastung steigt zu schnell: Der Coach macht die nächste Woche leichter.
prediction-title = Wettkampfprognose
vdot = VDOT { $vdot }
prediction-hint = Nenn dem Coach ein aktuelles Wettkampfergebnis, um eine Prognose zu bekommen.

## Einstellungen

settings-title = Einstellungen
settings-hint = Dieselben Einstellungen, die du auch im Chat ändern kannst.
field-timezone = Zeitzone
field-morning = Morgennachricht
field-evening = Abend-Check-in
field-units = Einheiten
field-days = Tage pro Woche
field-long-run-day = Tag für den langen Lauf
units-km = Kilometer
units-mi = Meilen
days-count = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
save = Speichern
saving = Wird gespeichert…
settings-saved = Gespeichert. Der Coach nutzt ab jetzt die neuen Einstellungen.
settings-saved-zone = Gespeichert. Zeitzone: { $zone }. Der Coach nutzt ab jetzt die neuen Einstellungen.
settings-unchanged = Nichts geändert.
settings-plan-note = Tage pro Woche und der Tag für den langen Lauf prägen deinen nächsten Plan; bitte den Coach im Chat, den aktuellen neu zu bauen.
error-timezone = Gib eine Stadt wie Berlin oder eine Zeitzone wie Europe/Berlin ein (höchstens 64 Zeichen).
error-time = Eine Uhrzeit als HH:MM, zum Beispiel 07:30.
error-units = Kilometer oder Meilen.
error-days = 2 bis 7 Tage.
error-long-run-day = Wähl einen Wochentag.
