# La chat (area dell’ingegnere 17a): comandi, risposte del coach, pulsanti, benvenuto, errori.
# Testi in HTML di Telegram. Le chiavi sono uniche tra chat.ftl, jobs.ftl e web.ftl.

## Unità e durate
unit-km = km
unit-mi = mi
duration-min = { $min } min
duration-h-min = { $h } h { $min } min

## /language
language-choose = Lingua attuale: { $current }. In che lingua preferisci che ti scriva?
language-saved = Salvato
language-set = Fatto: { $language }. Da ora in poi ti scrivo in italiano.
button-expired = Questo pulsante è scaduto.

## Menu dei comandi (setMyCommands)
cmd-today = L’allenamento di oggi
cmd-week = Questa settimana
cmd-plan = Il tuo piano in breve
cmd-log = Registra una corsa, es. /log 8 km 42:30 rpe 5
cmd-progress = Come vanno gli allenamenti
cmd-settings = Fuso orario, orari dei messaggi, unità, giorni
cmd-setup = Crea un nuovo piano passo passo
cmd-strava = Collega Strava
cmd-export = Scarica tutti i tuoi dati
cmd-delete = Cancella tutti i tuoi dati
cmd-help = Cosa so fare
cmd-fit = Un allenamento per il tuo orologio (.fit), es. /fit domani
cmd-calendar = Il tuo piano nella tua app calendario
cmd-intervals = Il tuo piano su intervals.icu
cmd-language = Lingua

## Benvenuto e aiuto
welcome-back = Bentornato{ $name ->
    [none] {""}
   *[other] , { $name }
}! Il tuo piano ti aspetta. Cosa vuoi vedere?
welcome-new = Ciao{ $name ->
    [none] {""}
   *[other] , { $name }
}! Sono il tuo coach di corsa. 🏃

    Ti preparo un piano di allenamento per la tua gara obiettivo, ogni mattina ti mando l’allenamento del giorno, ti chiedo com’è andata e adatto il piano a quello che mi racconti.

    Dimmi il tuo obiettivo con parole tue, per esempio:
    <i>mezza maratona il 14 marzo, corro 4 giorni a settimana, circa 30 km</i>

    oppure lo impostiamo insieme in quattro tocchi.
btn-today-workout = L’allenamento di oggi
btn-this-week = Questa settimana
btn-setup-plan = Crea il mio piano
help =
    <b>Cosa so fare</b>

    /today: l’allenamento di oggi, con i pulsanti Fatto, Salta e Sposta
    /week: gli allenamenti di questa settimana
    /plan: il tuo piano in breve
    /log: registra una corsa, es. <code>/log 8 km 42:30 rpe 5</code>
    /progress: previsto e fatto, carico di allenamento
    /settings: fuso orario, orari dei messaggi, unità, giorni a settimana, giorno del lungo
    /setup: crea un nuovo piano passo passo
    /strava: collega Strava
    /fit: un allenamento per il tuo orologio (.fit), es. <code>/fit domani</code>
    /calendar: il tuo piano nella tua app calendario
    /intervals: il tuo piano su intervals.icu (si sincronizza con Garmin, COROS, Suunto, Wahoo, Polar)
    Mandami un file .fit, .gpx o .tcx dal tuo orologio e registro la corsa.
    /export: scarica tutto quello che conservo su di te
    /delete: cancella tutti i tuoi dati
    /language: la lingua in cui ti scrivo

    Oppure scrivimi e basta:
    • <i>mezza maratona il 14 marzo, 4 giorni a settimana, circa 30 km</i>
    • <i>ho corso 10 km in 52:30, mi sentivo benissimo</i>
    • <i>gambe pesanti, 8/10</i>
    • <i>sposta la corsa di domani a venerdì</i> / <i>oggi salto</i>
    • <i>sono malato</i> / <i>la prossima settimana sono in viaggio, solo 2 giorni</i>
    • <i>svegliami alle 6:30</i> / <i>sono a Milano</i>

