# La Mini App (web/): tutte le sue parole. Date, numeri, distanze e passi li formatta Intl nella lingua del
# runner; i segnaposto ($...) sono gli stessi in tutte le lingue (test/webapp/locales.test.ts).

## Schede e intestazione

tab-plan = Piano
tab-progress = Progressi
tab-settings = Impostazioni
header-plan = Piano { $goal }
header-no-plan = runcoach
header-race = Gara il { $date }
header-today = Oggi, { $date }
goal-time = obiettivo { $time }
hello = Ciao!
hello-name = Ciao, { $name }!
no-plan-title = Ancora nessun piano
no-plan-hint = Racconta al coach in chat la tua gara obiettivo, per esempio “mezza maratona il 14 marzo, corro 30 km a settimana”.
loading-plan = Caricamento del piano…

## Problemi

problem-401 = Apri runcoach da Telegram
problem-404 = Prima saluta il bot
problem-other = Qualcosa è andato storto
error-no-telegram = Apri questa pagina dal bot runcoach su Telegram.
error-status = Il coach ha risposto con l’errore { $status }. Riprova tra poco.
error-network = Nessuna connessione con il coach. Controlla internet e riprova.

## Distanze

goal-5k = 5 km
goal-10k = 10 km
goal-half = Mezza maratona
goal-half-short = Mezza
goal-marathon = Maratona

## Tipi di allenamento

type-easy = Corsa lenta
type-recovery = Rigenerante
type-long = Lungo
type-tempo = Medio
type-intervals = Ripetute
type-marathon-pace = Ritmo maratona
type-hills = Salite
type-race = Gara
chip-easy = Lento
chip-recovery = Rigen
chip-long = Lungo
chip-tempo = Medio
chip-intervals = Rip
chip-marathon-pace = RM
chip-hills = Salite
chip-race = Gara

## Calendario

phase-base = Base
phase-build = Sviluppo
phase-peak = Picco
phase-taper = Scarico
phase-race = Gara
week-number = Settimana { $week }
rest = riposo
ran = Corsi { $distance }
legend-marks = ✓ fatto · ✕ saltato · ! mancato
subscribe = Iscriviti nella tua app calendario
subscribe-link = Aggiungi questo link alla tua app calendario come iscrizione:
status-planned = Previsto
status-done = Fatto
status-partial = Fatto in parte
status-skipped = Saltato
status-missed = Mancato

## Dettaglio dell’allenamento

