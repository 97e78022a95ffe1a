# Messaggi del mattino, della sera e della domenica, il grafico settimanale e Strava (area dell’ingegnere 17j).
# Testi in HTML di Telegram. Le chiavi sono uniche tra chat.ftl, jobs.ftl e web.ftl.

## Mattino
morning-hello = Buongiorno{ $name ->
    [none] {""}
   *[other] , { $name }
}! ☀️

## Domanda della sera
evening-title = <b>Com’è andata?</b>
evening-invite = Tocca qui sotto o raccontamelo a parole, tipo <i>«8 km in 45 min, facile»</i> o <i>«saltato, troppo stanco»</i>.
evening-btn-done = ✅ Fatto
evening-btn-skipped = ⏭ Saltato

## Resoconto della domenica
weekly-title = <b>La tua settimana, { $from } – { $to }</b>
weekly-distance = Previsti { $planned } · fatti { $done }
weekly-distance-pct = Previsti { $planned } · fatti { $done } ({ $pct })
weekly-workouts = Allenamenti: { $done } su { $planned } fatti
weekly-workouts-skipped = Allenamenti: { $done } su { $planned } fatti, { $skipped } saltati
weekly-load = Carico { $load } (RPE della seduta × minuti), { $trend }.
weekly-load-first = prima settimana con il carico registrato
weekly-load-none = nessun carico registrato
weekly-load-steady = stabile rispetto alla settimana scorsa ({ $change })
weekly-load-up = ▲ { $change } rispetto alla settimana scorsa
weekly-load-down = ▼ { $change } rispetto alla settimana scorsa
weekly-acwr = Acuto:cronico { $ratio }, { $note }.
weekly-acwr-spike = un aumento brusco: i prossimi giorni tienili facili
weekly-acwr-low = sotto il tuo solito: va bene per una settimana più leggera
weekly-acwr-ok = nella fascia tranquilla
weekly-verdict-none = Una settimana senza corse in programma.
weekly-verdict-over = Più del previsto: la prossima settimana, le corse lente falle lente davvero.
weekly-verdict-on = Esattamente come da piano. 👏
weekly-verdict-solid = Una bella settimana.
weekly-verdict-light = Meno del previsto. Capita; il piano riparte da qui, non serve recuperare niente.
weekly-next-none = <b>La prossima settimana</b>: niente in programma. Quando sei pronto, dimmi il prossimo obiettivo!
weekly-next = <b>La prossima settimana</b> ({ $size })
weekly-next-phase = <b>La prossima settimana</b> ({ $phase }, { $size })
weekly-phase-base = fase di base
weekly-phase-build = fase di sviluppo
weekly-phase-peak = fase di picco
weekly-phase-taper = fase di scarico
weekly-phase-race = settimana di gara
weekly-caption = <b>Settimana del { $date }</b>: { $done } su { $planned } previsti

## Il grafico della domenica
chart-title = Chilometraggio settimanale: fatto e previsto ({ $unit })
chart-subtitle = Ultime { $back } settimane e le prossime { $ahead }; la settimana in corso evidenziata
chart-plan = Previsto
chart-done = Fatto

## Strava in chat
strava-run-title = 🏃 <b>Corsa da Strava</b> · { $date }
strava-run-done = Fatto: { $distance } in { $time }
strava-run-done-pace = Fatto: { $distance } in { $time } ({ $pace })
strava-run-planned = Previsto: { $title }, { $distance }
strava-run-match-done = ✅ Allenamento del giorno fatto.
strava-run-match-partial = ◐ Parte della distanza prevista: conta come fatto in parte.
strava-run-match-extra = Conta come corsa extra.
strava-run-unplanned = Quel giorno non c’era niente in programma: conta come corsa extra.
strava-run-feel = <b>Che sensazioni?</b>
strava-connected = ✅ <b>Strava è collegato.</b>
strava-connected-athlete = ✅ <b>Strava è collegato</b> ({ $athlete }).
strava-replaced = L’account Strava collegato prima è stato scollegato e le sue attività qui sono state cancellate.
strava-connected-body =
    Le corse che salvi su Strava adesso compaiono qui in pochi secondi, abbinate al tuo piano, e ti chiederò com’è andata.
    Manda /strava per controllare il collegamento o per scollegarlo.
