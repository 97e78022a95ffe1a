# Antworten (Bereich 17q): Antworten des Coachs auf Fragen, /progress, /week, /plan. Telegram-HTML.

## Feste Antworten mit Quelle
ans-fuelling =
    <b>Vor einem langen Lauf</b>
    • 2–4 Stunden vorher: eine kohlenhydratreiche Mahlzeit, die du gut kennst (etwa 1–4 g Kohlenhydrate pro kg Körpergewicht: Haferbrei, Toast mit Honig, eine Banane, Reis), wenig Fett und Ballaststoffe.
    • Kurz vor dem Start: ein kleiner Snack, wenn du Hunger hast, und Wasser nach Durst.
    • Läufe über etwa 75–90 Minuten: 30–60 g Kohlenhydrate pro Stunde (ein Gel, Sportgetränk oder Gummibärchen), von Anfang an.
    • Übe es bei den langen Läufen, probier am Wettkampftag nie etwas Neues aus.
    <i>Quelle: ACSM, Academy of Nutrition and Dietetics &amp; Dietitians of Canada, „Nutrition and Athletic Performance“ (2016).</i>
ans-cold =
    <b>Laufen mit Erkältung: die „Oberhalb-des-Halses“-Regel</b>
    • Beschwerden nur oberhalb des Halses (laufende oder verstopfte Nase, Niesen, leichtes Halskratzen): ein lockerer, kürzerer Lauf ist meist in Ordnung. Fang mit 10 Minuten locker an; wird es schlechter, hör auf und ruh dich aus.
    • Beschwerden unterhalb des Halses (Druck auf der Brust, starker Husten, Fieber, Gliederschmerzen, Magen-Darm): Pause, bis sie weg sind, dann langsam wieder einsteigen.
    • Keine harten Einheiten, solange du krank bist. Wird es schlimmer, sag mir, dass du krank bist, dann plane ich die nächsten Tage Ruhe ein.
    <i>Quelle: Eichner, „Infection, immunity, and exercise“ (The Physician and Sportsmedicine, 1993); Mayo Clinic, „Exercise and illness“.</i>
ans-parkrun =
    <b>Ein parkrun in deinem Plan</b>
    • Am einfachsten: lauf ihn locker als einen deiner lockeren Läufe oder als Mittelteil deines langen Laufs (vorher einlaufen, den Rest danach).
    • Voll gelaufen ist er eine harte Einheit: statt des Tempodauerlaufs oder der Intervalle dieser Woche, nicht zusätzlich, und nicht in den 10 Tagen vor deinem Zielwettkampf.
    • Nach einem 5-km-Rennen gönn dir 2 lockere Tage vor der nächsten harten Einheit.
    Sag mir den Tag (<i>kann ich am Samstag einen parkrun laufen?</i>), dann prüfe ich ihn mit deinem Plan.
    <i>Quelle: Daniels’ Running Formula (ein lockerer Tag pro 3 km Wettkampf vor der nächsten harten Einheit).</i>

## Puls und Tempo
ans-hr-how = Deine Einheiten zeigen diese Bereiche neben den Tempos. Der Puls hinkt in den ersten Minuten hinterher und steigt bei langen oder heißen Läufen: an lockeren Tagen bleib im Bereich, an harten lauf nach Tempo und Gefühl.
ans-hr-unknown = Ich coache nach Tempo und Gefühl: ich habe keine Pulsdaten von dir. Lockere Läufe sollten sich so anfühlen, dass du in ganzen Sätzen reden kannst; Schwellenläufe angenehm hart. Nenn mir deinen Maximal- und Ruhepuls (<i>mein Maximalpuls ist 188, Ruhepuls 52</i>), dann ergänze ich Pulsbereiche in deinen Einheiten.
ans-paces-vdot = <i>Nach deiner aktuellen Form (VDOT { $vdot }, Daniels’ Tabellen).</i>
ans-paces-tempo = Tempodauerläufe gehen im Schwellentempo: angenehm hart, ein Tempo, das du im Wettkampf etwa eine Stunde halten könntest.