rest-day = Giorno di riposo
rest-day-hint = Nessuna corsa in programma: riposa, dormi, mangia bene.
title-easy = Corsa lenta
title-easy-strides = Corsa lenta + allunghi
title-recovery = Corsa rigenerante
title-long = Lungo
title-long-mp = Lungo con finale a ritmo maratona
title-tempo = Medio
title-cruise = Ripetute a soglia { $reps } × { $length }
title-intervals = Ripetute { $reps } × { $length }
title-intervals-plain = Ripetute
title-reps = Ripetute veloci { $reps } × { $length }
title-marathon-pace = Corsa a ritmo maratona
title-hills = Ripetute in salita { $reps } × { $length }
title-hills-plain = Ripetute in salita
title-race = Giorno di gara: { $race }
title-race-plain = Giorno di gara
purpose-easy = Costruisce la base aerobica e lascia lavorare i giorni duri.
purpose-recovery = Scioglie le gambe dopo un giorno duro; più piano è, meglio è.
purpose-long = Costruisce resistenza; mangia e bevi come farai il giorno della gara.
purpose-tempo = Alza il ritmo che riesci a tenere per circa un’ora.
purpose-intervals = Alza il tuo tetto aerobico (VO2max) e l’economia di corsa.
purpose-marathon-pace = Allena il ritmo obiettivo, i rifornimenti e il ritmo di gara.
purpose-hills = Costruisce forza e tecnica con pochi impatti.
purpose-race = Parti controllato, assestati sul ritmo obiettivo, chiudi forte.
steps = Fasi
step-warmup = Riscaldamento
step-run = Corsa
step-work = Lavoro
step-cooldown = Defaticamento
zone-easy = lento
zone-marathon = a ritmo maratona
zone-threshold = a ritmo soglia
zone-interval = a ritmo ripetute
zone-repetition = a ritmo ripetute veloci
zone-hill = in salita
zone-stride = allunghi
zone-race = a ritmo gara
step-single = { $kind }: { $distance } { $zone }
step-repeats = { $kind }: { $reps } × { $distance } { $zone }
step-recovery = { $distance } di corsa lenta tra una e l’altra
step-recovery-hill = { $distance } di corsa lenta in discesa tra una e l’altra
effort-easy = ritmo da conversazione: potresti parlare a frasi intere
effort-marathon = regolare e controllato, un ritmo da tenere per ore
effort-threshold = duro ma sostenibile: poche parole alla volta
effort-interval = duro, circa il tuo sforzo sui 3–5 km
effort-repetition = veloce e sciolto, circa il tuo sforzo sul miglio
effort-hill = forte in salita, circa lo sforzo dei 5 km; torna giù corricchiando
effort-stride = veloce e sciolto, non uno sprint; torna camminando
effort-race = sforzo di gara
pace-per-km = { $time }/km
pace-per-mi = { $time }/mi
action-done = Fatto
action-skip = Salta
action-move = Sposta
done-later = Segnalo come fatto dopo averlo corso
download-fit = Scarica il FIT
result-done = Segnato come fatto. Bella corsa!
result-skipped = Saltato.
result-moved = Spostato.
move-title = Sposta questo allenamento
move-hint = In un altro giorno della stessa settimana.
move-new-day = Nuovo giorno
move-choose = Scegli un giorno
move-no-day = Nessun giorno libero rimasto questa settimana
move-choose-error = Scegli il giorno in cui spostarlo.
cancel = Annulla

## Progressi

loading-progress = Caricamento dei progressi…
progress-unavailable = I progressi non sono disponibili
weekly-distance = Chilometraggio settimanale
per-week-km = km a settimana
per-week-mi = miglia a settimana
legend-planned = previsti
legend-done = fatti
no-weeks = Ancora nessuna settimana da mostrare.
volume-chart-label = Chilometraggio settimanale, previsto e fatto
volume-bar = { $date }: { $done } su { $planned }
training-load = Carico di allenamento
training-load-unit = RPE × minuti a settimana
load-chart-label = Carico di allenamento settimanale
acwr = Acuto:cronico
fitness = Forma
fatigue = Fatica
fitness-from = Forma e fatica compaiono dal { $date }, dopo { $weeks ->
    [one] { $weeks } settimana
   *[other] { $weeks } settimane
} di corse registrate.
load-rising = Il carico sale troppo in fretta: il coach alleggerisce la prossima settimana.
prediction-title = Previsione di gara
vdot = VDOT { $vdot }
prediction-hint = Di’ al coach un risultato di gara recente per avere una previsione.

## Impostazioni

settings-title = Impostazioni
settings-hint = Le stesse impostazioni che puoi cambiare in chat.
field-timezone = Fuso orario
field-morning = Messaggio del mattino
field-evening = Resoconto serale
field-units = Unità
field-days = Giorni a settimana
field-long-run-day = Giorno del lungo
units-km = Chilometri
units-mi = Miglia
days-count = { $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
save = Salva
saving = Salvataggio…
settings-saved = Salvato. Il coach usa le nuove impostazioni da subito.
settings-saved-zone = Salvato. Fuso orario: { $zone }. Il coach usa le nuove impostazioni da subito.
settings-unchanged = Nessuna modifica.
settings-plan-note = I giorni a settimana e il giorno del lungo danno forma al tuo prossimo piano; chiedi al coach in chat di rifare quello attuale.
error-timezone = Scrivi una città come Roma o un fuso orario come Europe/Rome (al massimo 64 caratteri).
error-time = Un orario nel formato HH:MM, per esempio 07:30.
error-units = Chilometri o miglia.
error-days = Da 2 a 7 giorni.
error-long-run-day = Scegli un giorno della settimana.
