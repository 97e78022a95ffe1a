# Fehler (Bereich 17x): warum ein Werkzeug des Coachs nicht handeln konnte (src/coach/tools), und die
# Fehlertexte der Mini-App-API (src/webapp/router.ts). Reiner Text, kein HTML.

## Werkzeuge des Coachs
err-not-started = Schick zuerst /start: Wir kennen uns noch nicht.
err-no-plan = Du hast noch keinen Trainingsplan. Lass uns zuerst einen erstellen (Zielwettkampf und Datum).
err-coach-side = Beim Coach ist etwas schiefgelaufen; es wurde nichts geändert.
err-race-time-off-tables = Diese Zeit liegt außerhalb der Tempotabellen; prüf bitte die Zeit.
err-race-ahead = { $date } liegt noch vor dir: Schick das Ergebnis nach dem Wettkampf.
err-nothing-to-change = Nichts zu ändern: Nenn eine Einstellung.
err-plan-nothing-to-change = Nichts zu ändern: Sag mir, was sich ändern soll.
err-range-reversed = Das Ende des Zeitraums liegt vor seinem Anfang.
err-range-too-long = Frag nach höchstens etwa drei Monaten auf einmal.
err-move-rest-day = { $date } ist ein Ruhetag: Da gibt es keinen Lauf zum Verschieben.
err-move-done = { $date }: Diese Einheit lässt sich nicht mehr verschieben.
err-move-held-illness = { $date } fällt in deine Krankheitspause (bis { $until }), also bleibt der Tag frei. Nimm einen Tag danach oder lass den Lauf ausfallen.
err-move-held-hold = { $date } fällt in deine Laufpause (bis { $until }), also bleibt der Tag frei. Nimm einen Tag danach oder lass den Lauf ausfallen.
err-move-held-injury = { $date } fällt in deine Verletzungspause (bis { $until }), also bleibt der Tag frei. Nimm einen Tag danach oder lass den Lauf ausfallen.
err-skip-none-left = { $date }: Da ist kein geplanter Lauf mehr, den du auslassen könntest.
err-skip-rest-day = { $date } ist schon ein Ruhetag.
err-run-ahead = { $date } liegt noch vor dir: Trag Läufe ein, wenn du sie gelaufen bist.
err-duration-zero = Die Zeit muss größer als null sein.
err-pace-impossible = Das wären { $pace } s pro Kilometer, schneller als der Weltrekord: Prüf Strecke und Zeit.
err-done-ahead = Diese Einheit liegt noch vor dir: Hak sie ab, wenn du sie gelaufen bist.
err-done-no-workout = { $date }: Im Plan steht keine Einheit.
err-feedback-ahead = Feedback gibt es nur für Läufe, die schon hinter dir liegen.
err-restore-passed = { $date } ist vorbei: Wenn du gelaufen bist, trag den Lauf ein.
err-restore-has-workout = { $date }: Die Einheit steht schon im Plan.
err-restore-nothing-skipped = { $date }: Da ist keine ausgelassene Einheit, die ich zurückholen könnte.

## Falsche Argumente
err-invalid-args = Das konnte ich nicht lesen: { $issues }
err-arg-missing = { $field }: fehlt
err-arg-type = { $field }: erwartet { $expected ->
    [number] eine Zahl
    [boolean] ja oder nein
    [object] eine Gruppe von Feldern
    [array] eine Liste
    *[string] Text
}
err-arg-int = { $field }: eine ganze Zahl
err-arg-min = { $field }: mindestens { $min }
err-arg-above = { $field }: mehr als { $min }
err-arg-max = { $field }: höchstens { $max }
err-arg-below = { $field }: weniger als { $max }
err-arg-too-short = { $field }: mindestens { $n ->
    [one] { $n } Zeichen
    *[other] { $n } Zeichen
}
err-arg-too-long = { $field }: höchstens { $n ->
    [one] { $n } Zeichen
    *[other] { $n } Zeichen
}
err-arg-too-few = { $field }: mindestens { $n ->
    [one] { $n } Eintrag
    *[other] { $n } Einträge
}
err-arg-too-many = { $field }: höchstens { $n ->
    [one] { $n } Eintrag
    *[other] { $n } Einträge
}
err-arg-one-of = { $field }: einer dieser Werte: { $choices }
err-choice-km = Kilometer
err-choice-mi = Meilen
err-arg-date = { $field }: ein Datum im Format JJJJ-MM-TT
err-arg-real-date = { $field }: Dieses Datum gibt es im Kalender nicht
err-arg-clock = { $field }: eine Uhrzeit im Format HH:MM (24 Stunden)
err-arg-duration = { $field }: eine Zeit im Format H:MM:SS oder MM:SS
err-arg-weeks = { $field }: eine ganze Zahl von 1 bis 52
err-arg-timezone = { $field }: eine Stadt (z. B. Berlin) oder eine Zeitzone (z. B. Europe/Berlin)
err-arg-invalid = { $field }: ungültiger Wert
err-arg-said = { $field }: { $text }
err-arg-unknown = unbekannte Felder: { $names }
err-arg-feedback-empty = gib mindestens eins an: Anstrengung, Befinden oder Schmerz
err-arg-nothing = nichts zu ändern: Schick mindestens eine Einstellung

