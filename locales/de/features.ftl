# Bot-Funktionen (Bereich von 17f): Befehle, Buttons, deine Daten, Sprachnachrichten und Fotos, Uhr und Dateien,
# Entschuldigungen und der Smalltalk des Offline-Coachs. Texte in Telegram-HTML.

## Button-Hinweise
feat-toast-start-first = Schick zuerst /start und versuch es dann noch mal.
feat-toast-expired-today = Dieser Button ist abgelaufen. Schick /today für neue.
feat-toast-option-expired = Diese Auswahl ist abgelaufen; öffne /settings noch einmal.
feat-toast-saved = Gespeichert
feat-toast-not-saved = Nicht gespeichert
feat-toast-fit-sending = Ich schicke die Trainingsdatei…
feat-toast-calendar-renewed = Neuer Link erstellt; der alte gilt nicht mehr.
feat-in-words = Erzähl es mir in deinen Worten: Wie hat es sich angefühlt, wie anstrengend (1–10), tut etwas weh?

## Text und unbekannte Befehle
feat-unknown-command = Den Befehl { $name } kenne ich nicht. Versuch /today, /week, /plan, /log, /settings oder /help, oder schreib mir einfach.
feat-too-long = Das ist eine lange Nachricht ({ $length } Zeichen). Geht es in weniger als { $max }? Ein, zwei Sätze reichen.

## /strava
feat-strava-not-set-up = Strava ist bei diesem Coach noch nicht eingerichtet. Bis dahin erzähl mir deine Läufe in deinen Worten (<i>8 km in 42:30 gelaufen</i>) oder nutze /log.
feat-strava-connected = Strava ist verbunden (Athlet { $athlete }). Deine Läufe kommen von selbst hier an.
feat-btn-strava-disconnect = Strava trennen
feat-strava-connect = Verbinde Strava, und deine Läufe tauchen hier Sekunden nach dem Speichern auf. Der Link gilt nur für dich und 15 Minuten lang.
feat-btn-strava-connect = Strava verbinden
feat-strava-disconnected = Strava ist getrennt, und alle Strava-Aktivitäten, die ich hatte, sind gelöscht.

## /export und /delete
feat-export-nothing = Ich habe noch keine Daten von dir. Schick /start, um loszulegen.
feat-export-intro = Alles, was ich über dich speichere, als JSON.
feat-export-caption = Alles, was ich über dich speichere: Einstellungen, Plan, Läufe und Rückmeldungen (JSON).
feat-delete-nothing = Ich habe keine Daten von dir, die ich löschen könnte.
feat-delete-confirm =
    <b>Alles löschen?</b>
    Deine Einstellungen, dein Plan, deine Läufe, Rückmeldungen, unser Gespräch und eine Strava-Verbindung sind dann für immer weg. Das lässt sich nicht rückgängig machen.
feat-btn-delete-yes = Ja, alles löschen
feat-btn-delete-no = Daten behalten
feat-delete-kept = Es wurde nichts gelöscht.
feat-delete-gone-already = Es gab nichts mehr zu löschen.
feat-delete-done = Erledigt: Alles, was ich über dich hatte, ist gelöscht. Schick /start, wenn du irgendwann wieder trainieren willst.

## Sprachnachrichten und Fotos
feat-type-it-voice = Kannst du es stattdessen tippen? Zum Beispiel: <i>8 km in 44 Min gelaufen, Beine schwer</i>.
feat-type-it-photo = Kannst du den Lauf stattdessen tippen? Zum Beispiel: <i>10,2 km in 52:30 heute</i>.
feat-needs-gemini-voice = Sprachnachrichten kann ich nur anhören, wenn hier der Gemini-Coach eingeschaltet ist.
feat-needs-gemini-photo = Fotos kann ich nur lesen, wenn hier der Gemini-Coach eingeschaltet ist.
feat-not-understood-voice = Entschuldige, die Sprachnachricht konnte ich gerade nicht anhören.
feat-not-understood-photo = Entschuldige, das Foto konnte ich gerade nicht lesen.
feat-voice-too-long = Die Sprachnachricht ist { $length } lang; ich höre bis zu { $max ->
    [one] einer Minute
   *[other] { $max } Minuten
} zu. Schickst du eine kürzere, oder tippst du es?
feat-file-too-big = Die Datei hat { $size } MB; Telegram lässt mich höchstens { $max } MB herunterladen.
feat-file-too-big-unknown = Die Datei ist zu groß: Telegram lässt mich höchstens { $max } MB herunterladen.
feat-fetch-failed-voice = Ich konnte die Sprachnachricht nicht von Telegram laden. Schick sie bitte noch mal, oder tipp es.
feat-fetch-failed-photo = Ich konnte das Foto nicht von Telegram laden. Schick es bitte noch mal, oder tipp es.
feat-audio-unsupported = Dieses Audioformat kann ich nicht abspielen{ $type ->
    [none] {""}
   *[other] {" "}({ $type })
}. Schick lieber eine Sprachnachricht, oder tipp es.
feat-photo-proposal = Laut deinem Foto: <b>{ $distance } in { $time }</b> { $when } eintragen?
feat-when-today = heute
feat-when-yesterday = gestern
feat-when-on = am { $date }
feat-btn-photo-log = ✅ Eintragen
feat-btn-photo-change = ✏️ Ändern
feat-btn-photo-cancel = ✖️ Abbrechen
feat-no-run-in-photo = Auf dem Foto finde ich keine Distanz und Zeit eines Laufs. Schick ein Foto vom Zusammenfassungsbildschirm deiner Uhr, deines Laufbands oder deiner App, oder tipp es einfach: <i>10 km in 52:30</i>.
feat-photo-change = Sag mir die richtigen Zahlen in Worten, z. B. <i>10,2 km in 52:30 gestern</i>, dann trage ich das ein.
feat-photo-cancelled = OK, nicht eingetragen.
feat-other-message-media = Diese Art Nachricht kann ich nicht lesen. Erzähl mir von deinem Lauf in Worten oder per Sprachnachricht, oder schick ein Foto der Zusammenfassung deiner Uhr.
feat-other-message-text = Ich lese vorerst nur Text. Erzähl mir von deinem Lauf in Worten, z. B. <i>8 km in 42:30 gelaufen, lief gut</i>.

