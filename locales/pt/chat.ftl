# O chat (área do engenheiro 17a), em português do Brasil: comandos, respostas do treinador, botões, boas-vindas,
# erros. Textos em HTML do Telegram. As chaves são únicas entre chat.ftl, jobs.ftl e web.ftl.

## Unidades e durações
unit-km = km
unit-mi = mi
duration-min = { $min } min
duration-h-min = { $h } h { $min } min

## /language
language-choose = Idioma atual: { $current }. Em qual idioma você prefere que eu fale?
language-saved = Salvo
language-set = Pronto: { $language }. A partir de agora eu falo português com você.
button-expired = Esse botão já expirou.

## Menu de comandos (setMyCommands)
cmd-today = O treino de hoje
cmd-week = Esta semana
cmd-plan = Seu plano num relance
cmd-log = Registrar uma corrida, ex.: /log 8 km 42:30 rpe 5
cmd-progress = Como vão os treinos
cmd-settings = Fuso horário, horários das mensagens, unidades, dias
cmd-setup = Montar um plano novo passo a passo
cmd-strava = Conectar o Strava
cmd-export = Baixar todos os seus dados
cmd-delete = Apagar todos os seus dados
cmd-help = O que eu sei fazer
cmd-fit = Um treino para o seu relógio (.fit), ex.: /fit amanhã
cmd-calendar = Seu plano no app de calendário
cmd-intervals = Seu plano no intervals.icu
cmd-language = Idioma

## Boas-vindas e ajuda
welcome-back = Que bom te ver de novo{ $name ->
    [none] {""}
   *[other] , { $name }
}! Seu plano está te esperando. O que você quer ver?
welcome-new = Oi{ $name ->
    [none] {""}
   *[other] , { $name }
}! Sou seu treinador de corrida. 🏃

    Eu monto um plano de treino para a sua prova-alvo, mando o treino do dia toda manhã, pergunto como foram suas corridas e ajusto o plano ao que você me conta.

    Me conte seu objetivo do seu jeito, por exemplo:
    <i>meia maratona em 14 de março, corro 4 dias por semana, uns 30 km</i>

    ou eu te guio em quatro toques.
btn-today-workout = O treino de hoje
btn-this-week = Esta semana
btn-setup-plan = Montar meu plano
help =
    <b>O que eu sei fazer</b>

    /today: o treino de hoje, com os botões Feito, Pular e Mudar
    /week: os treinos desta semana
    /plan: seu plano num relance
    /log: registrar uma corrida, ex.: <code>/log 8 km 42:30 rpe 5</code>
    /progress: previsto x feito, carga de treino
    /settings: fuso horário, horários das mensagens, unidades, dias por semana, dia do longão
    /setup: montar um plano novo passo a passo
    /strava: conectar o Strava
    /fit: um treino para o seu relógio (.fit), ex.: <code>/fit amanhã</code>
    /calendar: seu plano no app de calendário
    /intervals: seu plano no intervals.icu (ele sincroniza com Garmin, COROS, Suunto, Wahoo, Polar)
    Me mande um arquivo .fit, .gpx ou .tcx do seu relógio e eu registro a corrida.
    /export: baixar tudo o que eu guardo sobre você
    /delete: apagar todos os seus dados
    /language: o idioma em que eu falo

    Ou é só me escrever:
    • <i>meia maratona em 14 de março, 4 dias por semana, uns 30 km</i>
    • <i>corri 10 km em 52:30, me senti ótimo</i>
    • <i>pernas pesadas, 8/10</i>
    • <i>muda a corrida de amanhã para sexta</i> / <i>vou pular hoje</i>
    • <i>estou doente</i> / <i>semana que vem estou viajando, só 2 dias</i>
    • <i>me acorda às 6:30</i> / <i>estou em São Paulo</i>

