# Risposte (area 17q): le risposte del coach alle domande, /progress, /week, /plan. HTML di Telegram.

## Risposte fisse con fonte
ans-fuelling =
    <b>Prima di un lungo</b>
    • 2–4 ore prima: un pasto ricco di carboidrati che conosci bene (circa 1–4 g di carboidrati per kg di peso: porridge, fette biscottate con miele, una banana, riso), povero di grassi e fibre.
    • Più vicino alla partenza: uno spuntino piccolo se hai fame, e acqua secondo la sete.
    • Uscite oltre i 75–90 minuti: 30–60 g di carboidrati all’ora (un gel, una bevanda sportiva o caramelle), fin dall’inizio.
    • Provalo nei lunghi; mai niente di nuovo il giorno della gara.
    <i>Fonte: ACSM, Academy of Nutrition and Dietetics &amp; Dietitians of Canada, «Nutrition and Athletic Performance» (2016).</i>
ans-cold =
    <b>Correre col raffreddore: la regola «sopra il collo»</b>
    • Sintomi solo sopra il collo (naso che cola o chiuso, starnuti, un leggero mal di gola): una corsa lenta e più corta di solito va bene. Parti con 10 minuti lenti; se stai peggio, fermati e riposa.
    • Sintomi sotto il collo (petto congestionato, tosse forte, febbre, dolori muscolari, stomaco in disordine): riposa finché passano, poi riprendi con calma.
    • Niente sedute dure finché sei malato. Se peggiora, dimmi che stai male e ti faccio riposare nei prossimi giorni.
    <i>Fonte: Eichner, «Infection, immunity, and exercise» (The Physician and Sportsmedicine, 1993); Mayo Clinic, «Exercise and illness».</i>
ans-parkrun =
    <b>Un parkrun nel tuo piano</b>
    • La cosa più semplice: corrilo lento come una delle tue corse lente, o come parte centrale del lungo (riscaldamento prima, il resto dopo).
    • Correrlo a tutta è una seduta dura: al posto del medio o delle ripetute di quella settimana, non in aggiunta, e mai nei 10 giorni prima della gara obiettivo.
    • Dopo una 5 km a tutta, concediti 2 giorni facili prima della seduta dura successiva.
    Dimmi il giorno (<i>posso fare un parkrun sabato?</i>) e lo controllo col tuo piano.
    <i>Fonte: Daniels’ Running Formula (un giorno facile ogni 3 km di gara prima della seduta dura successiva).</i>

## Frequenza cardiaca e ritmi
ans-hr-how = I tuoi allenamenti mostrano questi intervalli accanto ai ritmi. Il battito ci mette qualche minuto a salire e deriva verso l’alto nei lunghi o col caldo: nei giorni facili resta nell’intervallo, in quelli duri vai a ritmo e sensazioni.
ans-hr-unknown = Ti alleno a ritmo e sensazioni: non ho dati sulla tua frequenza cardiaca. Le corse lente devono permetterti di parlare a frasi intere; quelle a soglia, impegnative ma controllate. Dimmi la tua frequenza massima e a riposo (<i>la mia FC max è 188, a riposo 52</i>) e aggiungerò le zone cardio ai tuoi allenamenti.
ans-paces-vdot = <i>Dalla tua forma attuale (VDOT { $vdot }, tabelle di Daniels).</i>
ans-paces-tempo = Il medio si corre a ritmo soglia: impegnativo ma controllato, un ritmo che terresti per circa un’ora in gara.

