# Funções do bot (área de 17f): comandos, botões, seus dados, áudios e fotos, relógio e arquivos, desculpas e o
# papo do treinador offline. Textos em HTML do Telegram.

## Avisos dos botões
feat-toast-start-first = Envie /start primeiro e tente de novo.
feat-toast-expired-today = Este botão expirou. Envie /today para ter botões novos.
feat-toast-option-expired = Esta opção expirou; abra /settings de novo.
feat-toast-saved = Salvo
feat-toast-not-saved = Não foi salvo
feat-toast-fit-sending = Enviando o arquivo do treino…
feat-toast-calendar-renewed = Link novo criado; o antigo não vale mais.
feat-in-words = Me conte com suas palavras: como você se sentiu, quão puxado foi (1–10), algum incômodo?

## Texto e comandos desconhecidos
feat-unknown-command = Não conheço o comando { $name }. Tente /today, /week, /plan, /log, /settings ou /help, ou simplesmente me escreva.
feat-too-long = Essa mensagem é longa ({ $length } caracteres). Consegue dizer em menos de { $max }? Uma ou duas frases bastam.

## /strava
feat-strava-not-set-up = O Strava ainda não está configurado neste treinador. Enquanto isso, me conte suas corridas com suas palavras (<i>corri 8 km em 42:30</i>) ou use /log.
feat-strava-connected = O Strava está conectado (atleta { $athlete }). Suas corridas chegam aqui sozinhas.
feat-btn-strava-disconnect = Desconectar o Strava
feat-strava-connect = Conecte o Strava e suas corridas aparecem aqui segundos depois de salvas. O link é só seu e vale por 15 minutos.
feat-btn-strava-connect = Conectar o Strava
feat-strava-disconnected = O Strava foi desconectado, e todas as atividades do Strava que eu tinha foram apagadas.

## /export e /delete
feat-export-nothing = Ainda não tenho dados seus. Envie /start para começar.
feat-export-intro = Tudo o que guardo sobre você, em JSON.
feat-export-caption = Tudo o que guardo sobre você: configurações, plano, corridas e sensações (JSON).
feat-delete-nothing = Não tenho dados seus para apagar.
feat-delete-confirm =
    <b>Apagar tudo?</b>
    Suas configurações, seu plano, suas corridas, sensações, nossa conversa e a conexão com o Strava vão sumir de vez. Não dá para desfazer.
feat-btn-delete-yes = Sim, apagar tudo
feat-btn-delete-no = Manter meus dados
feat-delete-kept = Nada foi apagado.
feat-delete-gone-already = Não havia mais nada para apagar.
feat-delete-done = Pronto: tudo o que eu tinha sobre você foi apagado. Envie /start se um dia quiser voltar a treinar.

## Áudios e fotos
feat-type-it-voice = Pode digitar em vez disso? Por exemplo: <i>corri 8 km em 44 min, pernas pesadas</i>.
feat-type-it-photo = Pode digitar a corrida em vez disso? Por exemplo: <i>10,2 km em 52:30 hoje</i>.
feat-needs-gemini-voice = Só consigo ouvir áudios quando o treinador Gemini está ligado aqui.
feat-needs-gemini-photo = Só consigo ler fotos quando o treinador Gemini está ligado aqui.
feat-not-understood-voice = Desculpe, não consegui ouvir esse áudio agora.
feat-not-understood-photo = Desculpe, não consegui ler essa foto agora.
feat-voice-too-long = Esse áudio tem { $length }; consigo ouvir até { $max ->
    [one] um minuto
   *[other] { $max } minutos
}. Pode mandar um mais curto, ou digitar?
feat-file-too-big = Esse arquivo tem { $size } MB; o Telegram me deixa baixar até { $max } MB.
feat-file-too-big-unknown = Esse arquivo é grande demais: o Telegram me deixa baixar até { $max } MB.
feat-fetch-failed-voice = Não consegui baixar esse áudio do Telegram. Mande de novo, ou digite.
feat-fetch-failed-photo = Não consegui baixar essa foto do Telegram. Mande de novo, ou digite.
feat-audio-unsupported = Não consigo tocar esse formato de áudio{ $type ->
    [none] {""}
   *[other] {" "}({ $type })
}. Mande um áudio gravado no Telegram, ou digite.
feat-photo-proposal = Pela sua foto: registro <b>{ $distance } em { $time }</b> { $when }?
feat-when-today = hoje
feat-when-yesterday = ontem
feat-when-on = em { $date }
feat-btn-photo-log = ✅ Registrar
feat-btn-photo-change = ✏️ Corrigir
feat-btn-photo-cancel = ✖️ Cancelar
feat-no-run-in-photo = Não encontrei distância e tempo de uma corrida nessa foto. Mande uma foto da tela de resumo do relógio, da esteira ou do app, ou digite: <i>10 km em 52:30</i>.
feat-photo-change = Me diga os números certos com palavras, por ex. <i>10,2 km em 52:30 ontem</i>, e eu registro.
feat-photo-cancelled = Tudo bem, não registrei.
feat-other-message-media = Não consigo ler esse tipo de mensagem. Me conte sua corrida por escrito ou num áudio, ou mande uma foto do resumo do relógio.
feat-other-message-text = Por enquanto só leio texto. Me conte sua corrida com palavras, por ex. <i>corri 8 km em 42:30, me senti bem</i>.