## Perguntas
q-location-button = 📍 Enviar minha localização
q-setup-retry = Não entendi. Toque em uma opção ou digite:
q-place = Onde você mora? Me diga sua cidade (<i>São Paulo</i>, <i>Rio de Janeiro</i>) ou um fuso horário, ou envie sua localização, para o treino chegar de manhã para você.
q-place-unknown = Ainda não sei onde fica { $name }. Me diga uma cidade maior perto daí ou um fuso como <i>America/Sao_Paulo</i>.
q-place-ambiguous = Esse país tem vários fusos horários. Em qual cidade você está?
q-location-terminal = O chat do terminal não consegue enviar localização: digite sua cidade (ex.: <i>São Paulo</i>).
q-location-unknown = Não consegui encaixar essa localização num fuso horário. Me diga sua cidade (ex.: <i>São Paulo</i>).
q-zone-set = Entendi: horário de { $place } ({ $zone }).
q-morning = Que horas o treino deve chegar de manhã? Toque em um horário ou digite (ex.: <i>6:45</i>). Agora está em { $current }.
q-morning-invalid = Horários são assim: <i>6:30</i>, <i>7h</i> ou <i>06:45</i>.
q-arrival = Seu treino chega toda manhã às { $time }, horário de { $place }.
q-clarify-buttons = Ou escolha uma:
q-log = Me conte a corrida: distância e tempo e, se quiser, como você se sentiu. Por exemplo <code>8 km 42:30 rpe 5</code> ou <i>ontem 10 km em 55 min</i>.

## Configuração guiada
setup-ask-goal = Para qual prova você está treinando?
setup-btn-half = Meia maratona
setup-btn-marathon = Maratona
setup-ask-date = Boa, { $goal }! Quando é a prova? Toque em quanto falta ou escreva a data (ex.: <i>14 de março</i>).
setup-btn-in-weeks = { $weeks ->
    [one] daqui a { $weeks } semana
   *[other] daqui a { $weeks } semanas
}
setup-ask-days = Quantos dias por semana você consegue correr?
setup-btn-just-starting = estou começando
setup-ask-km = Quanto você corre por semana hoje, mais ou menos? (Ou escreva: <i>uns 25 km</i>.)
setup-ask-long-run-day = Última: qual dia é melhor para o longão?
setup-later = Sem problema. Me conte seu objetivo quando quiser.
setup-expired = Esse botão já expirou. Envie /setup para começar de novo.
setup-race-day = Dia da prova: { $date }.
send-start-first = Envie /start primeiro.
log-negative = Distância e tempo não podem ser negativos, então não registrei nada.
log-unreadable = Não achei uma distância e um tempo nisso.

## Provas-alvo
goal-5k = 5 km
goal-10k = 10 km
goal-half = meia maratona
goal-marathon = maratona