## Perché una settimana ha quel volume
ans-load = La settimana del { $date } prevede { $planned }: { $reason }
ans-load-previous = La settimana del { $date } prevede { $planned } (quella prima: { $previous }): { $reason }
ans-load-taper = è una settimana di scarico pre-gara: il volume cala perché tu arrivi fresco al via, con un po’ di intensità mantenuta (Bosquet 2007).
ans-load-race = è la settimana della gara: quanto basta per restare brillante.
ans-load-cutback = è una settimana di scarico: ogni tre o quattro settimane il volume cala perché il lavoro delle settimane prima venga assimilato.
ans-load-adapted = alcune sedute sono state tolte o alleggerite dopo quello che mi hai detto.
ans-load-partial = il piano parte a metà di quella settimana, col volume che corri adesso.
ans-load-first = è la prima settimana del piano: parte dal volume che corri adesso, e le successive crescono da lì, al massimo del 10 % a settimana.
ans-load-build = cresce rispetto alla settimana prima, entro il 10 % a settimana che il piano consente.
ans-load-steady = mantiene il volume della settimana prima.

## A cosa serve un allenamento
ans-purpose-none = Per quel giorno non c’è niente in programma.
ans-purpose-next = Il prossimo: { $day }, { $distance }.
ans-purpose-none-planned = Nel tuo piano non ce ne sono più.
ans-purpose-easy = <b>Le corse lente</b> costruiscono la base: più capillari e mitocondri, cuore, tendini e ossa più forti, a uno sforzo da cui recuperi entro il giorno dopo. Gran parte della tua corsa è lenta, a ritmo di chiacchiera.
ans-purpose-recovery = <b>Le corse rigeneranti</b> sono brevi e molto facili: aggiungono un po’ di volume e sciolgono le gambe dopo un giorno duro, senza aggiungere fatica.
ans-purpose-long = <b>Il lungo</b> costruisce la resistenza: i muscoli immagazzinano più glicogeno e bruciano più grassi, cuore e gambe imparano ad andare avanti per ore, e la testa pure. Corrilo lento: conta il tempo sulle gambe.
ans-purpose-tempo = <b>Il medio</b> si corre a ritmo soglia, impegnativo ma controllato: alza il ritmo che tieni prima che il lattato si accumuli, quello che decide dalla 10 km alla maratona.
ans-purpose-intervals = <b>Le ripetute</b> (tratti di 3–5 minuti a sforzo da 5 km, con recupero di corsa lenta) alzano il tuo VO₂max, il tetto del tuo motore aerobico.
ans-purpose-marathon_pace = <b>Le corse a ritmo maratona</b> insegnano a corpo e testa il ritmo gara, e ti fanno provare bere e gel a quel ritmo.
ans-purpose-hills = <b>Le ripetute in salita</b> danno forza e potenza alle gambe con meno impatto della velocità in piano, e rendono la falcata più efficiente.
ans-purpose-race = <b>La gara</b>: l’obiettivo a cui porta il piano. Prima metà con giudizio, poi a tutta.
ans-purpose-strides = <b>Gli allunghi</b> sono accelerazioni sciolte di 15–20 secondi dopo una corsa lenta: tengono la falcata rapida e fluida senza stancarti.
ans-purpose-source = <i>Fonte: Daniels’ Running Formula; Pfitzinger &amp; Douglas, Advanced Marathoning.</i>

## Se una gara ci sta nel piano in un giorno
ans-fit-passed = { $day } è già passato.
ans-fit-after-race = { $day } è dopo la tua gara obiettivo: allora corri quello che vuoi!
ans-fit-too-close = { $day } è a { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } dalla tua gara obiettivo: io non la correrei a tutta. Se vuoi, corrila lenta come parte dell’allenamento del giorno e tieni le energie per la gara.
ans-fit-rest-day = { $day } è un giorno di riposo nel tuo piano. Correrla lenta va bene; a tutta aggiunge un giorno duro, quindi solo se ti senti fresco.
ans-fit-long-run = { $day } hai il lungo ({ $distance }). Fai del parkrun una parte: riscaldamento prima, parkrun lento o medio, e il resto dopo. Correrlo a tutta ti costerebbe il lungo.
ans-fit-instead = Sì: corrilo a tutta al posto di «{ $workout }» di { $day }: una 5 km in gara è un’ottima seduta dura. Scaldati bene.
ans-fit-easy-day = { $day } hai una corsa lenta ({ $distance }). Corri il parkrun lento e ci sta così com’è; a tutta diventa la seduta dura della settimana.
ans-fit-then = Poi { $days ->
        [one] { $days } giorno facile
       *[other] { $days } giorni facili
    } prima della seduta dura successiva: { $sessions } arriverebbe troppo presto (dimmelo e lo sposto).