## Relógio, calendário, intervals.icu e arquivos de atividade
feat-fit-how-to = Garmin: copie por USB para a pasta <code>GARMIN/NewFiles</code> do relógio, ou importe no intervals.icu (/intervals mantém seu plano lá). COROS e Wahoo: importe no app deles.
feat-fit-nothing-on = Não há nada previsto em { $date }: é dia de descanso, então não há arquivo de treino.
feat-fit-next = Próximo: { $workout }. Envie /fit { $iso } para o arquivo dele.
feat-fit-no-plan = Você ainda não tem plano, então não há treino para mandar ao relógio. Envie /setup para criar um.
feat-fit-bad-date = Não entendi essa data. Tente <code>/fit</code> (hoje ou o próximo treino) ou <code>/fit 2026-12-24</code>.
feat-calendar-new = Aqui está seu novo link do calendário; o antigo não funciona mais.
feat-calendar-intro = Seu calendário de treinos: assine este link no Google Agenda, no Apple Calendário ou no Outlook e seus treinos e sua prova aparecem lá, atualizados quando o plano muda.
feat-calendar-private = O link é privado: quem tiver o link vê seu plano. Renove se você compartilhou sem querer.
feat-btn-calendar-renew = 🔄 Renovar o link
feat-calendar-no-plan = Você ainda não tem plano: o calendário vai se encher quando você criar um com /setup.
feat-intervals-not-set-up = O intervals.icu não está configurado neste treinador: quem administra precisa definir APP_SECRET para que sua chave de API seja guardada criptografada.
feat-intervals-ask =
    O intervals.icu leva seu plano para relógios Garmin, COROS, Suunto, Wahoo e Polar. Para conectar, me mande seu <b>ID de atleta</b> e sua <b>chave de API</b> numa só mensagem, assim:

    <code>i123456 5x8abc...</code>

    Os dois ficam no intervals.icu em Settings → Developer Settings. Apago sua mensagem assim que a leio e guardo a chave criptografada. Envie /cancel para desistir.