## Domande
q-location-button = 📍 Condividi la mia posizione
q-setup-retry = Non ho capito. Tocca un’opzione o scrivila:
q-place = Dove vivi? Dimmi la tua città (<i>Roma</i>, <i>Milano</i>) o un fuso orario, oppure condividi la posizione, così l’allenamento ti arriva la mattina.
q-place-unknown = Non so ancora dove si trovi { $name }. Dimmi una città più grande lì vicino o un fuso come <i>Europe/Rome</i>.
q-place-ambiguous = Quel paese ha più fusi orari. In che città sei?
q-location-terminal = La chat da terminale non può condividere la posizione: scrivi la tua città (es. <i>Roma</i>).
q-location-unknown = Non sono riuscito a collocare quella posizione in un fuso orario. Dimmi la tua città (es. <i>Roma</i>).
q-zone-set = Ricevuto: ora di { $place } ({ $zone }).
q-morning = A che ora vuoi ricevere l’allenamento la mattina? Tocca un orario o scrivilo (es. <i>6:45</i>). Ora è impostato alle { $current }.
q-morning-invalid = Gli orari si scrivono così: <i>6:30</i>, <i>6.45</i> o <i>07:00</i>.
q-arrival = L’allenamento ti arriva ogni mattina alle { $time }, ora di { $place }.
q-clarify-buttons = Oppure scegli:
q-log = Raccontami la corsa: distanza e tempo e, se vuoi, che sensazioni hai avuto. Per esempio <code>8 km 42:30 rpe 5</code> o <i>ieri 10 km in 55 min</i>.

## Configurazione guidata
setup-ask-goal = Per quale gara ti stai allenando?
setup-btn-half = Mezza maratona
setup-btn-marathon = Maratona
setup-ask-date = Ottimo, la { $goal }! Quando è la gara? Tocca quanto manca o scrivi la data (es. <i>14 marzo</i>).
setup-btn-in-weeks = { $weeks ->
    [one] tra { $weeks } settimana
   *[other] tra { $weeks } settimane
}
setup-ask-days = Quanti giorni a settimana riesci a correre?
setup-btn-just-starting = sto iniziando
setup-ask-km = Quanto corri più o meno a settimana adesso? (Oppure scrivilo: <i>circa 25 km</i>.)
setup-ask-long-run-day = Ultima cosa: che giorno ti va meglio per il lungo?
setup-later = Nessun problema. Dimmi il tuo obiettivo quando vuoi.
setup-expired = Questo pulsante è scaduto. Manda /setup per ricominciare.
setup-race-day = Giorno di gara: { $date }.
send-start-first = Prima manda /start.
log-negative = Distanza e tempo non possono essere negativi, quindi non ho registrato niente.
log-unreadable = Lì non ho trovato una distanza e un tempo.

## Gare obiettivo
goal-5k = 5 km
goal-10k = 10 km
goal-half = mezza maratona
goal-marathon = maratona