strava-confirm =
    Collegare l’account Strava di <b>{ $athlete }</b> a questa chat?
    Le sue corse compariranno qui. Se non hai appena collegato Strava tu, tocca No.
strava-btn-yes = Sì, collega
strava-btn-no = No
strava-declined = Non collegato. Da quell’account Strava non arriverà niente in questa chat. Manda /strava per collegarlo.
strava-expired = Questa domanda è scaduta, quindi non è stato collegato niente. Manda /strava per un link nuovo.
strava-taken = Quell’account Strava è già collegato a un’altra chat di runcoach, quindi non è stato collegato niente.
strava-full =
    Mi dispiace, questo coach è già collegato a tutti gli account Strava che Strava gli consente per ora ({ $limit }).
    Raccontami le tue corse a parole (<i>ho corso 8 km in 42:30</i>) o usa /log; se ti serve Strava, chiedi a chi gestisce questo coach.
strava-btn-retry = Collega di nuovo Strava
strava-denied =
    Strava <b>non</b> è collegato: l’accesso non è stato autorizzato sulla pagina di Strava.
    Se è stata una svista, tocca qui sotto per riprovare (il link vale 15 minuti) o manda /strava più tardi.
strava-missing-scope =
    Strava <b>non</b> è collegato: il permesso di leggere le tue attività era deselezionato, quindi non potrei vedere le tue corse.
    Tocca qui sotto e lascia selezionato <i>View data about your activities</i> (il link vale 15 minuti) o manda /strava più tardi.
strava-deauthorized =
    L’accesso di runcoach è stato revocato su Strava.
    Ho cancellato i tuoi token Strava e { $runs ->
        [one] l’attività Strava
       *[other] le { $runs } attività Strava
    } che avevo; i giorni del tuo piano sono tornati come prima.
    Manda /strava per collegarlo di nuovo.

## Pagine di Strava nel browser
strava-page-connected-title = Strava è collegato
strava-page-connected = Ora le tue corse compariranno nella chat con il tuo coach. Puoi chiudere questa scheda e tornare su Telegram.
strava-page-not-connected-title = Strava non è stato collegato
strava-page-denied =
    L’accesso non è stato autorizzato sulla pagina di Strava, quindi non è stato collegato niente.

    Per riprovare, usa il pulsante in chat o manda /strava al tuo coach.
strava-page-missing-scope =
    Il permesso di leggere le tue attività era deselezionato, quindi il tuo coach non potrebbe vedere le tue corse.

    Riprova dalla chat (o manda /strava) e lascia selezionato "View data about your activities".
strava-page-confirm-title = Quasi fatto
strava-page-confirm =
    Torna su Telegram e conferma lì: il tuo coach ti chiede se collegare l’account Strava di { $athlete }.

    Non viene collegato niente finché non tocchi Sì in chat.
strava-page-other-browser-title = Questo link qui non funziona
strava-page-other-browser =
    La pagina di Strava è stata aperta da un link avviato in un altro browser, quindi non è stato collegato niente.

    Se stai collegando il tuo Strava, manda /strava al tuo coach e apri il link in questo browser; se qualcuno ti ha mandato questo link, ignoralo.
strava-page-full =
    Questo coach è già collegato a tutti gli account Strava che Strava gli consente.

    Non è stato collegato niente. Il tuo coach ti spiega tutto in chat.
strava-page-bad-link-title = Questo link non funziona
strava-page-link-expired = Il link è scaduto: i link valgono 15 minuti.
strava-page-link-used = Il link è già stato usato: ogni link vale una volta sola.
strava-page-link-invalid = Il link non è valido.
strava-page-fresh-link = Manda /strava al tuo coach su Telegram per averne uno nuovo.
strava-page-already-linked =
    Questo account Strava è già collegato a un’altra chat di runcoach.

    Prima scollegalo lì (manda /strava in quella chat), poi riprova.
strava-page-failed-title = Impossibile raggiungere Strava
strava-page-failed = Qualcosa è andato storto parlando con Strava. Riprova tra un minuto: manda /strava al tuo coach.

## Il calendario
calendar-name = runcoach · { $goal } { $date }
calendar-goal-5k = 5 km
calendar-goal-10k = 10 km
calendar-goal-half = Mezza maratona
calendar-goal-marathon = Maratona
calendar-category-race = Gara
calendar-category-training = Allenamento
