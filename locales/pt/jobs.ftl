# Mensagens da manhã, da noite e de domingo, o gráfico semanal e o Strava (área do engenheiro 17j), em português
# do Brasil. Textos em HTML do Telegram. As chaves são únicas entre chat.ftl, jobs.ftl e web.ftl.

## Manhã
morning-hello = Bom dia{ $name ->
    [none] {""}
   *[other] , { $name }
}! ☀️

## Pergunta da noite
evening-title = <b>Como foi o treino?</b>
evening-invite = Toque abaixo ou me conte do seu jeito, tipo <i>“8 km em 45 min, foi tranquilo”</i> ou <i>“pulei, muito cansado”</i>.
evening-btn-done = ✅ Feito
evening-btn-skipped = ⏭ Pulei

## Resumo de domingo
weekly-title = <b>Sua semana, { $from } – { $to }</b>
weekly-distance = Previsto { $planned } · feito { $done }
weekly-distance-pct = Previsto { $planned } · feito { $done } ({ $pct })
weekly-workouts = Treinos: { $done } de { $planned } feitos
weekly-workouts-skipped = Treinos: { $done } de { $planned } feitos, { $skipped } pulados
weekly-load = Carga { $load } (RPE da sessão × minutos), { $trend }.
weekly-load-first = primeira semana com carga registrada
weekly-load-none = nenhuma carga registrada
weekly-load-steady = estável em relação à semana passada ({ $change })
weekly-load-up = ▲ { $change } em relação à semana passada
weekly-load-down = ▼ { $change } em relação à semana passada
weekly-acwr = Aguda:crônica { $ratio }, { $note }.
weekly-acwr-spike = uma alta brusca: pegue leve nos próximos dias
weekly-acwr-low = abaixo do seu normal: tudo bem para uma semana mais leve
weekly-acwr-ok = na faixa confortável
weekly-verdict-none = Uma semana sem corridas previstas.
weekly-verdict-over = Mais do que o previsto: na semana que vem, faça os dias leves bem leves de verdade.
weekly-verdict-on = Exatamente o previsto. 👏
weekly-verdict-solid = Uma semana sólida.
weekly-verdict-light = Mais leve que o previsto. Acontece; o plano segue daqui, não precisa compensar nada.
weekly-next-none = <b>Semana que vem</b>: nada previsto. Me conte seu próximo objetivo quando estiver pronto!
weekly-next = <b>Semana que vem</b> ({ $size })
weekly-next-phase = <b>Semana que vem</b> ({ $phase }, { $size })
weekly-phase-base = fase de base
weekly-phase-build = fase de construção
weekly-phase-peak = fase de pico
weekly-phase-taper = fase de polimento
weekly-phase-race = semana de prova
weekly-caption = <b>Semana de { $date }</b>: { $done } de { $planned } previstos

## Gráfico semanal
chart-title = Volume semanal: feito x previsto ({ $unit })
chart-subtitle = Últimas { $back } semanas e as próximas { $ahead }; semana atual em destaque
chart-plan = Previsto
chart-done = Feito

## Strava no chat
strava-run-title = 🏃 <b>Corrida do Strava</b> · { $date }
strava-run-done = Feito: { $distance } em { $time }
strava-run-done-pace = Feito: { $distance } em { $time } ({ $pace })
strava-run-planned = Previsto: { $title }, { $distance }
strava-run-match-done = ✅ Treino do dia feito.
strava-run-match-partial = ◐ Parte da distância prevista: conta como feito em parte.
strava-run-match-extra = Conta como corrida extra.
strava-run-unplanned = Não havia nada previsto nesse dia: conta como corrida extra.
strava-run-feel = <b>Como você se sentiu?</b>
strava-connected = ✅ <b>O Strava está conectado.</b>
strava-connected-athlete = ✅ <b>O Strava está conectado</b> ({ $athlete }).
strava-replaced = A conta do Strava vinculada antes foi desvinculada, e as atividades dela aqui foram apagadas.
strava-connected-body =
    As corridas que você salvar no Strava vão aparecer aqui em segundos, cruzadas com o seu plano, e eu vou perguntar como foram.
    Envie /strava para conferir a conexão ou desconectar.