feat-intervals-connected = ✅ O intervals.icu está conectado (atleta { $athlete }). { $events ->
    [0] {""}
    [one] Coloquei um treino no seu calendário;{" "}
   *[other] Coloquei { $events } treinos no seu calendário;{" "}
}mantenho tudo em dia sempre que o plano mudar. /intervals off desconecta.
feat-intervals-status = O intervals.icu está conectado (atleta { $athlete }): os treinos do seu plano de hoje em diante estão no calendário dele.
feat-btn-intervals-disconnect = Desconectar o intervals.icu
feat-intervals-refused = O intervals.icu não aceitou esse ID de atleta e essa chave de API. Confira os dois em Settings → Developer Settings e mande de novo (ou /cancel).
feat-intervals-unavailable = Não consegui falar com o intervals.icu agora; nada foi salvo. Tente /intervals de novo daqui a alguns minutos.
feat-intervals-unreadable = Preciso do ID de atleta (como <code>i123456</code>) e da chave de API, separados por um espaço. Mande de novo, ou /cancel.
feat-intervals-disconnected = O intervals.icu foi desconectado{ $removed ->
    [0] {""}
    [one] {" "}e o treino que eu tinha colocado lá foi removido
   *[other] {" "}e os { $removed } treinos que eu tinha colocado lá foram removidos
}. Sua chave foi apagada.
feat-intervals-disconnected-unreachable = O intervals.icu foi desconectado e sua chave apagada, mas não consegui falar com ele para remover os treinos previstos: apague-os lá se quiser.
feat-intervals-not-connected = O intervals.icu não está conectado.
feat-intervals-cancelled = Tudo bem, o intervals.icu não foi conectado.
feat-file-unsupported = Leio arquivos de atividade do seu relógio ou app: <b>.fit</b>, <b>.gpx</b> ou <b>.tcx</b>. Mande um desses, ou me conte a corrida com palavras (<i>corri 8 km em 42:30</i>).
feat-file-unsupported-media = Leio arquivos de atividade do seu relógio ou app (<b>.fit</b>, <b>.gpx</b> ou <b>.tcx</b>). Mande um desses, me conte a corrida por escrito ou num áudio, ou mande uma foto do resumo do relógio.
feat-file-empty = Esse arquivo não tem nenhuma atividade (nem voltas nem pontos de trajeto), então não registrei nada.
feat-file-corrupt = Não consegui ler esse arquivo: parece danificado ou não é o que o nome diz. Nada foi registrado.
feat-file-not-running = Esse arquivo não é de corrida, então não registrei. Só conto corridas.
# The device names the sport in English (cycling, Biking): it is not shown in this language.
feat-file-sport = { $sport ->
   *[other] {""}
}Esse arquivo não é de corrida, então não registrei. Só conto corridas.
feat-file-no-distance = Essa atividade quase não tem distância nem tempo, então não registrei.
feat-file-too-big-activity = Esse arquivo passa de 20 MB, mais do que o Telegram me deixa baixar. Exporte a atividade de novo (um .fit costuma ser bem menor).
feat-file-download = Não consegui baixar esse arquivo do Telegram agora. Mande de novo daqui a um minuto; nada foi registrado.
feat-file-future = Essa atividade tem data no futuro, então não registrei. Confira o relógio do aparelho que gravou.
feat-file-too-fast = Segundo esse arquivo, você foi mais rápido que o recorde mundial, então não registrei: confira se é mesmo uma corrida.

## Desculpas
feat-apology-error = Desculpe, algo deu errado do meu lado e não consegui terminar. Tente de novo daqui a pouco.
feat-apology-busy = Desculpe, meu banco de dados está ocupado há vários minutos, então não consegui salvar. Mande de novo um pouco mais tarde.
feat-apology-read-only = Desculpe, não consegui salvar: meu armazenamento está só para leitura agora. Mande de novo mais tarde.
feat-apology-disk-full = Desculpe, não consegui salvar: meu armazenamento está cheio agora. Mande de novo mais tarde.
feat-apology-io = Desculpe, não consegui salvar: meu armazenamento está com problemas agora. Mande de novo mais tarde.
feat-toast-failed = Desculpe, não deu certo. Tentar de novo?
feat-toast-private-only = Abra uma conversa privada comigo para usar isto.

## O treinador offline e o diálogo
feat-greeting = Oi! 👋 Estou pronto quando você estiver.
feat-thanks = Imagina! Boa corrida. 🏃
feat-not-understood = Não entendi direito. Eu entendo coisas como:
feat-example-log = corri 10 km em 52:30, me senti ótimo
feat-example-feel = pernas pesadas, 8/10
feat-example-move = passa a corrida de amanhã para sexta
feat-example-sick = estou doente, sem correr por 3 dias
feat-example-plan = meia maratona em 14 de março, 4 dias por semana
feat-btn-log-run = Registrar uma corrida
feat-btn-what-can-you-do = O que você sabe fazer?

## Mudar um treino de dia
feat-move-gone = Esse treino não pode mais ser mudado de dia. Envie /week para ver o plano.
feat-move-no-day = Não sobrou outro dia nesta semana para passá-lo. Você pode pular o treino.
feat-move-which-day = Para qual dia passo <b>{ $title }</b>?
