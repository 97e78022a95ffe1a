# Esiti degli strumenti: corse registrate, sensazioni, spostamenti, aggiustamenti, frequenza cardiaca, domande dopo la corsa.

## Conferme varie (ogni lingua scrive le sue)
out-saved-1 = Fatto.
out-saved-2 = Ricevuto.
out-saved-3 = Tutto a posto.
out-saved-4 = Segnato.
out-saved-5 = Aggiornato.
out-saved-6 = Cambiato.
out-effort-fits-1 = Proprio dove deve essere.
out-effort-fits-2 = Bene: è lo sforzo che il piano chiede.
out-effort-fits-3 = Ben dosato. Continua così!
out-effort-fits-4 = Perfetto. È questa costanza che costruisce la forma.
out-effort-fits-5 = Ottimo, è così che si deve sentire una corsa lenta.
out-effort-hard-1 = Dura, ma dentro quello che il piano prevede. Tieni le giornate facili davvero facili.
out-effort-hard-2 = Una bella fatica. La prossima corsa lenta falla davvero piano.
out-effort-hard-3 = Buon lavoro. Anche il recupero è allenamento: domani con calma.
out-noted-1 = Grazie per avermelo detto
out-noted-2 = Buono a sapersi, grazie
out-noted-3 = Grazie, segnato

## Corse registrate
out-run-duplicate = Questa corsa ce l’avevo già: { $distance } in { $time }.
out-run-logged = Registrata: { $distance } in { $time } ({ $pace }), { $date }.
out-run-covers = Così completi <b>{ $title }</b>. ✅ Bravo!
out-run-partial = È una parte di <b>{ $title }</b> ({ $planned } previsti): conta come parziale.
out-run-extra-planned = Quel giorno il piano aveva <b>{ $title }</b>; questa la conto come corsa extra.
out-run-extra = Quel giorno non c’era niente in programma, quindi conta come corsa extra.
out-adjusted-coming = Ho sistemato i prossimi giorni:
out-balanced = Per tenere la settimana in equilibrio:
out-more-days = • …e altri { $n }
out-spike = Attenzione: { $run } sono il { $pct } % in più della tua corsa più lunga degli ultimi 30 giorni ({ $longest }); i salti oltre il 10 % aumentano il rischio di infortunio{ $eased ->
    [yes] , quindi ho alleggerito i prossimi giorni.
   *[no] ; nei prossimi giorni vai piano.
}

## Sensazioni
out-effort = sforzo { $rpe }/10
out-feeling = sensazione: { $feeling }
out-feeling-noted = sensazione segnata
out-feel-great = alla grande
out-feel-good = bene
out-feel-ok = così così
out-feel-tired = stanchezza
out-feel-exhausted = sfinimento
out-pain-felt = dolore ({ $location }) { $severity }/10
out-noted = { $noted }: { $details }.
out-noted-effort = Grazie, segnato: { $details }.
out-stop-running = <b>Per ora non correrci sopra.</b> Un dolore di questo livello è un motivo per farti vedere da un fisioterapista o da un medico sportivo prima di riprendere. Ho tolto le corse dal piano per i prossimi giorni; dimmi quando ti hanno visto e come va.

## Spostamenti, salti e aggiustamenti
out-nothing-to-move = Niente da spostare: il piano è già così.
out-the-workout = L’allenamento
out-moved = { $saved } { $workout } passa da { $from } a <b>{ $to }</b>.
out-done = Fatto.
out-skipped-day = Saltato: { $date }. Nessun senso di colpa: una seduta non fa né disfa un piano.
out-skipped = Saltato.
out-adjust-illness = Rimettiti presto. Prima il riposo: niente corsa con febbre o sintomi al petto.
out-adjust-injury = Mi dispiace. Ho tolto pressione; se ti fa male camminare, o peggiora, vai da un fisioterapista.
out-adjust-fatigue = Ascoltare la stanchezza è allenarsi con la testa.
out-adjust-travel = Buon viaggio! Ho tenuto quello che conta di più per i giorni che hai.
out-adjust-busy = Le settimane piene capitano. Ho tenuto quello che conta di più per i giorni che hai.
out-adjust-other = Piano sistemato.
out-adjust-none = Nessun allenamento in programma è stato toccato.
out-no-plan = Ancora nessun piano. Dimmi la tua gara obiettivo, o tocca qui sotto.
out-nothing-planned = Niente in programma tra { $from } e { $to }.