## Uhr, Kalender, intervals.icu und Aktivitätsdateien
feat-fit-how-to = Garmin: per USB in den Ordner <code>GARMIN/NewFiles</code> der Uhr kopieren oder auf intervals.icu importieren (/intervals hält deinen Plan dort aktuell). COROS und Wahoo: in deren App importieren.
feat-fit-nothing-on = Am { $date } ist nichts geplant: ein Ruhetag, also keine Trainingsdatei.
feat-fit-next = Als Nächstes: { $workout }. Schick /fit { $iso } für die Datei.
feat-fit-no-plan = Du hast noch keinen Plan, also gibt es kein Training für deine Uhr. Schick /setup, um einen zu erstellen.
feat-fit-bad-date = Dieses Datum verstehe ich nicht. Versuch <code>/fit</code> (heute oder das nächste Training) oder <code>/fit 2026-12-24</code>.
feat-calendar-new = Hier ist dein neuer Kalender-Link; der alte funktioniert nicht mehr.
feat-calendar-intro = Dein Trainingskalender: Abonniere diesen Link in Google Calendar, Apple Calendar oder Outlook, dann erscheinen dort deine Einheiten und dein Wettkampf, aktualisiert, wenn sich der Plan ändert.
feat-calendar-private = Der Link ist privat: Wer ihn hat, sieht deinen Plan. Erneuere ihn, falls du ihn aus Versehen geteilt hast.
feat-btn-calendar-renew = 🔄 Link erneuern
feat-calendar-no-plan = Du hast noch keinen Plan: Der Kalender füllt sich, sobald du mit /setup einen erstellst.
feat-intervals-not-set-up = intervals.icu ist bei diesem Coach nicht eingerichtet: Der Betreiber muss APP_SECRET setzen, damit dein API-Schlüssel verschlüsselt gespeichert werden kann.
feat-intervals-ask =
    intervals.icu bringt deinen Plan auf Uhren von Garmin, COROS, Suunto, Wahoo und Polar. Zum Verbinden schick mir deine <b>Athleten-ID</b> und deinen <b>API-Schlüssel</b> in einer Nachricht, etwa so:

    <code>i123456 5x8abc...</code>

    Beides findest du auf intervals.icu unter Settings → Developer Settings. Ich lösche deine Nachricht, sobald ich sie gelesen habe, und speichere den Schlüssel verschlüsselt. Schick /cancel zum Abbrechen.
