# I codici del motore di allenamento in parole (src/coach/replies/engine-words.ts).

## Un giorno cambiato.
eng-brief-rest = riposo
eng-brief = { $title } { $distance }
eng-brief-skipped = { $title } saltato
eng-change = { $from } → { $to }
eng-change-new = ora { $to }
eng-change-skipped = saltato
eng-change-status = { $title }: { $status ->
    [skipped] saltato
    [missed] mancato
    [partial] fatto in parte
    [done] fatto
   *[planned] in programma
  }

## Consigli che accompagnano una modifica.
eng-advice-load-unknown = Non c’è ancora abbastanza storico per valutare il tuo carico.
eng-advice-load-balanced = Il carico è in equilibrio (rapporto { $ratio }).
eng-advice-load-spike = Il tuo carico recente è schizzato in alto (rapporto 7 giorni / 28 giorni di { $ratio }, sopra { $limit }); la prossima settimana è più leggera, così il corpo recupera.
eng-advice-moved = { $title } ora è { $date }.
eng-advice-busy-kept = { $travel ->
    [yes] Mentre sei in viaggio
   *[no] Nei giorni pieni
  } il piano tiene il lungo e una seduta di qualità dove i tuoi giorni lo permettono; il resto salta.
eng-advice-busy-kept-proportion = { $travel ->
    [yes] Mentre sei in viaggio
   *[no] Nei giorni pieni
  } il piano tiene il lungo e una seduta di qualità dove i tuoi giorni lo permettono, più una corsa lenta perché il lungo resti in proporzione alla settimana; il resto salta.
eng-advice-busy-break = In quei giorni non c’è spazio per correre; goditi la pausa, il piano riprende { $date }.
eng-advice-busy-break-long = In quei giorni non c’è spazio per correre; goditi la pausa. Il piano riprende { $date }: la prima settimana è corsa lenta a circa metà della tua ultima settimana piena, la seconda a circa tre quarti.
eng-advice-illness = Riposo fino a { $date }. Riprendi solo dopo un giorno senza febbre; poi il piano riparte piano, a circa il { $factor } %.
eng-advice-illness-long = Riposo fino a { $date }. Riprendi solo dopo un giorno senza febbre; la prima settimana è corsa lenta a circa metà della tua ultima settimana piena, la seconda a circa tre quarti.
eng-advice-injury = Riposo fino a { $date }; fai vedere l’infortunio a un medico o a un fisioterapista prima di tornare a correre, io non posso fare diagnosi. Poi il piano riparte piano, a circa il { $factor } %.
eng-advice-injury-long = Riposo fino a { $date }; fai vedere l’infortunio a un medico o a un fisioterapista prima di tornare a correre, io non posso fare diagnosi. La prima settimana è corsa lenta a circa metà della tua ultima settimana piena, la seconda a circa tre quarti.
eng-advice-missed-easy = Nessun problema: una corsa lenta saltata si lascia andare.
eng-advice-missed-moved = { $title } si sposta a { $date }.
eng-advice-missed-moved-instead = { $title } si sposta a { $date }, al posto di: { $other }.
eng-advice-missed-dropped = { $title } salta questa settimana: non resta un giorno senza mettere due giorni duri di fila. Non forzarlo; il piano va avanti.
eng-advice-partial = Anche una parte conta: avanti con il piano.
eng-advice-race-slower = Il tuo risultato ({ $distance } in { $time }) è più lento della tua forma attuale (VDOT { $vdot } contro { $before }).
eng-advice-race-paces = Il tuo risultato ({ $distance } in { $time }) vale un VDOT di { $vdot }; ritmi aggiornati. Previsione { $goal }: { $predicted }.
eng-advice-race-paces-was = Il tuo risultato ({ $distance } in { $time }) vale un VDOT di { $vdot } (prima { $before }); ritmi aggiornati. Previsione { $goal }: { $predicted }.
eng-advice-pain-stop = Un dolore di { $severity }/10 ({ $location }) è un segnale per smettere di correre per ora. Fallo vedere a un medico o a un fisioterapista prima di tornare a correre; io non posso sapere cos’è, e correrci sopra può peggiorarlo. La corsa è in pausa finché non hai il via libera; dimmelo allora e ripartiamo con calma.
eng-advice-noted = Segnato, grazie. Continua così!
eng-advice-noted-tough = Segnato: è stata dura. I giorni facili restano facili.
eng-advice-lighter-pain = I prossimi giorni sono più leggeri. Se il dolore ({ $location }) dura più di qualche giorno, peggiora o cambia il tuo modo di correre, vai da un fisioterapista o da un medico.
eng-advice-lighter-exhausted = I prossimi giorni sono più leggeri. Dormi, mangia bene e dimmi come ti senti dopo la prossima corsa.
eng-advice-lighter-unplanned = Segnato: una corsa dura in un giorno di riposo. I prossimi giorni sono un po’ più facili per assorbirla.
eng-advice-lighter-hard-easy = Una corsa lenta non dovrebbe essere così faticosa; i prossimi giorni sono più leggeri. Caldo, sonno, stress o un raffreddore possono incidere.
eng-advice-fatigue = Giorni più facili fino a { $date }: dormi, mangia bene e dimmi come va la prossima corsa.