## Perché un giorno è cambiato
out-days-changed = { $n ->
    [one] { $n } giorno cambiato
   *[other] { $n } giorni cambiati
}: { $clauses }.
out-days-changed-km = { $n ->
    [one] { $n } giorno cambiato
   *[other] { $n } giorni cambiati
} ({ $km }): { $clauses }.
out-why-missed = segnato come mancato
out-why-skipped = { $note ->
    [none] saltato
   *[other] saltato ({ $note })
}
out-why-partial = { $km } corsi su { $refKm }
out-why-ran = { $km } corsi
out-why-moved-from = { $date ->
    [none] spostato qui
   *[other] spostato qui da { $date }
}
out-why-moved-to = { $date ->
    [none] spostato
   *[other] spostato a { $date }
}
out-why-swapped = { $date ->
    [none] scambiato
   *[other] scambiato con { $date }
}
out-why-rest-illness = { $value ->
    [one] riposo per { $value } giorno di malattia
   *[other] riposo per { $value } giorni di malattia
}
out-why-rest-injury = { $value ->
    [one] riposo per { $value } giorno di infortunio
   *[other] riposo per { $value } giorni di infortunio
}
out-why-hold-pain = in pausa dopo un dolore di { $value }/10 finché non hai il via libera
out-why-lighter-hard-easy = più leggero dopo una corsa lenta a sforzo { $value }/10
out-why-lighter-unplanned = più leggero dopo una corsa extra dura a sforzo { $value }/10
out-why-lighter-exhausted = più leggero perché ti sentivi sfinito
out-why-lighter-pain = più leggero finché il dolore ({ $value }/10) si calma
out-why-lighter-fatigue = a circa il { $value } % mentre recuperi
out-why-lighter-load = più leggero: gli ultimi 7 giorni erano { $value }× il tuo carico abituale
out-why-easing-back = rientro graduale a circa il { $value } %
out-why-return-easy-only = solo corsa lenta nei primi 7 giorni di rientro
out-why-return-volume = al massimo { $km } in quei 7 giorni di rientro
out-why-return-resume = { $date ->
    [none] di nuovo nel piano
   *[other] la corsa riparte qui (anticipata da { $date })
}
out-why-return-paces = ritmi da VDOT { $value } invece di { $ref } per la pausa
out-why-busy-moved-to = { $date ->
    [none] spostato
   *[other] spostato a { $date }
} { $signal ->
    [travel] per il viaggio
   *[other] per un periodo pieno
}
out-why-busy-skipped = saltato { $signal ->
    [travel] per il viaggio
   *[other] per un periodo pieno
}
out-why-busy-support = più lungo perché il lungo resti lungo
out-why-busy-kept = tenuto perché il lungo resti lungo
out-why-new-paces = { $ref ->
    [none] ritmi da VDOT { $value }
   *[other] ritmi da VDOT { $value } (prima { $ref })
}
out-why-long-time-cap = lungo limitato a { $km }, { $ref } minuti al tuo ritmo lento
out-why-tuneup-recovery = facile per { $value } giorni dopo la gara di { $refKm }
out-why-spike-ease = più leggero dopo la tua corsa di { $km }, oltre il 10 % in più della più lunga dei 30 giorni prima ({ $refKm })
out-why-spike-cap = entro il 10 % in più della tua corsa più lunga degli ultimi 30 giorni, { $km }
out-why-week-growth = la settimana tenuta a { $refKm }, al massimo il 10 % sopra le ultime settimane
out-why-quality-share = la seduta tenuta nella sua quota della settimana
out-why-long-share = il lungo tenuto al { $value } % della sua settimana
out-why-long-longest = nessuna corsa più lunga del lungo

