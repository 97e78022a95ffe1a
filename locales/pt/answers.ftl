# Respostas (área 17q): as respostas do treinador às perguntas, /progress, /week, /plan. HTML do Telegram.

## Respostas fixas com fonte
ans-fuelling =
    <b>Antes de um longão</b>
    • 2–4 horas antes: uma refeição rica em carboidratos que você já conhece (cerca de 1–4 g de carboidrato por kg de peso: aveia, torrada com mel, uma banana, arroz), com pouca gordura e fibra.
    • Mais perto da largada: um lanche pequeno se tiver fome, e água conforme a sede.
    • Corridas de mais de 75–90 minutos: 30–60 g de carboidrato por hora (um gel, isotônico ou balas), desde o começo.
    • Treine isso nos longões; nunca teste nada novo no dia da prova.
    <i>Fonte: ACSM, Academy of Nutrition and Dietetics &amp; Dietitians of Canada, "Nutrition and Athletic Performance" (2016).</i>
ans-cold =
    <b>Correr resfriado: a regra "acima do pescoço"</b>
    • Sintomas só acima do pescoço (nariz escorrendo ou entupido, espirros, leve dor de garganta): uma corrida leve e mais curta costuma ser tranquila. Comece com 10 minutos leves; se piorar, pare e descanse.
    • Sintomas abaixo do pescoço (peito congestionado, tosse forte, febre, dor no corpo, estômago ruim): descanse até passarem e depois volte aos poucos.
    • Nada de treino forte enquanto estiver doente. Se piorar, me diga que está doente e eu deixo os próximos dias de descanso.
    <i>Fonte: Eichner, "Infection, immunity, and exercise" (The Physician and Sportsmedicine, 1993); Mayo Clinic, "Exercise and illness".</i>
ans-parkrun =
    <b>Um parkrun dentro do seu plano</b>
    • O mais fácil: corra leve, como uma das suas rodagens, ou como o meio do seu longão (aqueça antes, complete o resto depois).
    • Correr forte é um treino pesado: no lugar do tempo run ou do intervalado da semana, não a mais, e nunca nos 10 dias antes da sua prova-alvo.
    • Depois de correr 5 km forte, dê a si mesmo 2 dias leves antes do próximo treino forte.
    Me diga o dia (<i>posso fazer um parkrun no sábado?</i>) e eu confiro com o seu plano.
    <i>Fonte: Daniels’ Running Formula (um dia leve a cada 3 km de prova antes do próximo treino forte).</i>

## Frequência cardíaca e ritmos
ans-hr-how = Seus treinos mostram essas faixas ao lado dos ritmos. A frequência demora alguns minutos para subir e vai subindo em longões ou no calor: nos dias leves, fique na faixa; nos fortes, vá pelo ritmo e pela sensação.
ans-hr-unknown = Eu treino você por ritmo e sensação: não tenho dados da sua frequência cardíaca. Rodagens leves devem deixar você conversar em frases completas; treinos de limiar, puxados mas controlados. Me diga sua FC máxima e de repouso (<i>minha FC máx é 188, repouso 52</i>) e eu coloco faixas de FC nos seus treinos.
ans-paces-vdot = <i>Pela sua forma atual (VDOT { $vdot }, tabelas de Daniels).</i>
ans-paces-tempo = O tempo run vai no ritmo de limiar: puxado mas controlado, um ritmo que você aguentaria por cerca de uma hora em prova.

## Por que uma semana tem esse volume
ans-load = A semana de { $date } tem { $planned } previstos: { $reason }
ans-load-previous = A semana de { $date } tem { $planned } previstos (a anterior: { $previous }): { $reason }
ans-load-taper = é semana de polimento: o volume cai para você chegar descansado no dia da prova, mantendo um pouco de intensidade (Bosquet 2007).
ans-load-race = é a semana da prova: só o suficiente para ficar afiado.
ans-load-cutback = é uma semana regenerativa: a cada três ou quatro semanas o volume cai para o treino das semanas anteriores ser assimilado.
ans-load-adapted = alguns treinos foram tirados ou aliviados depois do que você me contou.
ans-load-partial = o plano começa no meio dessa semana, com o volume que você corre hoje.
ans-load-first = é a primeira semana do plano: ela começa no volume que você corre hoje, e as seguintes sobem a partir daí, no máximo 10 % por semana.
ans-load-build = ela sobe em relação à semana anterior, dentro dos 10 % por semana que o plano permite.
ans-load-steady = ela mantém o volume da semana anterior.

## Para que serve cada treino
ans-purpose-none = Não há nada previsto para esse dia.
ans-purpose-next = O próximo: { $day }, { $distance }.
ans-purpose-none-planned = Não sobrou nenhum no seu plano.
ans-purpose-easy = <b>As rodagens leves</b> constroem a base: mais capilares e mitocôndrias, coração, tendões e ossos mais fortes, num esforço do qual você se recupera até o dia seguinte. A maior parte da sua corrida é leve, no ritmo de conversa.
ans-purpose-recovery = <b>As rodagens regenerativas</b> são curtas e bem leves: somam um pouco de volume e soltam as pernas depois de um dia forte, sem somar cansaço.
ans-purpose-long = <b>O longão</b> constrói resistência: seus músculos guardam mais glicogênio e queimam mais gordura, coração e pernas aprendem a aguentar horas, e a cabeça também. Corra leve; o que conta é o tempo em movimento.
ans-purpose-tempo = <b>O tempo run</b> vai no ritmo de limiar, puxado mas controlado: ele sobe o ritmo que você segura antes de o lactato acumular, o que decide dos 10 km à maratona.
ans-purpose-intervals = <b>O intervalado</b> (tiros de 3–5 minutos no esforço de 5 km, com trote leve entre eles) aumenta seu VO₂máx, o teto do seu motor aeróbico.
ans-purpose-marathon_pace = <b>As corridas em ritmo de maratona</b> ensinam o ritmo de prova ao corpo e à cabeça, e deixam você treinar hidratação e géis nesse ritmo.
ans-purpose-hills = <b>As subidas</b> dão força e potência às pernas com menos impacto do que correr rápido no plano, e deixam sua passada mais eficiente.
ans-purpose-race = <b>A prova</b>: o objetivo para onde o plano leva. Primeira metade com a cabeça, depois com tudo.
ans-purpose-strides = <b>As acelerações</b> são arrancadas soltas de 15–20 segundos depois de uma rodagem leve: mantêm a passada rápida e leve sem cansar.
ans-purpose-source = <i>Fonte: Daniels’ Running Formula; Pfitzinger &amp; Douglas, Advanced Marathoning.</i>

