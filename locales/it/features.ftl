# Funzioni del bot (area di 17f): comandi, pulsanti, i tuoi dati, vocali e foto, orologio e file, scuse e le
# battute del coach offline. Testi in HTML di Telegram.

## Avvisi dei pulsanti
feat-toast-start-first = Invia prima /start, poi riprova.
feat-toast-expired-today = Questo pulsante è scaduto. Invia /today per averne di nuovi.
feat-toast-option-expired = Questa opzione è scaduta; riapri /settings.
feat-toast-saved = Salvato
feat-toast-not-saved = Non salvato
feat-toast-fit-sending = Ti mando il file dell’allenamento…
feat-toast-calendar-renewed = Nuovo link pronto; il vecchio non vale più.
feat-in-words = Raccontamelo con parole tue: come ti sei sentito, quanto è stata dura (1–10), ti fa male qualcosa?

## Testo e comandi sconosciuti
feat-unknown-command = Non conosco il comando { $name }. Prova /today, /week, /plan, /log, /settings o /help, oppure scrivimi e basta.
feat-too-long = È un messaggio lungo ({ $length } caratteri). Riesci a dirlo in meno di { $max }? Una o due frasi bastano.

## /strava
feat-strava-not-set-up = Strava non è ancora configurato su questo coach. Nel frattempo raccontami le tue corse con parole tue (<i>corso 8 km in 42:30</i>) o usa /log.
feat-strava-connected = Strava è collegato (atleta { $athlete }). Le tue corse arrivano qui da sole.
feat-btn-strava-disconnect = Scollega Strava
feat-strava-connect = Collega Strava e le tue corse compariranno qui pochi secondi dopo averle salvate. Il link vale solo per te e per 15 minuti.
feat-btn-strava-connect = Collega Strava
feat-strava-disconnected = Strava è scollegato e ho cancellato tutte le attività Strava che avevo.

## /export e /delete
feat-export-nothing = Non ho ancora dati su di te. Invia /start per cominciare.
feat-export-intro = Tutto quello che conservo su di te, in JSON.
feat-export-caption = Tutto quello che conservo su di te: impostazioni, piano, corse e sensazioni (JSON).
feat-delete-nothing = Non ho dati su di te da cancellare.
feat-delete-confirm =
    <b>Cancellare tutto?</b>
    Le tue impostazioni, il piano, le corse, le sensazioni, la nostra conversazione e il collegamento a Strava spariranno per sempre. Non si può annullare.
feat-btn-delete-yes = Sì, cancella tutto
feat-btn-delete-no = Tieni i miei dati
feat-delete-kept = Non è stato cancellato niente.
feat-delete-gone-already = Non c’era più niente da cancellare.
feat-delete-done = Fatto: tutto quello che avevo su di te è cancellato. Invia /start se un giorno vuoi tornare ad allenarti.

## Vocali e foto
feat-type-it-voice = Me lo scrivi invece? Per esempio: <i>corso 8 km in 44 min, gambe pesanti</i>.
feat-type-it-photo = Mi scrivi la corsa invece? Per esempio: <i>10,2 km in 52:30 oggi</i>.
feat-needs-gemini-voice = Posso ascoltare i vocali solo quando qui è attivo il coach Gemini.
feat-needs-gemini-photo = Posso leggere le foto solo quando qui è attivo il coach Gemini.
feat-not-understood-voice = Scusa, adesso non sono riuscito ad ascoltare quel vocale.
feat-not-understood-photo = Scusa, adesso non sono riuscito a leggere quella foto.
feat-voice-too-long = Quel vocale dura { $length }; posso ascoltare fino a { $max ->
    [one] un minuto
   *[other] { $max } minuti
}. Me ne mandi uno più corto, o me lo scrivi?
feat-file-too-big = Quel file pesa { $size } MB; Telegram mi lascia scaricare fino a { $max } MB.
feat-file-too-big-unknown = Quel file è troppo grande: Telegram mi lascia scaricare fino a { $max } MB.
feat-fetch-failed-voice = Non sono riuscito a scaricare quel vocale da Telegram. Rimandalo, o scrivimelo.
feat-fetch-failed-photo = Non sono riuscito a scaricare quella foto da Telegram. Rimandala, o scrivimelo.
feat-audio-unsupported = Non riesco a riprodurre quel formato audio{ $type ->
    [none] {""}
   *[other] {" "}({ $type })
}. Mandami un vocale, o scrivimelo.
feat-photo-proposal = Dalla tua foto: registro <b>{ $distance } in { $time }</b> { $when }?
feat-when-today = oggi
feat-when-yesterday = ieri
feat-when-on = il { $date }
feat-btn-photo-log = ✅ Registra
feat-btn-photo-change = ✏️ Modifica
feat-btn-photo-cancel = ✖️ Annulla
feat-no-run-in-photo = In quella foto non trovo distanza e tempo di una corsa. Mandami una foto della schermata di riepilogo dell’orologio, del tapis roulant o dell’app, oppure scrivilo: <i>10 km in 52:30</i>.
feat-photo-change = Dimmi i numeri giusti a parole, per es. <i>10,2 km in 52:30 ieri</i>, e li registro.
feat-photo-cancelled = Ok, non registrato.
feat-other-message-media = Questo tipo di messaggio non riesco a leggerlo. Raccontami la corsa a parole o con un vocale, o mandami una foto del riepilogo dell’orologio.
feat-other-message-text = Per ora leggo solo testo. Raccontami la corsa a parole, per es. <i>corso 8 km in 42:30, sensazioni buone</i>.

