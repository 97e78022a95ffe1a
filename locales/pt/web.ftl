# A Mini App (web/): todas as suas palavras. Datas, números, distâncias e ritmos são formatados pelo Intl no
# idioma do corredor; os marcadores ($...) são os mesmos em todos os idiomas (test/webapp/locales.test.ts).

## Abas e cabeçalho

tab-plan = Plano
tab-progress = Progresso
tab-settings = Definições
header-plan = Plano de { $goal }
header-no-plan = runcoach
header-race = Prova a { $date }
header-today = Hoje, { $date }
goal-time = objetivo { $time }
hello = Olá!
hello-name = Olá, { $name }!
no-plan-title = Ainda não há plano
no-plan-hint = Fala ao treinador no chat da tua prova-objetivo, por exemplo “meia maratona a 14 de março, corro 30 km por semana”.
loading-plan = A carregar o teu plano…

## Problemas

problem-401 = Abre o runcoach a partir do Telegram
problem-404 = Diz olá primeiro
problem-other = Algo correu mal
error-no-telegram = Abre esta página a partir do bot runcoach no Telegram.
error-status = O treinador respondeu com o erro { $status }. Tenta de novo daqui a pouco.
error-network = Sem ligação ao treinador. Verifica a internet e tenta de novo.

## Distâncias

goal-5k = 5 km
goal-10k = 10 km
goal-half = Meia maratona
goal-half-short = Meia
goal-marathon = Maratona

## Tipos de treino

type-easy = Corrida leve
type-recovery = Regenerativo
type-long = Longão
type-tempo = Tempo run
type-intervals = Intervalado
type-marathon-pace = Ritmo de maratona
type-hills = Subidas
type-race = Prova
chip-easy = Leve
chip-recovery = Regen
chip-long = Longão
chip-tempo = Tempo
chip-intervals = Interv
chip-marathon-pace = RM
chip-hills = Subidas
chip-race = Prova

## Calendário

phase-base = Base
phase-build = Desenvolvimento
phase-peak = Pico
phase-taper = Polimento
phase-race = Prova
week-number = Semana { $week }
rest = descanso
ran = Correste { $distance }
legend-marks = ✓ feito · ✕ saltado · ! falhado
subscribe = Subscrever na tua app de calendário
subscribe-link = Adiciona este link à tua app de calendário como subscrição:
status-planned = Previsto
status-done = Feito
status-partial = Feito em parte
status-skipped = Saltado
status-missed = Falhado

## Detalhe do treino