## Warum eine Woche ihren Umfang hat
ans-load = Die Woche ab { $date } hat { $planned } geplant: { $reason }
ans-load-previous = Die Woche ab { $date } hat { $planned } geplant (die Woche davor: { $previous }): { $reason }
ans-load-taper = Es ist eine Tapering-Woche: der Umfang sinkt, damit du frisch an den Start gehst, etwas Intensität bleibt (Bosquet 2007).
ans-load-race = Es ist Wettkampfwoche: gerade genug Laufen, um spritzig zu bleiben.
ans-load-cutback = Es ist eine Entlastungswoche: alle drei bis vier Wochen sinkt der Umfang, damit sich das Training der Wochen davor setzen kann.
ans-load-adapted = Einige Einheiten wurden nach dem, was du mir gesagt hast, gestrichen oder erleichtert.
ans-load-partial = Der Plan beginnt mitten in dieser Woche, mit dem Umfang, den du jetzt läufst.
ans-load-first = Es ist die erste Woche des Plans: sie beginnt mit dem Umfang, den du jetzt läufst, und die Wochen danach bauen darauf auf, höchstens 10 % pro Woche.
ans-load-build = Sie baut auf der Woche davor auf, innerhalb der 10 % pro Woche, die der Plan erlaubt.
ans-load-steady = Sie hält den Umfang der Woche davor.

## Wofür eine Einheit gut ist
ans-purpose-none = Für diesen Tag ist nichts geplant.
ans-purpose-next = Die nächste: { $day }, { $distance }.
ans-purpose-none-planned = In deinem Plan kommt keine mehr.
ans-purpose-easy = <b>Lockere Dauerläufe</b> legen die Grundlage: mehr Kapillaren und Mitochondrien, ein stärkeres Herz, stärkere Sehnen und Knochen, bei einer Belastung, von der du dich bis zum nächsten Tag erholst. Der Großteil deines Laufens ist locker, im Plaudertempo.
ans-purpose-recovery = <b>Regenerationsläufe</b> sind kurz und sehr locker: sie bringen etwas Umfang und lockern die Beine nach einem harten Tag, ohne zu ermüden.
ans-purpose-long = <b>Der lange Lauf</b> baut Ausdauer auf: deine Muskeln speichern mehr Glykogen und verbrennen mehr Fett, Herz und Beine lernen, stundenlang durchzuhalten, und der Kopf auch. Lauf ihn locker; es zählt die Zeit auf den Beinen.
ans-purpose-tempo = <b>Tempodauerläufe</b> gehen im Schwellentempo, angenehm hart: sie heben das Tempo, das du halten kannst, bevor sich Laktat anstaut, das Tempo, das über 10 km bis Marathon entscheidet.
ans-purpose-intervals = <b>Intervalle</b> (3–5 Minuten im 5-km-Tempo, dazwischen locker traben) heben deine VO₂max, die Obergrenze deines aeroben Motors.
ans-purpose-marathon_pace = <b>Läufe im Marathontempo</b> bringen Körper und Kopf das Renntempo bei, und du übst dabei Trinken und Gels.
ans-purpose-hills = <b>Bergläufe</b> bringen Kraft in die Beine, mit weniger Stoßbelastung als schnelles Laufen in der Ebene, und machen deinen Laufschritt ökonomischer.
ans-purpose-race = <b>Der Wettkampf</b>: das Ziel, auf das der Plan hinführt. Lauf die erste Hälfte kontrolliert, dann gib alles.
ans-purpose-strides = <b>Steigerungen</b> sind lockere Beschleunigungen über 15–20 Sekunden nach einem lockeren Lauf: sie halten deinen Schritt schnell und rund, ohne dich zu ermüden.
ans-purpose-source = <i>Quelle: Daniels’ Running Formula; Pfitzinger &amp; Douglas, Advanced Marathoning.</i>