## Se uma prova cabe no plano num dia
ans-fit-passed = { $day } já passou.
ans-fit-after-race = { $day } é depois da sua prova-alvo: corra o que quiser nesse dia!
ans-fit-too-close = { $day } está a { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } da sua prova-alvo: eu não correria forte. Se quiser, corra leve como parte do treino do dia e guarde o esforço para o grande dia.
ans-fit-rest-day = { $day } é dia de descanso no seu plano. Correr leve tudo bem; forte, é um dia pesado a mais, então só se estiver descansado.
ans-fit-long-run = { $day } é dia do seu longão ({ $distance }). Coloque o parkrun dentro dele: aqueça antes, corra leve a moderado, e complete o resto depois. Correr forte custaria o longão.
ans-fit-instead = Sim: corra forte no lugar de "{ $workout }" de { $day }: uma prova de 5 km é um ótimo treino forte. Aqueça bem.
ans-fit-easy-day = { $day } tem uma rodagem leve ({ $distance }). Corra o parkrun leve e ele cabe como está; forte, ele vira o treino forte da semana.
ans-fit-then = Depois, { $days ->
        [one] { $days } dia leve
       *[other] { $days } dias leves
    } antes do próximo treino forte: { $sessions } viria cedo demais (me avise e eu mudo).
ans-fit-then-item = "{ $workout }" de { $day }
ans-fit-keep-easy = { $days ->
        [one] Deixe o dia seguinte leve.
       *[other] Deixe os { $days } dias seguintes leves.
    }
ans-fit-that-session = esse treino

## Previsão de prova
ans-predict-unknown = Consigo prever seus tempos assim que souber sua forma: me conte uma prova recente (<i>10 km em 48:30 no mês passado</i>).
ans-predict = Com sua forma atual (VDOT { $vdot }), sua prova de { $goal } levaria cerca de { $time }.
ans-predict-within = Sua meta de { $time } está ao seu alcance.
ans-predict-gap = Sua meta de { $time } pede mais: as semanas de treino existem para fechar essa diferença.
ans-predict-source = <i>Tabelas VDOT de Daniels &amp; Gilbert; a previsão supõe o treino para essa distância.</i>

## /progress
ans-progress-title = Seu treino
ans-progress-empty = Ainda não há semanas para mostrar.
ans-progress-week = Semana de { $date }: { $done } de { $planned }
ans-progress-week-pct = Semana de { $date }: { $done } de { $planned } ({ $pct } %)
ans-progress-acwr = Relação de carga (7 contra 28 dias): { $ratio }, { $note }.
ans-acwr-spike = um pico: vou deixar a próxima semana mais leve
ans-acwr-low = abaixo do seu normal: espaço para crescer
ans-acwr-ok = uma faixa saudável
ans-progress-fitness-from = Condicionamento e fadiga aparecem a partir de { $date }, depois de três semanas de corridas registradas.
ans-progress-fitness = Condicionamento { $fitness } · fadiga { $fatigue } · forma { $form }
ans-progress-prediction = Previsão: { $goal } em cerca de { $time }.

## /week
ans-ran = correu { $distance }
ans-ran-pace = correu { $distance } a { $pace }
ans-totals = { $done } de { $planned } · { $sessionsDone } de { $sessions ->
        [one] { $sessions } treino feito
       *[other] { $sessions } treinos feitos
    }
ans-totals-skipped = { $skipped ->
        [one] { $skipped } pulado
       *[other] { $skipped } pulados
    } ({ $distance })
ans-week-title = <b>{ $from } – { $to }</b> · { $planned } previstos
ans-week-extra = 🏃 { $day }: corrida extra, { $ran }
ans-week-so-far = Até agora: { $totals }.
ans-week-done = Semana concluída: { $totals }.
ans-week-morning = <i>Esta semana até agora: { $totals }.</i>

## /plan
ans-plan-none = Você ainda não tem plano. Me diga sua meta (<i>10 km em 3 de maio, 4 dias por semana</i>) ou toque abaixo.
ans-plan-goal = <b>{ $goal }</b> em { $date }
ans-plan-goal-time = <b>{ $goal }</b> em { $date } · meta { $time }
ans-plan-to-go = { $days ->
        [one] Falta { $days } dia
       *[other] Faltam { $days } dias
    } · semana { $week } de { $weeks }
ans-plan-passed = O dia da prova já passou. Qual é a próxima meta?
ans-plan-this-week = Esta semana
ans-plan-today = Hoje
ans-plan-open = 📅 Abrir plano
ans-col-week = Sem
ans-col-phase = Fase
ans-col-from = Início
ans-col-plan = Plano
ans-col-done = Feito