rest-day = Dia de descanso
rest-day-hint = Sem corrida prevista: descansa, dorme e come bem.
title-easy = Corrida leve
title-easy-strides = Corrida leve + acelerações
title-recovery = Corrida regenerativa
title-long = Longão
title-long-mp = Longão com final a ritmo de maratona
title-tempo = Tempo run
title-cruise = Intervalos no limiar { $reps } × { $length }
title-intervals = Intervalado { $reps } × { $length }
title-intervals-plain = Intervalado
title-reps = Repetições { $reps } × { $length }
title-marathon-pace = Corrida a ritmo de maratona
title-hills = Subidas { $reps } × { $length }
title-hills-plain = Subidas
title-race = Dia de prova: { $race }
title-race-plain = Dia de prova
purpose-easy = Constrói a base aeróbica e deixa os dias duros fazerem efeito.
purpose-recovery = Solta as pernas depois de um dia duro; quanto mais lento, melhor.
purpose-long = Constrói resistência; come e bebe como planeias fazer no dia da prova.
purpose-tempo = Sobe o ritmo que consegues manter durante cerca de uma hora.
purpose-intervals = Sobe o teu teto aeróbico (VO2máx) e a economia de corrida.
purpose-marathon-pace = Treina o ritmo-objetivo, a alimentação e o ritmo de prova.
purpose-hills = Ganha força e técnica com pouco impacto.
purpose-race = Parte controlado, assenta no ritmo-objetivo, acaba forte.
steps = Etapas
step-warmup = Aquecimento
step-run = Corrida
step-work = Bloco
step-cooldown = Retorno à calma
zone-easy = leve
zone-marathon = a ritmo de maratona
zone-threshold = a ritmo de limiar
zone-interval = a ritmo de intervalos
zone-repetition = a ritmo de repetições
zone-hill = a subir
zone-stride = acelerações
zone-race = a ritmo de prova
step-single = { $kind }: { $distance } { $zone }
step-repeats = { $kind }: { $reps } × { $distance } { $zone }
step-recovery = { $distance } de trote leve entre cada
step-recovery-hill = { $distance } de trote a descer entre cada
effort-easy = ritmo de conversa: conseguias falar com frases completas
effort-marathon = constante e controlado, um ritmo para aguentar horas
effort-threshold = confortavelmente duro: poucas palavras de cada vez
effort-interval = duro, cerca do teu esforço de 3–5 km
effort-repetition = rápido e solto, cerca do teu esforço da milha
effort-hill = forte a subir, cerca do esforço de 5 km; desce a trotar
effort-stride = rápido e solto, sem sprintar; volta a andar
effort-race = esforço de prova
pace-per-km = { $time }/km
pace-per-mi = { $time }/mi
action-done = Feito
action-skip = Saltar
action-move = Mudar
done-later = Marca como feito depois de o correres
download-fit = Descarregar FIT
result-done = Marcado como feito. Boa corrida!
result-skipped = Saltado.
result-moved = Mudado.
move-title = Mudar este treino
move-hint = Para outro dia da mesma semana.
move-new-day = Novo dia
move-choose = Escolhe um dia
move-no-day = Já não há dias livres esta semana
move-choose-error = Escolhe o dia para onde o mudar.
cancel = Cancelar

## Progresso

loading-progress = A carregar o progresso…
progress-unavailable = O progresso não está disponível
weekly-distance = Volume semanal
per-week-km = km por semana
per-week-mi = milhas por semana
legend-planned = previsto
legend-done = feito
no-weeks = Ainda não há semanas para mostrar.
volume-chart-label = Volume semanal, previsto e feito
volume-bar = { $date }: { $done } de { $planned }
training-load = Carga de treino
training-load-unit = RPE × minutos por semana
load-chart-label = Carga de treino semanal
acwr = Aguda:crónica
fitness = Forma
fatigue = Fadiga
fitness-from = A forma e a fadiga aparecem a partir de { $date }, após { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} de corridas registadas.
load-rising = A carga está a subir depressa demais: o treinador alivia a próxima semana.
prediction-title = Previsão de prova
vdot = VDOT { $vdot }
prediction-hint = Diz ao treinador um resultado recente de prova para teres uma previsão.

## Definições

settings-title = Definições
settings-hint = As mesmas definições que podes mudar no chat.
field-timezone = Fuso horário
field-morning = Mensagem da manhã
field-evening = Balanço da noite
field-units = Unidades
field-days = Dias por semana
field-long-run-day = Dia do longão
units-km = Quilómetros
units-mi = Milhas
days-count = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
save = Guardar
saving = A guardar…
settings-saved = Guardado. O treinador usa as novas definições a partir de agora.
settings-saved-zone = Guardado. Fuso horário: { $zone }. O treinador usa as novas definições a partir de agora.
settings-unchanged = Nada mudou.
settings-plan-note = Os dias por semana e o dia do longão moldam o teu próximo plano; pede ao treinador no chat para refazer o atual.
error-timezone = Escreve uma cidade como Lisbon ou um fuso horário como Europe/Lisbon (64 caracteres no máximo).
error-time = Uma hora no formato HH:MM, por exemplo 07:30.
error-units = Quilómetros ou milhas.
error-days = De 2 a 7 dias.
error-long-run-day = Escolhe um dia da semana.
