# O Mini App (web/): todas as suas palavras, em português do Brasil (a maioria dos corredores que falam
# português). Datas, números, distâncias e ritmos são formatados pelo Intl no idioma do corredor; os marcadores
# ($...) são os mesmos em todos os idiomas (test/webapp/locales.test.ts).

## Abas e cabeçalho

tab-plan = Plano
tab-progress = Progresso
tab-settings = Configurações
header-plan = Plano de { $goal }
header-no-plan = runcoach
header-race = Prova em { $date }
header-today = Hoje, { $date }
goal-time = meta { $time }
hello = Oi!
hello-name = Oi, { $name }!
no-plan-title = Ainda não há plano
no-plan-hint = Conte ao treinador no chat qual é a sua prova-alvo, por exemplo “meia maratona em 14 de março, corro 30 km por semana”.
loading-plan = Carregando seu plano…

## Problemas

problem-401 = Abra o runcoach pelo Telegram
problem-404 = Diga oi primeiro
problem-other = Algo deu errado
error-no-telegram = Abra esta página pelo bot do runcoach no Telegram.
error-status = O treinador respondeu com o erro { $status }. Tente de novo daqui a pouco.
error-network = Sem conexão com o treinador. Confira sua internet e tente de novo.

## Distâncias

goal-5k = 5 km
goal-10k = 10 km
goal-half = Meia maratona
goal-half-short = Meia
goal-marathon = Maratona

## Tipos de treino

type-easy = Rodagem leve
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
chip-hills = Subida
chip-race = Prova

## Calendário

phase-base = Base
phase-build = Construção
phase-peak = Pico
phase-taper = Polimento
phase-race = Prova
week-number = Semana { $week }
rest = descanso
ran = Você correu { $distance }
legend-marks = ✓ feito · ✕ pulado · ! perdido
subscribe = Assinar no seu app de calendário
subscribe-link = Adicione este link ao seu app de calendário como assinatura:
status-planned = Previsto
status-done = Feito
status-partial = Feito em parte
status-skipped = Pulado
status-missed = Perdido

## Detalhe do treino

rest-day = Dia de descanso
rest-day-hint = Sem corrida prevista: descanse, durma e coma bem.
title-easy = Rodagem leve
title-easy-strides = Rodagem leve + acelerações
title-recovery = Rodagem regenerativa
title-long = Longão
title-long-mp = Longão com final em ritmo de maratona
title-tempo = Tempo run
title-cruise = Intervalado no limiar { $reps } × { $length }
title-intervals = Intervalado { $reps } × { $length }
title-intervals-plain = Intervalado
title-reps = Tiros { $reps } × { $length }
title-marathon-pace = Corrida em ritmo de maratona
title-hills = Subidas { $reps } × { $length }
title-hills-plain = Subidas
title-race = Dia de prova: { $race }
title-race-plain = Dia de prova
purpose-easy = Constrói a base aeróbica e deixa os dias fortes fazerem efeito.
purpose-recovery = Solta as pernas depois de um dia forte; quanto mais devagar, melhor.
purpose-long = Constrói resistência; coma e beba como pretende fazer no dia da prova.
purpose-tempo = Aumenta o ritmo que você sustenta por cerca de uma hora.
purpose-intervals = Aumenta seu teto aeróbico (VO2máx) e sua economia de corrida.
purpose-marathon-pace = Treina o ritmo-alvo, a hidratação, os géis e a cadência de prova.
purpose-hills = Ganha força e técnica com pouco impacto.
purpose-race = Largue controlado, encaixe no ritmo-alvo e termine forte.
steps = Etapas
step-warmup = Aquecimento
step-run = Corrida
step-work = Bloco
step-cooldown = Desaquecimento
zone-easy = leve
zone-marathon = em ritmo de maratona
zone-threshold = em ritmo de limiar
zone-interval = em ritmo de intervalado
zone-repetition = em ritmo de tiro
zone-hill = na subida
zone-stride = acelerações
zone-race = em ritmo de prova
step-single = { $kind }: { $distance } { $zone }
step-repeats = { $kind }: { $reps } × { $distance } { $zone }
step-recovery = { $distance } de trote leve entre cada
step-recovery-hill = { $distance } de trote na descida entre cada
effort-easy = ritmo de conversa: dá para falar frases inteiras
effort-marathon = constante e controlado, um ritmo para sustentar por horas
effort-threshold = confortavelmente forte: poucas palavras por vez
effort-interval = forte, perto do seu esforço de 3–5 km
effort-repetition = rápido e solto, perto do seu esforço de uma milha
effort-hill = forte na subida, esforço de 5 km; desça trotando
effort-stride = rápido e solto, sem sprintar; volte caminhando
effort-race = esforço de prova
pace-per-km = { $time }/km
pace-per-mi = { $time }/mi
action-done = Feito
action-skip = Pular
action-move = Mudar
done-later = Marque como feito depois de correr
download-fit = Baixar FIT
result-done = Marcado como feito. Mandou bem!
result-skipped = Pulado.
result-moved = Mudado.
move-title = Mudar este treino
move-hint = Para outro dia da mesma semana.
move-new-day = Novo dia
move-choose = Escolha um dia
move-no-day = Não sobrou nenhum dia livre nesta semana
move-choose-error = Escolha o dia para onde mudar.
cancel = Cancelar

## Progresso

loading-progress = Carregando o progresso…
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
acwr = Aguda:crônica
fitness = Forma
fatigue = Fadiga
fitness-from = A forma e a fadiga aparecem a partir de { $date }, depois de { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} de corridas registradas.
load-rising = A carga está subindo rápido demais: o treinador alivia a próxima semana.
prediction-title = Previsão de prova
vdot = VDOT { $vdot }
prediction-hint = Conte ao treinador um resultado recente de prova para ter uma previsão.

## Configurações

settings-title = Configurações
settings-hint = As mesmas configurações que você pode mudar no chat.
field-timezone = Fuso horário
field-morning = Mensagem da manhã
field-evening = Resumo da noite
field-units = Unidades
field-days = Dias por semana
field-long-run-day = Dia do longão
units-km = Quilômetros
units-mi = Milhas
days-count = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
save = Salvar
saving = Salvando…
settings-saved = Salvo. O treinador usa as novas configurações a partir de agora.
settings-saved-zone = Salvo. Fuso horário: { $zone }. O treinador usa as novas configurações a partir de agora.
settings-unchanged = Nada mudou.
settings-plan-note = Os dias por semana e o dia do longão moldam o seu próximo plano; peça ao treinador no chat para refazer o atual.
error-timezone = Digite uma cidade como Berlin ou um fuso horário como America/Sao_Paulo (no máximo 64 caracteres).
error-time = Um horário no formato HH:MM, por exemplo 07:30.
error-units = Quilômetros ou milhas.
error-days = De 2 a 7 dias.
error-long-run-day = Escolha um dia da semana.