## Allenamenti
unit-metres = { $m } m
zone-easy = a ritmo lento
zone-marathon = a ritmo maratona
zone-threshold = a ritmo soglia
zone-interval = a ritmo ripetute
zone-repetition = a ritmo ripetute veloci
zone-hill = in salita
zone-stride = allunghi
zone-race = a ritmo gara
effort-easy = ritmo da conversazione: potresti parlare a frasi intere
effort-marathon = regolare e controllato, un ritmo da tenere per ore
effort-threshold = duro ma sostenibile: poche parole alla volta
effort-interval = duro, circa il tuo sforzo sui 3–5 km
effort-repetition = veloce e sciolto, circa il tuo sforzo sul miglio
effort-hill = forte in salita, circa lo sforzo dei 5 km; torna giù corricchiando
effort-stride = veloce e sciolto, non uno sprint; torna camminando
effort-race = sforzo di gara
step-strides-target = { $pace ->
    [none] allunghi ({ $effort })
   *[other] allunghi a { $pace } ({ $effort })
}
step-uphill-target = { $pace ->
    [none] in salita ({ $effort })
   *[other] in salita a { $pace } ({ $effort })
}
step-at-pace = a { $pace } ({ $effort })
step-at-zone = { $zone } ({ $effort })
step-warmup = Riscaldamento: { $distance } lento{ $pace ->
    [none] {""}
   *[other] {" "}a { $pace }
}
step-cooldown = Defaticamento: { $distance } lento{ $pace ->
    [none] {""}
   *[other] {" "}a { $pace }
}
step-jog-between = , { $distance } di corsa lenta tra una e l’altra
step-main-set = Parte centrale: { $reps } × { $distance } { $target }{ $between }
step-then = Poi: { $reps } × { $distance } { $target }{ $between }
step-easy = { $distance } lento{ $pace ->
    [none] {" "}({ $effort })
   *[other] {" "}a { $pace }
}
purpose-easy = Costruisce la base aerobica e lascia lavorare i giorni duri.
purpose-recovery = Scioglie le gambe dopo un giorno duro; più piano è, meglio è.
purpose-long = Costruisce resistenza; mangia e bevi come farai il giorno della gara.
purpose-tempo = Alza il ritmo che riesci a tenere per circa un’ora.
purpose-intervals = Alza il tuo tetto aerobico (VO2max) e l’economia di corsa.
purpose-marathon-pace = Allena il ritmo obiettivo, i rifornimenti e il ritmo di gara.
purpose-hills = Costruisce forza e tecnica con pochi impatti.
purpose-race = Parti controllato, assestati sul ritmo obiettivo, chiudi forte.
title-easy = Corsa lenta
title-easy-strides = Corsa lenta + allunghi
title-recovery = Corsa rigenerante
title-long = Lungo
title-long-mp = Lungo con finale a ritmo maratona
title-tempo = Medio
title-cruise = Ripetute a soglia { $reps } × { $distance }
title-intervals = Ripetute
title-intervals-set = Ripetute { $reps } × { $distance }
title-repetitions-set = Ripetute veloci { $reps } × { $distance }
title-marathon-pace = Corsa a ritmo maratona
title-hills = Ripetute in salita
title-hills-set = Ripetute in salita { $reps } × { $distance }
title-race = Giorno di gara
btn-done = ✅ Fatto
btn-skip = ⏭ Salta
btn-move = ↔ Sposta
btn-fit = ⌚ FIT
btn-rpe-easy = 😌 Facile
btn-rpe-ok = 🙂 Ok
btn-rpe-hard = 😤 Dura
btn-rpe-very-hard = 🥵 Durissima
btn-in-words = ✍️ A parole
rest-day = { $date }: giorno di riposo
rest-day-why = È nel riposo che l’allenamento diventa forma. Una camminata tranquilla va benissimo.
rest-day-next = Prossimo: { $workout }

## Un giorno
day-no-plan = Ancora nessun piano, quindi non c’è niente in programma. Dimmi la tua gara obiettivo (<i>10 km il 3 maggio, 4 giorni a settimana</i>) o tocca qui sotto.
card-heart-rate = ❤️ Frequenza cardiaca { $min }–{ $max } bpm
day-today = Oggi
day-tomorrow = Domani
day-plan-starts = Il tuo piano inizia il { $date }.
day-after-race = Questo è dopo la tua gara. Quando sei pronto, dimmi il prossimo obiettivo!
day-race-heading = { $day }: giorno di gara!
day-race-words = Parti più piano di quanto vorresti, trova il tuo ritmo e fidati del lavoro fatto. Goditela: te la sei guadagnata.
done-marked = <b>{ $title }</b> segnato come fatto. ✅ Che sensazioni?

## Un piano nuovo
phase-base = Base
phase-build = Sviluppo
phase-peak = Picco
phase-taper = Scarico
phase-race = Gara
paces-by-effort = Ritmi: per ora a sensazione. Dimmi una gara recente (<i>ho corso una 10 km in 48:30</i>) e li calcolo.
paces-title = I tuoi ritmi
pace-easy = Lento
pace-marathon = Maratona
pace-threshold = Soglia
pace-interval = Ripetute
pace-repetition = Ripetute veloci
plan-ready = Il tuo piano per la { $goal } è pronto
plan-race-day = Giorno di gara: { $date }
plan-race-day-goal = Giorno di gara: { $date } · obiettivo { $time }
plan-weeks-line = { $weeks ->
    [one] { $weeks } settimana
   *[other] { $weeks } settimane
} · { $phases } · settimana di picco { $peak }
plan-vdot-goal = I ritmi sono calcolati sul tuo obiettivo (VDOT { $vdot }). Dimmi una gara recente (<i>ho corso una 10 km in 48:30</i>) e confronto l’obiettivo con la tua forma attuale.
plan-vdot-now = VDOT { $vdot }: oggi potresti correrla in circa { $time }.
plan-please-read = Leggi qui
plan-week-heading = Settimana { $index } ({ $phase })
plan-next-steps = Ti mando ogni allenamento la mattina. /today ti mostra quello di oggi, /plan il quadro generale.