## Orologio, calendario, intervals.icu e file di attività
feat-fit-how-to = Garmin: copialo via USB nella cartella <code>GARMIN/NewFiles</code> dell’orologio, o importalo su intervals.icu (/intervals ci tiene il tuo piano). COROS e Wahoo: importalo nella loro app.
feat-fit-nothing-on = Il { $date } non c’è niente in programma: giorno di riposo, quindi nessun file.
feat-fit-next = Prossimo: { $workout }. Invia /fit { $iso } per il suo file.
feat-fit-no-plan = Non hai ancora un piano, quindi non c’è un allenamento da mandare all’orologio. Invia /setup per crearne uno.
feat-fit-bad-date = Non riesco a leggere quella data. Prova <code>/fit</code> (oggi o il prossimo allenamento) o <code>/fit 2026-12-24</code>.
feat-calendar-new = Ecco il tuo nuovo link del calendario; il vecchio non funziona più.
feat-calendar-intro = Il tuo calendario di allenamento: iscriviti a questo link in Google Calendar, Apple Calendar o Outlook e lì compariranno allenamenti e gara, aggiornati quando il piano cambia.
feat-calendar-private = Il link è privato: chi ce l’ha può vedere il tuo piano. Rinnovalo se l’hai condiviso per sbaglio.
feat-btn-calendar-renew = 🔄 Rinnova il link
feat-calendar-no-plan = Non hai ancora un piano: il calendario si riempirà quando ne crei uno con /setup.
feat-intervals-not-set-up = intervals.icu non è configurato su questo coach: chi lo gestisce deve impostare APP_SECRET, così la tua chiave API può essere salvata cifrata.
feat-intervals-ask =
    intervals.icu porta il tuo piano sugli orologi Garmin, COROS, Suunto, Wahoo e Polar. Per collegarlo mandami il tuo <b>ID atleta</b> e la <b>chiave API</b> in un solo messaggio, così:

    <code>i123456 5x8abc...</code>

    Li trovi entrambi su intervals.icu in Settings → Developer Settings. Cancello il tuo messaggio appena l’ho letto e conservo la chiave cifrata. Invia /cancel per lasciar perdere.