feat-intervals-connected = ✅ intervals.icu ist verbunden (Athlet { $athlete }). { $events ->
    [0] {""}
    [one] Ich habe eine Einheit in deinen Kalender gestellt;{" "}
   *[other] Ich habe { $events } Einheiten in deinen Kalender gestellt;{" "}
}ich halte sie aktuell, wann immer sich der Plan ändert. /intervals off trennt die Verbindung.
feat-intervals-status = intervals.icu ist verbunden (Athlet { $athlete }): Die Einheiten deines Plans ab heute stehen in seinem Kalender.
feat-btn-intervals-disconnect = intervals.icu trennen
feat-intervals-refused = intervals.icu hat diese Athleten-ID und diesen API-Schlüssel nicht angenommen. Prüf beides unter Settings → Developer Settings und schick es noch mal (oder /cancel).
feat-intervals-unavailable = Ich erreiche intervals.icu gerade nicht; es wurde nichts gespeichert. Versuch /intervals bitte in ein paar Minuten noch mal.
feat-intervals-unreadable = Ich brauche die Athleten-ID (wie <code>i123456</code>) und den API-Schlüssel, getrennt durch ein Leerzeichen. Schick sie noch mal, oder /cancel.
feat-intervals-disconnected = intervals.icu ist getrennt{ $removed ->
    [0] {""}
    [one] {" "}und die Einheit, die ich dort eingetragen hatte, ist entfernt
   *[other] {" "}und die { $removed } Einheiten, die ich dort eingetragen hatte, sind entfernt
}. Dein Schlüssel ist gelöscht.
feat-intervals-disconnected-unreachable = intervals.icu ist getrennt und dein Schlüssel gelöscht, aber ich konnte es nicht erreichen, um die geplanten Einheiten zu entfernen: Lösch sie dort, wenn du willst.
feat-intervals-not-connected = intervals.icu ist nicht verbunden.
feat-intervals-cancelled = OK, intervals.icu bleibt unverbunden.
feat-file-unsupported = Ich lese Aktivitätsdateien deiner Uhr oder App: <b>.fit</b>, <b>.gpx</b> oder <b>.tcx</b>. Schick eine davon, oder erzähl mir den Lauf in Worten (<i>8 km in 42:30 gelaufen</i>).
feat-file-unsupported-media = Ich lese Aktivitätsdateien deiner Uhr oder App (<b>.fit</b>, <b>.gpx</b> oder <b>.tcx</b>). Schick eine davon, erzähl mir den Lauf in Worten oder per Sprachnachricht, oder schick ein Foto der Zusammenfassung deiner Uhr.
feat-file-empty = In der Datei ist keine Aktivität (keine Runden, keine Trackpunkte), also habe ich nichts eingetragen.
feat-file-corrupt = Die Datei kann ich nicht lesen: Sie scheint beschädigt oder ist nicht, was ihr Name sagt. Nichts eingetragen.
feat-file-not-running = Die Datei ist kein Lauf, also habe ich sie nicht eingetragen. Ich zähle nur Läufe.
# The device names the sport in English (cycling, Biking): it is not shown in this language.
feat-file-sport = { $sport ->
   *[other] {""}
}Die Datei ist kein Lauf, also habe ich sie nicht eingetragen. Ich zähle nur Läufe.
feat-file-no-distance = Die Aktivität hat kaum Distanz oder Zeit, also habe ich sie nicht eingetragen.
feat-file-too-big-activity = Die Datei ist größer als 20 MB, mehr als Telegram mich herunterladen lässt. Exportier die Aktivität noch mal (eine .fit ist meist viel kleiner).
feat-file-download = Ich konnte die Datei gerade nicht von Telegram laden. Schick sie bitte in einer Minute noch mal; nichts wurde eingetragen.
feat-file-future = Die Aktivität ist in der Zukunft datiert, also habe ich sie nicht eingetragen. Prüf die Uhrzeit des Geräts, das sie aufgezeichnet hat.
feat-file-too-fast = Laut der Datei warst du schneller als der Weltrekord, also habe ich sie nicht eingetragen: Prüf, ob es ein Lauf ist.

## Entschuldigungen
feat-apology-error = Entschuldige, bei mir ist etwas schiefgegangen und ich konnte das nicht abschließen. Versuch es gleich noch mal.
feat-apology-busy = Entschuldige, meine Datenbank ist seit einigen Minuten belegt, deshalb konnte ich das nicht speichern. Schick es bitte etwas später noch mal.
feat-apology-read-only = Entschuldige, ich konnte das nicht speichern: Mein Speicher ist gerade schreibgeschützt. Schick es bitte später noch mal.
feat-apology-disk-full = Entschuldige, ich konnte das nicht speichern: Mein Speicher ist gerade voll. Schick es bitte später noch mal.
feat-apology-io = Entschuldige, ich konnte das nicht speichern: Mein Speicher macht gerade Probleme. Schick es bitte später noch mal.
feat-toast-failed = Entschuldige, das hat nicht geklappt. Noch mal versuchen?
feat-toast-private-only = Öffne dafür einen privaten Chat mit mir.

## Der Offline-Coach und der Dialog
feat-greeting = Hallo! 👋 Ich bin bereit, wenn du es bist.
feat-thanks = Gern! Viel Spaß beim Laufen. 🏃
feat-not-understood = Das habe ich nicht ganz verstanden. Ich verstehe zum Beispiel:
feat-example-log = 10 km in 52:30 gelaufen, fühlte mich super
feat-example-feel = Beine schwer, 8/10
feat-example-move = verschieb den Lauf von morgen auf Freitag
feat-example-sick = ich bin krank, 3 Tage kein Laufen
feat-example-plan = Halbmarathon am 14. März, 4 Tage pro Woche
feat-btn-log-run = Lauf eintragen
feat-btn-what-can-you-do = Was kannst du?

## Eine Einheit verschieben
feat-move-gone = Diese Einheit lässt sich nicht mehr verschieben. Schick /week, um den Plan zu sehen.
feat-move-no-day = Diese Woche ist kein anderer Tag mehr frei. Du kannst sie stattdessen auslassen.
feat-move-which-day = Auf welchen Tag soll <b>{ $title }</b>?
