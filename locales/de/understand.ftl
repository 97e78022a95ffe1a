# Das Verstehen des Offline-Coachs (Bereich 17h, src/coach/offline/understand): Hinweise, wenn eine Nachricht nicht
# umsetzbar ist, und die Annahmen, die er nennt. Klartext; Beispiele so, wie Läufer sie tippen.


## Hints
und-hint-times = Uhrzeiten schreibst du so: 6:30, 7 Uhr oder 21:00.
und-hint-zone-country = Dieses Land hat mehrere Zeitzonen – in welcher Stadt bist du?
und-hint-zone = Nenn mir eine Stadt oder eine Zeitzone, z. B. „ich bin in Berlin“ oder „Zeitzone Europe/Berlin“.
und-hint-zone-unknown = Ich weiß noch nicht, wo { $place } liegt. Nenn mir eine größere Stadt in der Nähe oder eine Zeitzone wie „Zeitzone Europe/Vienna“.
und-hint-heart-rate = Ein Puls von { $bpm } Schlägen pro Minute ist da nicht plausibel ({ $min }–{ $max }): Prüf die Zahl.
und-hint-days-per-week = Pläne haben 2 bis 7 Lauftage pro Woche.
und-hint-weekly-km = Der Wochenumfang sollte zwischen 0 und 300 km liegen.
und-hint-race-passed = Dieses Wettkampfdatum ist schon vorbei – wann ist der Wettkampf?
und-hint-rpe = Die Anstrengung (RPE) ist eine Zahl von 1 (ganz locker) bis 10 (Vollgas), z. B. „Anstrengung 7“ oder „7/10“.
und-hint-pain = Schmerzen bewertest du von 1 bis 10, z. B. „mein Knie tut weh, 6/10“.
und-hint-duration = Die Zeit sieht komisch aus – z. B. „52:30“ oder „1:45:00“.
und-hint-distance = Die Strecke sieht komisch aus – z. B. „10 km“ oder „6 Meilen“.
und-hint-future-run = Das Datum liegt in der Zukunft – trag den Lauf ein, wenn du ihn gelaufen bist.
und-hint-unreadable = Das habe ich nicht ganz verstanden – versuch einen kürzeren Satz wie in den Beispielen.
und-hint-long-message = Das ist eine lange Nachricht – schick mir lieber einen kurzen Satz nach dem anderen, z. B. „10 km in 52:30 gelaufen“.
und-hint-goal-time = Die Zielzeit passt nicht zur Strecke – versuch z. B. „Marathon sub 4“ oder „ich will in 1:45:00 finishen“.
und-hint-span-days = Ich kann 1 bis 28 Tage einplanen – schreib z. B. „krank, 4 Tage“.
und-hint-race-day-of-month = An welchem Tag in dem Monat ist der Wettkampf? Z. B. „Wettkampf auf den 11. April verschoben“.
und-hint-change-race = Um deinen Wettkampf zu ändern, nenn mir den Wettkampf und das Datum, z. B. „Halbmarathon am 21. März“: Ich baue dir einen neuen Plan dafür.
und-hint-move-to = Auf welchen Tag soll er? Z. B. „verschieb den Lauf von morgen auf Freitag“.
und-hint-move-from = Auf welchem Tag liegt er jetzt? Z. B. „verschieb den Tempolauf von Donnerstag auf Freitag“.
und-hint-same-day = Das ist derselbe Tag – auf welchen Tag soll er?

## Questions
und-ask-race-date = Wann ist der Wettkampf? Z. B. „{ $goal ->
        [five] 5 km
        [ten] 10 km
        [half] Halbmarathon
       *[marathon] Marathon
    } am 14. März“.
und-ask-pain = Wo tut es weh, und wie stark von 1 bis 10? Z. B. „mein Knie tut weh, 6/10“.
und-ask-distance = Wie weit bist du gelaufen? Z. B. „8 km“.
und-ask-duration = Wie lange hat es gedauert? Z. B. „45 Minuten“ oder „52:30“.

## Guesses
und-note-race-day = Als Wettkampftag angenommen: { $day } (der erste Sonntag im Monat); schreib mir das genaue Datum, um es zu ändern.
und-note-illness-days = Ich gehe von { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } aus; sag Bescheid, wenn es länger dauert.
und-note-travel-days = Ich gehe von { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } aus; sag mir, wie lange du weg bist.
und-note-moving-today = Ich verschiebe das heutige Training.
und-note-moved-one-day = Um einen Tag verschoben.
und-note-picked-days = Ausgewählt: { $weekdays } für { $n ->
        [one] den einen Tag
       *[other] die { $n } Tage
    }, an denen du laufen kannst; nenn mir die Tage, um sie zu ändern.
und-note-picked-none = Keine Lauftage ausgewählt; nenn mir die Tage, an denen du laufen kannst.