strava-confirm =
    Vincular a conta do Strava de <b>{ $athlete }</b> a este chat?
    As corridas dessa conta vão aparecer aqui. Se não foi você que acabou de conectar o Strava, toque em Não.
strava-btn-yes = Sim, vincular
strava-btn-no = Não
strava-declined = Não vinculado. Nada dessa conta do Strava vai chegar a este chat. Envie /strava para conectar.
strava-expired = Essa pergunta expirou, então nada foi vinculado. Envie /strava para receber um link novo.
strava-taken = Essa conta do Strava já está conectada a outro chat do runcoach, então nada foi vinculado.
strava-full =
    Desculpe, este treinador já está conectado a todas as contas do Strava que o Strava permite por enquanto ({ $limit }).
    Me conte suas corridas do seu jeito (<i>corri 8 km em 42:30</i>) ou use /log; se precisar do Strava, fale com quem administra este treinador.
strava-btn-retry = Conectar o Strava de novo
strava-denied =
    O Strava <b>não</b> está conectado: o acesso não foi autorizado na página do Strava.
    Se foi sem querer, toque abaixo para tentar de novo (o link vale por 15 minutos) ou envie /strava mais tarde.
strava-missing-scope =
    O Strava <b>não</b> está conectado: a permissão para ler suas atividades foi desmarcada, então eu não conseguiria ver suas corridas.
    Toque abaixo e deixe <i>View data about your activities</i> marcado (o link vale por 15 minutos) ou envie /strava mais tarde.
strava-deauthorized =
    O acesso do runcoach foi removido no Strava.
    Apaguei seus tokens do Strava e { $runs ->
        [one] a atividade do Strava
       *[other] as { $runs } atividades do Strava
    } que eu tinha; os dias do seu plano voltaram a ser como antes.
    Envie /strava para conectar de novo.

## Páginas do Strava no navegador
strava-page-connected-title = O Strava está conectado
strava-page-connected = Suas corridas agora vão aparecer no chat com o seu treinador. Pode fechar esta aba e voltar para o Telegram.
strava-page-not-connected-title = O Strava não foi conectado
strava-page-denied =
    O acesso não foi autorizado na página do Strava, então nada foi vinculado.

    Para tentar de novo, use o botão no chat ou envie /strava para o seu treinador.
strava-page-missing-scope =
    A permissão para ler suas atividades foi desmarcada, então o seu treinador não conseguiria ver suas corridas.

    Tente de novo pelo chat (ou envie /strava) e deixe "View data about your activities" marcado.
strava-page-confirm-title = Quase lá
strava-page-confirm =
    Volte para o Telegram e confirme por lá: o seu treinador vai perguntar se pode vincular a conta do Strava de { $athlete }.

    Nada é vinculado até você tocar em Sim no chat.
strava-page-other-browser-title = Este link não funciona aqui
strava-page-other-browser =
    A página do Strava foi aberta a partir de um link iniciado em outro navegador, então nada foi vinculado.

    Se você está conectando o seu próprio Strava, envie /strava para o seu treinador e abra o link neste navegador; se alguém te mandou este link, ignore.
strava-page-full =
    Este treinador já está conectado a todas as contas do Strava que o Strava permite.

    Nada foi vinculado. O seu treinador explica no chat.
strava-page-bad-link-title = Este link não funciona
strava-page-link-expired = O link expirou: os links valem por 15 minutos.
strava-page-link-used = O link já foi usado: cada link vale uma vez só.
strava-page-link-invalid = O link não é válido.
strava-page-fresh-link = Envie /strava para o seu treinador no Telegram para receber um novo.
strava-page-already-linked =
    Esta conta do Strava já está conectada a outro chat do runcoach.

    Desconecte por lá primeiro (envie /strava naquele chat) e tente de novo.
strava-page-failed-title = Não foi possível falar com o Strava
strava-page-failed = Algo deu errado na conversa com o Strava. Tente de novo daqui a um minuto: envie /strava para o seu treinador.

## Calendário
calendar-name = runcoach · { $goal } { $date }
calendar-goal-5k = 5 km
calendar-goal-10k = 10 km
calendar-goal-half = Meia maratona
calendar-goal-marathon = Maratona
calendar-category-race = Prova
calendar-category-training = Treino