## Treinos
unit-metres = { $m } m
zone-easy = em ritmo leve
zone-marathon = em ritmo de maratona
zone-threshold = em ritmo de limiar
zone-interval = em ritmo de intervalado
zone-repetition = em ritmo de tiro
zone-hill = na subida
zone-stride = acelerações
zone-race = em ritmo de prova
effort-easy = ritmo de conversa: dá para falar frases inteiras
effort-marathon = constante e controlado, um ritmo para sustentar por horas
effort-threshold = confortavelmente forte: poucas palavras por vez
effort-interval = forte, perto do seu esforço de 3–5 km
effort-repetition = rápido e solto, perto do seu esforço de uma milha
effort-hill = forte na subida, esforço de 5 km; desça trotando
effort-stride = rápido e solto, sem sprintar; volte caminhando
effort-race = esforço de prova
step-strides-target = { $pace ->
    [none] acelerações ({ $effort })
   *[other] acelerações a { $pace } ({ $effort })
}
step-uphill-target = { $pace ->
    [none] na subida ({ $effort })
   *[other] na subida a { $pace } ({ $effort })
}
step-at-pace = a { $pace } ({ $effort })
step-at-zone = { $zone } ({ $effort })
step-warmup = Aquecimento: { $distance } leve{ $pace ->
    [none] {""}
   *[other] {" "}a { $pace }
}
step-cooldown = Desaquecimento: { $distance } leve{ $pace ->
    [none] {""}
   *[other] {" "}a { $pace }
}
step-jog-between = , { $distance } de trote leve entre cada
step-main-set = Parte principal: { $reps } × { $distance } { $target }{ $between }
step-then = Depois: { $reps } × { $distance } { $target }{ $between }
step-easy = { $distance } leve{ $pace ->
    [none] {" "}({ $effort })
   *[other] {" "}a { $pace }
}
purpose-easy = Constrói a base aeróbica e deixa os dias fortes fazerem efeito.
purpose-recovery = Solta as pernas depois de um dia forte; quanto mais devagar, melhor.
purpose-long = Constrói resistência; coma e beba como pretende fazer no dia da prova.
purpose-tempo = Aumenta o ritmo que você sustenta por cerca de uma hora.
purpose-intervals = Aumenta seu teto aeróbico (VO2máx) e sua economia de corrida.
purpose-marathon-pace = Treina o ritmo-alvo, a hidratação, os géis e a cadência de prova.
purpose-hills = Ganha força e técnica com pouco impacto.
purpose-race = Largue controlado, encaixe no ritmo-alvo e termine forte.
title-easy = Rodagem leve
title-easy-strides = Rodagem leve + acelerações
title-recovery = Rodagem regenerativa
title-long = Longão
title-long-mp = Longão com final em ritmo de maratona
title-tempo = Tempo run
title-cruise = Intervalado no limiar { $reps } × { $distance }
title-intervals = Intervalado
title-intervals-set = Intervalado { $reps } × { $distance }
title-repetitions-set = Tiros { $reps } × { $distance }
title-marathon-pace = Corrida em ritmo de maratona
title-hills = Subidas
title-hills-set = Subidas { $reps } × { $distance }
title-race = Dia de prova
btn-done = ✅ Feito
btn-skip = ⏭ Pular
btn-move = ↔ Mudar
btn-fit = ⌚ FIT
btn-rpe-easy = 😌 Tranquilo
btn-rpe-ok = 🙂 Ok
btn-rpe-hard = 😤 Puxado
btn-rpe-very-hard = 🥵 Muito puxado
btn-in-words = ✍️ Em palavras
rest-day = { $date }: dia de descanso
rest-day-why = É no descanso que o treino vira condicionamento. Uma caminhada leve vai bem.
rest-day-next = Próximo: { $workout }

## Um dia
day-no-plan = Ainda não há plano, então nada está previsto. Me conte sua prova-alvo (<i>10 km em 3 de maio, 4 dias por semana</i>) ou toque abaixo.
card-heart-rate = ❤️ Frequência cardíaca { $min }–{ $max } bpm
day-today = Hoje
day-tomorrow = Amanhã
day-plan-starts = Seu plano começa em { $date }.
day-after-race = Isso já é depois da sua prova. Me conte seu próximo objetivo quando estiver pronto!
day-race-heading = { $day }: dia de prova!
day-race-words = Largue mais devagar do que dá vontade, encontre seu ritmo e confie no seu treino. Aproveite: você mereceu.
done-marked = <b>{ $title }</b> marcado como feito. ✅ Como foi?

## Um plano novo
phase-base = Base
phase-build = Construção
phase-peak = Pico
phase-taper = Polimento
phase-race = Prova
paces-by-effort = Ritmos: por enquanto, pela sensação. Me conte uma prova recente (<i>corri 10 km em 48:30</i>) e eu calculo.
paces-title = Seus ritmos
pace-easy = Leve
pace-marathon = Maratona
pace-threshold = Limiar
pace-interval = Intervalado
pace-repetition = Tiros
plan-ready = Seu plano de { $goal } está pronto
plan-race-day = Dia da prova: { $date }
plan-race-day-goal = Dia da prova: { $date } · meta { $time }
plan-weeks-line = { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} · { $phases } · semana de pico { $peak }
plan-vdot-goal = Os ritmos estão calculados para a sua meta (VDOT { $vdot }). Me conte uma prova recente (<i>corri 10 km em 48:30</i>) e eu comparo a meta com o seu condicionamento atual.
plan-vdot-now = VDOT { $vdot }: hoje você faria a prova em cerca de { $time }.
plan-please-read = Dá uma olhada
plan-week-heading = Semana { $index } ({ $phase })
plan-next-steps = Vou mandar cada treino de manhã. /today mostra o de hoje, /plan a visão geral.