feat-intervals-connected = ✅ intervals.icu è collegato (atleta { $athlete }). { $events ->
    [0] {""}
    [one] Ho messo un allenamento nel tuo calendario;{" "}
   *[other] Ho messo { $events } allenamenti nel tuo calendario;{" "}
}li tengo aggiornati ogni volta che il piano cambia. /intervals off lo scollega.
feat-intervals-status = intervals.icu è collegato (atleta { $athlete }): gli allenamenti del tuo piano da oggi in poi sono nel suo calendario.
feat-btn-intervals-disconnect = Scollega intervals.icu
feat-intervals-refused = intervals.icu non ha accettato quell’ID atleta e quella chiave API. Controllali in Settings → Developer Settings e rimandameli (o /cancel).
feat-intervals-unavailable = Adesso non riesco a raggiungere intervals.icu; non ho salvato niente. Riprova /intervals tra qualche minuto.
feat-intervals-unreadable = Mi servono l’ID atleta (tipo <code>i123456</code>) e la chiave API, separati da uno spazio. Rimandameli, o /cancel.
feat-intervals-disconnected = intervals.icu è scollegato{ $removed ->
    [0] {""}
    [one] {" "}e l’allenamento che ci avevo messo è stato tolto
   *[other] {" "}e i { $removed } allenamenti che ci avevo messo sono stati tolti
}. La tua chiave è cancellata.
feat-intervals-disconnected-unreachable = intervals.icu è scollegato e la tua chiave cancellata, ma non sono riuscito a raggiungerlo per togliere gli allenamenti previsti: cancellali lì se vuoi.
feat-intervals-not-connected = intervals.icu non è collegato.
feat-intervals-cancelled = Ok, intervals.icu resta scollegato.
feat-file-unsupported = Leggo i file di attività dell’orologio o dell’app: <b>.fit</b>, <b>.gpx</b> o <b>.tcx</b>. Mandami uno di questi, o raccontami la corsa a parole (<i>corso 8 km in 42:30</i>).
feat-file-unsupported-media = Leggo i file di attività dell’orologio o dell’app (<b>.fit</b>, <b>.gpx</b> o <b>.tcx</b>). Mandami uno di questi, raccontami la corsa a parole o con un vocale, o mandami una foto del riepilogo dell’orologio.
feat-file-empty = Quel file non contiene nessuna attività (né giri né punti traccia), quindi non ho registrato niente.
feat-file-corrupt = Non riesco a leggere quel file: sembra danneggiato o non è quello che dice il nome. Non ho registrato niente.
feat-file-not-running = Quel file non è una corsa, quindi non l’ho registrato. Conto solo le corse.
# The device names the sport in English (cycling, Biking): it is not shown in this language.
feat-file-sport = { $sport ->
   *[other] {""}
}Quel file non è una corsa, quindi non l’ho registrato. Conto solo le corse.
feat-file-no-distance = Quell’attività non ha quasi distanza né tempo, quindi non l’ho registrata.
feat-file-too-big-activity = Quel file supera i 20 MB, più di quanto Telegram mi lasci scaricare. Esporta di nuovo l’attività (un .fit di solito è molto più piccolo).
feat-file-download = Adesso non sono riuscito a scaricare quel file da Telegram. Rimandalo tra un minuto; non ho registrato niente.
feat-file-future = Quell’attività ha una data nel futuro, quindi non l’ho registrata. Controlla l’orologio del dispositivo che l’ha registrata.
feat-file-too-fast = Secondo quel file sei andato più veloce del record del mondo, quindi non l’ho registrato: controlla che sia una corsa.

## Scuse
feat-apology-error = Scusa, qualcosa è andato storto da parte mia e non sono riuscito a finire. Riprova tra un attimo.
feat-apology-busy = Scusa, il mio database è occupato da qualche minuto e non sono riuscito a salvarlo. Rimandamelo un po’ più tardi.
feat-apology-read-only = Scusa, non sono riuscito a salvarlo: il mio archivio adesso è in sola lettura. Rimandamelo più tardi.
feat-apology-disk-full = Scusa, non sono riuscito a salvarlo: il mio archivio adesso è pieno. Rimandamelo più tardi.
feat-apology-io = Scusa, non sono riuscito a salvarlo: il mio archivio adesso ha dei problemi. Rimandamelo più tardi.
feat-toast-failed = Scusa, non ha funzionato. Riprovi?
feat-toast-private-only = Apri una chat privata con me per usarlo.

## Il coach offline e il dialogo
feat-greeting = Ciao! 👋 Quando vuoi, io ci sono.
feat-thanks = Figurati! Buona corsa. 🏃
feat-not-understood = Non ho capito bene. Capisco cose come:
feat-example-log = corso 10 km in 52:30, sensazioni ottime
feat-example-feel = gambe pesanti, 8/10
feat-example-move = sposta la corsa di domani a venerdì
feat-example-sick = sono malato, niente corsa per 3 giorni
feat-example-plan = mezza maratona il 14 marzo, 4 giorni a settimana
feat-btn-log-run = Registra una corsa
feat-btn-what-can-you-do = Cosa sai fare?

## Spostare un allenamento
feat-move-gone = Quell’allenamento non si può più spostare. Invia /week per vedere il piano.
feat-move-no-day = Questa settimana non resta un altro giorno in cui spostarlo. Puoi saltarlo invece.
feat-move-which-day = A che giorno sposto <b>{ $title }</b>?