ans-fit-then-item = «{ $workout }» di { $day }
ans-fit-keep-easy = { $days ->
        [one] Tieni facile il giorno dopo.
       *[other] Tieni facili i { $days } giorni dopo.
    }
ans-fit-that-session = quella seduta

## Previsione di gara
ans-predict-unknown = Posso prevedere i tuoi tempi appena conosco la tua forma: dimmi una gara recente (<i>10 km in 48:30 il mese scorso</i>).
ans-predict = Con la tua forma attuale (VDOT { $vdot }), la tua { $goal } richiederebbe circa { $time }.
ans-predict-within = Il tuo obiettivo di { $time } è alla portata.
ans-predict-gap = Il tuo obiettivo di { $time } chiede di più: le settimane di allenamento servono a colmare la differenza.
ans-predict-source = <i>Tabelle VDOT di Daniels &amp; Gilbert; una previsione presuppone l’allenamento per quella distanza.</i>

## /progress
ans-progress-title = Il tuo allenamento
ans-progress-empty = Ancora nessuna settimana da mostrare.
ans-progress-week = Settimana del { $date }: { $done } su { $planned }
ans-progress-week-pct = Settimana del { $date }: { $done } su { $planned } ({ $pct } %)
ans-progress-acwr = Rapporto di carico (7 su 28 giorni): { $ratio }, { $note }.
ans-acwr-spike = un picco: la settimana prossima la tengo più leggera
ans-acwr-low = sotto il tuo solito: c’è margine per crescere
ans-acwr-ok = un intervallo sano
ans-progress-fitness-from = Forma e fatica compariranno dal { $date }, dopo tre settimane di corse registrate.
ans-progress-fitness = Forma { $fitness } · fatica { $fatigue } · freschezza { $form }
ans-progress-prediction = Previsione: { $goal } in circa { $time }.

## /week
ans-ran = corsi { $distance }
ans-ran-pace = corsi { $distance } a { $pace }
ans-totals = { $done } su { $planned } · { $sessionsDone } su { $sessions ->
        [one] { $sessions } seduta fatta
       *[other] { $sessions } sedute fatte
    }
ans-totals-skipped = { $skipped ->
        [one] { $skipped } saltata
       *[other] { $skipped } saltate
    } ({ $distance })
ans-week-title = <b>{ $from } – { $to }</b> · { $planned } in programma
ans-week-extra = 🏃 { $day }: corsa extra, { $ran }
ans-week-so-far = Finora: { $totals }.
ans-week-done = Settimana chiusa: { $totals }.
ans-week-morning = <i>Questa settimana finora: { $totals }.</i>

## /plan
ans-plan-none = Non hai ancora un piano. Dimmi il tuo obiettivo (<i>10 km il 3 maggio, 4 giorni a settimana</i>) o tocca qui sotto.
ans-plan-goal = <b>{ $goal }</b> il { $date }
ans-plan-goal-time = <b>{ $goal }</b> il { $date } · obiettivo { $time }
ans-plan-to-go = { $days ->
        [one] Manca { $days } giorno
       *[other] Mancano { $days } giorni
    } · settimana { $week } di { $weeks }
ans-plan-passed = Il giorno della gara è passato. Dimmi il tuo prossimo obiettivo!
ans-plan-this-week = Questa settimana
ans-plan-today = Oggi
ans-plan-open = 📅 Apri il piano
ans-col-week = Set
ans-col-phase = Fase
ans-col-from = Dal
ans-col-plan = Piano
ans-col-done = Fatti