## Domande sulle corse fuori piano
out-pain-at-rated = il dolore ({ $location }, { $severity }/10)
out-pain-at = il dolore ({ $location })
out-pain-rated = il dolore ({ $severity }/10)
out-pain-any = il dolore
out-checkin-ill = 🤒 Il { $date } mi hai detto che eri malato. Come ti senti adesso? Con solo il naso che cola una corsa lenta di solito va bene; con febbre, dolori o tosse di petto, riposa finché non passano.
out-checkin-injured = 🩹 Com’era { $pain } durante questa corsa? Se è peggiorato durante o dopo, dimmelo e alleggerisco.
out-checkin-on-hold = ⚠️ Il { $date } mi hai scritto: { $pain }, quindi la corsa è in pausa. Ti ha fatto male in questa corsa? Riposa finché non ti fai vedere, e dimmi cosa ti dicono.
out-checkin-rest-day = Il { $date } era un giorno di riposo nel tuo piano. Una corsa extra ogni tanto va bene; tienile facili e corte, perché è nei giorni di riposo che l’allenamento si assimila.
out-checkin-skipped = «{ $title }» del { $date } era saltato nel tuo piano. Questa corsa era facile? Se stai di nuovo bene, dimmelo e rimetto a posto il piano.

## Profilo e impostazioni
out-profile-title = <b>Il tuo profilo</b>
out-profile-times = Fuso orario { $zone } · allenamenti alle { $morning } · domanda della sera alle { $evening }
out-profile-volume = { $days } giorni a settimana · ora { $distance } a settimana · lungo il { $day }
out-profile-race = Ultima gara: { $race } in { $time }
out-profile-no-race = Ancora nessuna gara recente (dimmene una e imposto i tuoi ritmi).
out-heart-profile = Frequenza cardiaca: { $numbers }
out-race-confirm = Il tuo risultato sulla { $race } in { $time } è più lento della tua forma attuale: porterebbe il tuo VDOT da { $before } a { $after } e rallenterebbe tutti i ritmi. Era uno sforzo a tutta, in condizioni normali (niente caldo, salite, malattia o gara trattenuta)?
out-btn-race-yes = Sì, a tutta
out-btn-race-no = No
out-race-kept = Allora i tuoi ritmi restano come sono: una gara in condizioni dure o non a tutta dice poco della tua forma.
out-race-noted = Risultato segnato: { $race } in { $time }.
out-race-noted-vdot = Risultato segnato: { $race } in { $time } (VDOT { $vdot }).
out-paces-updated = I tuoi ritmi sono aggiornati in tutto il piano.
out-timezone-set = Fuso orario: { $zone }
out-evening-set = Ti chiederò com’è andata alle { $time }.
out-units-km = Distanze in chilometri.
out-units-mi = Distanze in miglia.
out-days-set = { $n } giorni di corsa a settimana{ $note }
out-volume-set = Volume attuale: { $distance } a settimana.
out-long-run-day-set = Lungo il { $day }{ $note }
out-plan-note-rebuilt = .
out-plan-note-error = {" "}(il piano attuale resta com’è: { $error })
out-plan-note-next = {" "}(lo userà il prossimo piano).
out-name-set = Piacere di conoscerti, { $name }!
out-heart-set = Frequenza cardiaca: { $numbers }.
out-heart-ask-max = Dimmi anche la tua frequenza massima (o di soglia) e imposto le zone.
out-settings-title = <b>Le tue impostazioni</b>
out-settings-timezone = Fuso orario: { $zone }
out-settings-morning = Allenamento del mattino alle: { $time }
out-settings-evening = Domanda della sera alle: { $time }
out-settings-units-km = Unità: chilometri
out-settings-units-mi = Unità: miglia
out-settings-days = Giorni a settimana: { $n }
out-settings-volume = Volume settimanale attuale: { $distance }
out-settings-long-run-day = Lungo il: { $day }
out-settings-hint = Tocca per cambiare, o dimmelo (<i>sono a Tokyo</i>, <i>svegliami alle 6:30</i>).
out-settings-btn-timezone = Fuso orario
out-settings-btn-morning = Ora del mattino
out-settings-btn-evening = Ora della sera
out-settings-btn-use-mi = Usa le miglia
out-settings-btn-use-km = Usa i chilometri
out-settings-btn-days = Giorni a settimana
out-settings-btn-long-run-day = Giorno del lungo
out-pick-days = Quanti giorni a settimana vuoi correre?
out-pick-long-run-day = Quale giorno va bene per il lungo?
out-pick-morning = A che ora vuoi ricevere l’allenamento del giorno? Tocca un orario o scrivilo (<i>svegliami alle 6:15</i>).
out-pick-evening = A che ora ti chiedo com’è andata la corsa? Tocca un orario o scrivilo (<i>chiedimelo alle 21</i>).
out-pick-timezone = Dove sei? Tocca un fuso o dimmi la tua città (<i>sono a Lisbona</i>).
out-pick-other = Tocca un’impostazione in /settings per cambiarla.