## Perché non è cambiato niente.
eng-refused-no-workout = Non c’è nessun allenamento in programma { $date }.
eng-refused-race-not-skipped = La gara non si salta da qui: cambia l’obiettivo o la data della gara.
eng-refused-same-day = È già in quel giorno.
eng-refused-past-day = I giorni passati restano come sono; scegli un giorno da oggi in poi.
eng-refused-race-fixed = La data della gara è fissa; per cambiarla, crea un nuovo piano con la nuova data.
eng-refused-after-race = Gli allenamenti restano prima del giorno della gara.
eng-refused-other-week = { $title } si può spostare solo nella sua settimana (da { $date }), così il carico settimanale resta sicuro.
eng-refused-day-taken = { $date } ha già una corsa registrata.
eng-refused-back-to-back = Così { $title } ({ $date }) finirebbe accanto a { $other } ({ $otherDate }): mai due giorni duri di fila.
eng-refused-days-past = Quei giorni sono già passati.
eng-refused-race-implausible = { $distance } in { $time } non torna; controlla il tempo.
eng-refused-race-future = La gara di { $date } non si è ancora corsa.
eng-refused-race-stale = Un risultato di { $date } ha più di 8 settimane: non dice più com’è la tua forma, quindi i ritmi restano.

## Avvisi del piano.
eng-warn-low-volume = Ora corri meno di { $km } a settimana; il piano parte da { $km }. Qualche tratto camminato va benissimo.
eng-warn-per-run = { $weekly } in { $days } giorni sono circa { $perRun } a uscita, ben oltre i { $max } a uscita della maggior parte dei piani; più giorni di corsa li distribuirebbero in sicurezza.
eng-warn-time-cap = Al tuo ritmo lento il limite di { $time } del lungo consente { $longest }, l’uscita più lunga del piano; per l’obiettivo { $goal } di solito si arriva a circa { $ready }. Il limite vale per qualsiasi data: una gara più tardi non allungherebbe il lungo.
eng-warn-build-short = Partendo da { $weekly } a settimana, il lungo può crescere in sicurezza solo fino a { $longest } entro { $date }; per l’obiettivo { $goal } servono circa { $ready }.
eng-warn-option-shorter = { $goal } il { $date }
eng-warn-option-later = { $goal } dal { $date } in poi ({ $weeks } settimane di allenamento)
eng-warn-works-one = Cosa funzionerebbe: { $first }.
eng-warn-works-two = Cosa funzionerebbe: { $first }, oppure { $second }.
eng-warn-build-first = Prima aumenta con calma il tuo volume settimanale.
eng-warn-limited = Se tieni questa gara, il piano limita il lavoro duro a una seduta breve a settimana e tiene i lunghi lenti.
eng-warn-race-stale = Il tuo risultato ({ $distance }) è di { $date }, più di 8 settimane fa; non fissa più i tuoi ritmi. Una gara o un test recente sì.
eng-warn-race-too-slow = Quel tempo è troppo lento per ricavarne i ritmi; gli allenamenti vanno a sensazione.
eng-warn-goal-unchecked = Senza una gara delle ultime 8 settimane non posso dire se { $goal } in { $time } è alla tua portata, quindi gli allenamenti vanno a sensazione e non a ritmo gara; una gara o un test fisserà i tuoi ritmi.
eng-warn-goal-beyond = Il tuo obiettivo di { $goal } richiede un VDOT di { $goalVdot }; la tua ultima gara dice { $vdot }. Il piano si allena ai tuoi ritmi attuali e gareggia al ritmo che puoi raggiungere: circa { $time } è un obiettivo realistico per il giorno della gara, oppure tieni l’obiettivo e scegli una gara più avanti.
eng-warn-old = Questo piano ha una nota di una versione precedente; chiedimi un nuovo piano per rivederla.

## Perché non è uscito un piano.
eng-error-unknown-goal = Obiettivo sconosciuto «{ $goal }»: scegli 5 km, 10 km, mezza maratona o maratona.
eng-error-bad-start-date = La data di inizio «{ $value }» non è una data (usa AAAA-MM-GG).
eng-error-bad-race-date = La data della gara «{ $value }» non è una data (usa AAAA-MM-GG).
eng-error-race-before-start = La data della gara, { $race }, è già passata (il piano inizierebbe { $start }).
eng-error-too-soon = Per l’obiettivo { $goal } servono almeno { $min } settimane di allenamento, e { $race } è a solo { $weeks ->
    [one] 1 settimana
   *[other] { $weeks } settimane
  } e { $days ->
    [one] 1 giorno
   *[other] { $days } giorni
  }. Scegli una gara dal { $earliest } in poi.
eng-error-too-soon-shorter = Per l’obiettivo { $goal } servono almeno { $min } settimane di allenamento, e { $race } è a solo { $weeks ->
    [one] 1 settimana
   *[other] { $weeks } settimane
  } e { $days ->
    [one] 1 giorno
   *[other] { $days } giorni
  }. Scegli una gara dal { $earliest } in poi, oppure { $shorter } in quella data.
eng-error-too-far = La gara è tra più di { $max } settimane; i piani durano al massimo { $max } settimane. Inizia il piano dopo { $start }.
eng-error-weekly-km = Il volume settimanale deve essere un numero da 0 a 300 km.
eng-error-days-per-week = I giorni a settimana devono essere un numero intero da 2 a 7.
eng-error-long-run-day = Il giorno del lungo deve essere un giorno della settimana.
eng-error-recent-race-after-start = La gara recente è del { $race }, dopo l’inizio del piano ({ $start }); indica una gara corsa prima dell’inizio.
eng-error-recent-race-incomplete = Alla gara recente mancano distanza o tempo.
eng-error-recent-race-too-fast = { $distance } in { $time } sarebbe più veloce del record del mondo; controlla il tempo.
eng-error-goal-time-invalid = Il tempo obiettivo deve essere una durata positiva.
eng-error-goal-time-too-fast = { $distance } in { $time } sarebbe più veloce del record del mondo; controlla il tempo obiettivo.