## Ob ein Wettkampf an einem Tag in den Plan passt
ans-fit-passed = { $day } ist schon vorbei.
ans-fit-after-race = { $day } ist nach deinem Zielwettkampf: dann lauf, was du willst!
ans-fit-too-close = { $day } ist { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } vor deinem Zielwettkampf: ich würde ihn nicht voll laufen. Lauf ihn gern locker als Teil der Einheit des Tages und spar dir die Kraft für den großen Tag.
ans-fit-rest-day = { $day } ist in deinem Plan ein Ruhetag. Locker laufen ist in Ordnung; voll gelaufen kommt ein harter Tag dazu, also nur, wenn du dich frisch fühlst.
ans-fit-long-run = { $day } steht dein langer Lauf an ({ $distance }). Bau den parkrun ein: vorher einlaufen, ihn locker bis zügig laufen und den Rest danach. Voll gelaufen kostet er dich den langen Lauf.
ans-fit-instead = Ja: lauf ihn statt { $workout } am { $day }: ein 5-km-Rennen ist eine super harte Einheit. Gut einlaufen.
ans-fit-easy-day = { $day } steht ein lockerer Lauf an ({ $distance }). Lauf den parkrun locker, dann passt er so; voll gelaufen wird er die harte Einheit dieser Woche.
ans-fit-then = Danach { $days ->
        [one] { $days } lockerer Tag
       *[other] { $days } lockere Tage
    } vor der nächsten harten Einheit: { $sessions } käme zu früh (sag Bescheid, dann verschiebe ich es).
ans-fit-then-item = { $workout } am { $day }
ans-fit-keep-easy = { $days ->
        [one] Den Tag danach locker.
       *[other] Die { $days } Tage danach locker.
    }
ans-fit-that-session = diese Einheit

## Wettkampfprognose
ans-predict-unknown = Zeiten kann ich vorhersagen, sobald ich deine Form kenne: nenn mir einen aktuellen Wettkampf (<i>10 km in 48:30 letzten Monat</i>).
ans-predict = Prognose mit deiner aktuellen Form (VDOT { $vdot }): { $goal } in etwa { $time }.
ans-predict-within = Dein Ziel von { $time } ist in Reichweite.
ans-predict-gap = Dein Ziel von { $time } braucht noch mehr: die Trainingswochen sollen diese Lücke schließen.
ans-predict-source = <i>VDOT-Tabellen von Daniels &amp; Gilbert; eine Prognose setzt das Training für diese Distanz voraus.</i>

## /progress
ans-progress-title = Dein Training
ans-progress-empty = Noch keine Wochen zum Anzeigen.
ans-progress-week = Woche ab { $date }: { $done } von { $planned }
ans-progress-week-pct = Woche ab { $date }: { $done } von { $planned } ({ $pct } %)
ans-progress-acwr = Belastungsverhältnis (7 zu 28 Tage): { $ratio }, { $note }.
ans-acwr-spike = ein Sprung: ich halte die nächste Woche leichter
ans-acwr-low = unter deinem Üblichen: Luft nach oben
ans-acwr-ok = ein gesunder Bereich
ans-progress-fitness-from = Fitness und Ermüdung erscheinen ab { $date }, nach drei Wochen mit eingetragenen Läufen.
ans-progress-fitness = Fitness { $fitness } · Ermüdung { $fatigue } · Form { $form }
ans-progress-prediction = Prognose: { $goal } in etwa { $time }.

## /week
ans-ran = { $distance } gelaufen
ans-ran-pace = { $distance } gelaufen ({ $pace })
ans-totals = { $done } von { $planned } · { $sessionsDone } von { $sessions ->
        [one] { $sessions } Einheit erledigt
       *[other] { $sessions } Einheiten erledigt
    }
ans-totals-skipped = { $skipped } ausgelassen ({ $distance })
ans-week-title = <b>{ $from } – { $to }</b> · { $planned } geplant
ans-week-extra = 🏃 { $day }: Extralauf, { $ran }
ans-week-so-far = Bisher: { $totals }.
ans-week-done = Woche geschafft: { $totals }.
ans-week-morning = <i>Diese Woche bisher: { $totals }.</i>

## /plan
ans-plan-none = Du hast noch keinen Plan. Nenn mir dein Ziel (<i>10 km am 3. Mai, 4 Tage pro Woche</i>) oder tipp unten.
ans-plan-goal = <b>{ $goal }</b> am { $date }
ans-plan-goal-time = <b>{ $goal }</b> am { $date } · Ziel { $time }
ans-plan-to-go = { $days ->
        [one] Noch { $days } Tag
       *[other] Noch { $days } Tage
    } · Woche { $week } von { $weeks }
ans-plan-passed = Der Wettkampftag ist vorbei. Sag mir dein nächstes Ziel!
ans-plan-this-week = Diese Woche
ans-plan-today = Heute
ans-plan-open = 📅 Plan öffnen
ans-col-week = Wo
ans-col-phase = Phase
ans-col-from = Ab
ans-col-plan = Plan
ans-col-done = Erl.