## Feldnamen
err-field-args = Angaben
err-field-date = Datum
err-field-new-date = neues Datum
err-field-race-date = Wettkampfdatum
err-field-distance = Strecke
err-field-duration = Zeit
err-field-goal-time = Zielzeit
err-field-rpe = Anstrengung (1–10)
err-field-feeling = Befinden
err-field-severity = Schmerz (1–10)
err-field-goal = Zielwettkampf
err-field-timezone = Zeitzone
err-field-morning-time = Uhrzeit der Einheit
err-field-evening-time = Uhrzeit der Abendfrage
err-field-days-per-week = Tage pro Woche
err-field-weekly-km = Wochenumfang
err-field-long-run-day = Tag des langen Laufs
err-field-max-hr = maximale Herzfrequenz
err-field-resting-hr = Ruhepuls
err-field-lthr-hr = Schwellenpuls
err-field-units = Einheiten
err-field-weeks = Wochen
err-field-reason = Grund

## Zeitzonen
err-zone-empty = Schreib eine Stadt (Berlin) oder eine Zeitzone (Europe/Berlin).
err-zone-ambiguous = „{ $input }“ hat mehrere Zeitzonen: Schreib deine Stadt (Chicago) oder die Zone (America/Chicago).
err-zone-unknown = Ich weiß nicht, wo „{ $input }“ liegt: Schreib eine größere Stadt in der Nähe (Berlin) oder eine Zeitzone (Europe/Berlin).

## Mini-App-API
err-web-bad = { $what ->
    [query] Ungültige Anfrage
    [date] Ungültiges Datum
    *[body] Ungültige Angaben
}: { $issues }
err-web-not-found = nicht gefunden
err-web-rate-limited = Zu viele Anfragen: Warte eine Minute und versuch es dann noch einmal.
err-web-not-started = Du hast den Coach noch nicht gestartet: Schick dem Bot in Telegram zuerst /start.
err-web-rest-day = { $date }: Keine Einheit geplant, das ist ein Ruhetag.
err-web-too-large = Die Anfrage ist zu groß.
err-web-bad-json = Die Angaben sind kein gültiges JSON.
err-web-utf8 = Schick JSON in UTF-8.
err-web-busy = Der Coach ist gerade beschäftigt; es wurde nichts geändert. Versuch es gleich noch einmal.
err-web-auth-missing = Öffne die App über den Bot in Telegram (der Authorization-Header mit initData fehlt).
err-web-auth-malformed = Die Telegram-Daten (initData) sind beschädigt.
err-web-auth-forged = Die Signatur der Telegram-Daten (initData) stimmt nicht.
err-web-auth-stale = Die Telegram-Daten sind zu alt: Schließ die App und öffne sie erneut über den Bot.
err-hr-too-close = Ein Ruhepuls von { $resting } und ein Maximalpuls von { $max } liegen zu nah beieinander: Prüf bitte beide Werte.
err-hr-lthr-above-max = Eine Schwellenherzfrequenz von { $lthr } kann nicht auf oder über dem Maximalpuls von { $max } liegen: Prüf bitte beide Werte.
