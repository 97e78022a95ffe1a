# Errori (area 17x): perché uno strumento del coach non ha potuto agire (src/coach/tools) e gli errori dell’API
# della Mini App (src/webapp/router.ts). Testo semplice, senza HTML.

## Strumenti del coach
err-not-started = Prima manda /start: non ci conosciamo ancora.
err-no-plan = Non hai ancora un piano di allenamento. Prima creiamone uno (gara obiettivo e data).
err-coach-side = Qualcosa è andato storto dalla parte del coach; non è cambiato nulla.
err-race-time-off-tables = Questo tempo è fuori dalle tabelle dei ritmi; controlla il crono.
err-race-ahead = { $date } deve ancora arrivare: mandami il risultato dopo la gara.
err-nothing-to-change = Niente da cambiare: dimmi quale impostazione.
err-plan-nothing-to-change = Niente da cambiare: dimmi cosa vuoi cambiare.
err-range-reversed = La fine del periodo viene prima dell’inizio.
err-range-too-long = Chiedi al massimo circa tre mesi alla volta.
err-move-rest-day = { $date } è un giorno di riposo: non c’è nessuna corsa da spostare.
err-move-done = { $date }: questo allenamento non si può più spostare.
err-move-held-illness = { $date } cade mentre sei malato (fino a { $until }), quindi resta un giorno di riposo. Scegli un giorno dopo, o salta la corsa.
err-move-held-hold = { $date } cade durante la pausa dalla corsa (fino a { $until }), quindi resta un giorno di riposo. Scegli un giorno dopo, o salta la corsa.
err-move-held-injury = { $date } cade mentre sei infortunato (fino a { $until }), quindi resta un giorno di riposo. Scegli un giorno dopo, o salta la corsa.
err-skip-none-left = { $date }: non c’è più nessuna corsa in programma da saltare.
err-skip-rest-day = { $date } è già un giorno di riposo.
err-run-ahead = { $date } deve ancora arrivare: registra le corse quando le hai fatte.
err-duration-zero = Il tempo deve essere maggiore di zero.
err-pace-impossible = Sono { $pace } s al chilometro, più veloce del record del mondo: controlla distanza e tempo.
err-done-ahead = Questo allenamento deve ancora arrivare: segnalalo come fatto quando l’hai corso.
err-done-no-workout = { $date }: nessun allenamento in programma.
err-feedback-ahead = Il feedback si dà solo sulle corse già fatte.
err-restore-passed = { $date } è passato: se hai corso, registra la corsa.
err-restore-has-workout = { $date }: l’allenamento è già al suo posto.
err-restore-nothing-skipped = { $date }: nessun allenamento saltato da rimettere.

## Argomenti non validi
err-invalid-args = Non sono riuscito a leggerlo: { $issues }
err-arg-missing = { $field }: manca
err-arg-type = { $field }: serve { $expected ->
    [number] un numero
    [boolean] sì o no
    [object] un gruppo di campi
    [array] un elenco
    *[string] un testo
}
err-arg-int = { $field }: un numero intero
err-arg-min = { $field }: almeno { $min }
err-arg-above = { $field }: più di { $min }
err-arg-max = { $field }: al massimo { $max }
err-arg-below = { $field }: meno di { $max }
err-arg-too-short = { $field }: almeno { $n ->
    [one] { $n } carattere
    *[other] { $n } caratteri
}
err-arg-too-long = { $field }: al massimo { $n ->
    [one] { $n } carattere
    *[other] { $n } caratteri
}
err-arg-too-few = { $field }: almeno { $n ->
    [one] { $n } elemento
    *[other] { $n } elementi
}
err-arg-too-many = { $field }: al massimo { $n ->
    [one] { $n } elemento
    *[other] { $n } elementi
}
err-arg-one-of = { $field }: uno di questi valori: { $choices }
err-choice-km = chilometri
err-choice-mi = miglia
err-arg-date = { $field }: una data nel formato AAAA-MM-GG
err-arg-real-date = { $field }: questa data non esiste nel calendario
err-arg-clock = { $field }: un orario nel formato HH:MM (24 ore)
err-arg-duration = { $field }: un tempo nel formato H:MM:SS o MM:SS
err-arg-weeks = { $field }: un numero intero da 1 a 52
err-arg-timezone = { $field }: una città (per es. Roma) o un fuso orario (per es. Europe/Rome)
err-arg-invalid = { $field }: valore non valido
err-arg-said = { $field }: { $text }
err-arg-unknown = campi sconosciuti: { $names }
err-arg-feedback-empty = indica almeno una cosa: fatica, sensazioni o dolore
err-arg-nothing = niente da cambiare: manda almeno un’impostazione

## Nomi dei campi
err-field-args = dati
err-field-date = data
err-field-new-date = nuova data
err-field-race-date = data della gara
err-field-distance = distanza
err-field-duration = tempo
err-field-goal-time = tempo obiettivo
err-field-rpe = fatica (1-10)
err-field-feeling = sensazioni
err-field-severity = dolore (1-10)
err-field-goal = gara obiettivo
err-field-timezone = fuso orario
err-field-morning-time = ora dell’allenamento
err-field-evening-time = ora del check-in serale
err-field-days-per-week = giorni a settimana
err-field-weekly-km = volume settimanale
err-field-long-run-day = giorno del lungo
err-field-max-hr = frequenza cardiaca massima
err-field-resting-hr = frequenza cardiaca a riposo
err-field-lthr-hr = frequenza cardiaca di soglia
err-field-units = unità
err-field-weeks = settimane
err-field-reason = motivo

## Fusi orari
err-zone-empty = Scrivi una città (Roma) o un fuso orario (Europe/Rome).
err-zone-ambiguous = «{ $input }» ha più fusi orari: scrivi la tua città (Chicago) o il fuso (America/Chicago).
err-zone-unknown = Non so dove sia «{ $input }»: scrivi una città grande lì vicino (Roma) o un fuso orario (Europe/Rome).

## API della Mini App
err-web-bad = { $what ->
    [query] Richiesta non valida
    [date] Data non valida
    *[body] Dati non validi
}: { $issues }
err-web-not-found = non trovato
err-web-rate-limited = Troppe richieste: aspetta un minuto e riprova.
err-web-not-started = Non hai ancora iniziato con il coach: prima manda /start al bot su Telegram.
err-web-rest-day = { $date }: nessun allenamento in programma, è un giorno di riposo.
err-web-too-large = La richiesta è troppo grande.
err-web-bad-json = I dati non sono JSON valido.
err-web-utf8 = Manda JSON in UTF-8.
err-web-busy = Il coach è occupato per un attimo; non è cambiato nulla. Riprova.
err-web-auth-missing = Apri l’app dal bot su Telegram (manca l’intestazione Authorization con initData).
err-web-auth-malformed = I dati di Telegram (initData) sono danneggiati.
err-web-auth-forged = La firma dei dati di Telegram (initData) non corrisponde.
err-web-auth-stale = I dati di Telegram sono troppo vecchi: chiudi l’app e riaprila dal bot.
err-hr-too-close = Una frequenza a riposo di { $resting } e una massima di { $max } sono troppo vicine: controlla entrambi i valori.
err-hr-lthr-above-max = Una frequenza di soglia di { $lthr } non può essere uguale o sopra la massima di { $max }: controlla entrambi i valori.