## Frequenza cardiaca
out-hr-max = max { $n }
out-hr-resting = a riposo { $n }
out-hr-threshold = soglia { $n }
out-hr-bpm = { $list } bpm
out-hr-zones-by = Zone cardiache, secondo { $method }:
out-hr-method-friel = le zone di Friel dalla tua frequenza di soglia
out-hr-method-karvonen = la riserva cardiaca (Karvonen) dalla tua frequenza massima e a riposo
out-hr-method-max = una percentuale della tua frequenza massima (Daniels)
out-hr-zone-recovery = Recupero
out-hr-zone-easy = Lento e lungo
out-hr-zone-marathon = Ritmo maratona
out-hr-zone-threshold = Soglia
out-hr-zone-intervals = Ripetute
out-hr-zone = { $name }: { $min }–{ $max } bpm

## Cambi del piano
out-week-this = Questa settimana: { $before } → { $after }
out-week-next = la prossima settimana: { $before } → { $after }
out-what-race-day = la gara ora è { $date } ({ $weeks ->
    [one] tra { $weeks } settimana
   *[other] tra { $weeks } settimane
})
out-what-goal-time = tempo obiettivo { $time }
out-what-no-goal-time = nessun tempo obiettivo: i ritmi seguono la tua forma
out-what-days = { $n } giorni di corsa a settimana
out-what-long-run-day = lungo il { $day }
out-what-weekly = il volume settimanale che corri adesso
out-plan-rebuilt = Fatto: { $what }. Ho ricostruito il piano da oggi; tutto quello che viene prima resta com’era.
out-return-as-is = Che bello sentirlo! Il tuo piano continua così com’è.
out-return = Ottima notizia, bentornato! Ripartiamo piano: { $first } di corsa lenta nei prossimi 7 giorni, al massimo metà della tua ultima settimana completa prima dello stop ({ $ref }), poi { $second } nei 7 successivi{ $paces }. Fermati e dimmelo se il dolore torna.
out-return-paces = , con ritmi di circa { $loss } punti VDOT più facili per lo stop
out-restored = Di nuovo nel piano: { $date }, { $title } ({ $distance }).
out-restored-moved-back = Quando l’hai saltato era stato spostato a { $date }; quel giorno è di nuovo libero.
out-restored-as-easy = Torna come corsa lenta: il giorno accanto è già impegnativo.
out-kind-morning = messaggi dell’allenamento del mattino
out-kind-evening = domande della sera
out-kind-weekly = riepiloghi settimanali
out-messages-paused = In pausa: { $list }. Il tuo piano è sempre qui (/today, /week); scrivi <i>{ $kind ->
    [morning] riattiva i messaggi del mattino
    [evening] riattiva le domande della sera
    [weekly] riattiva i riepiloghi settimanali
   *[other] riattiva i miei messaggi
}</i> per riaverli.
out-messages-back = Di nuovo attivi: { $list }.
