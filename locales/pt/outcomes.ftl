# Resultados das ferramentas: corridas registradas, sensações, mudanças, ajustes, frequência cardíaca, perguntas depois da corrida.

## Confirmações variadas (cada idioma escreve as suas)
out-saved-1 = Feito.
out-saved-2 = Entendido.
out-saved-3 = Tudo certo.
out-saved-4 = Anotado.
out-saved-5 = Atualizado.
out-saved-6 = Alterado.
out-effort-fits-1 = Exatamente onde deve estar.
out-effort-fits-2 = Boa: esse é o esforço que o plano pede.
out-effort-fits-3 = Bem dosado. Continue assim!
out-effort-fits-4 = Na medida. É essa constância que constrói o condicionamento.
out-effort-fits-5 = Muito bem, é assim que uma rodagem leve deve parecer.
out-effort-hard-1 = Duro, mas dentro do que o plano espera. Mantenha os dias leves realmente leves.
out-effort-hard-2 = Um treino puxado. Faça o próximo leve bem tranquilo.
out-effort-hard-3 = Bom trabalho. Recuperar também é treinar: amanhã, com calma.
out-noted-1 = Obrigado por me contar
out-noted-2 = Bom saber, obrigado
out-noted-3 = Obrigado, anotado

## Corridas registradas
out-run-duplicate = Eu já tinha esta corrida: { $distance } em { $time }.
out-run-logged = Registrado: { $distance } em { $time } ({ $pace }), { $date }.
out-run-covers = Isso cumpre <b>{ $title }</b>. ✅ Muito bem!
out-run-partial = É parte de <b>{ $title }</b> ({ $planned } previstos): contado como parcial.
out-run-extra-planned = O plano tinha <b>{ $title }</b> nesse dia; contei esta como corrida extra.
out-run-extra = Não havia treino previsto nesse dia, então conta como corrida extra.
out-adjusted-coming = Ajustei os próximos dias:
out-balanced = Para manter a semana equilibrada:
out-more-days = • …e mais { $n }
out-spike = Atenção: { $run } é { $pct } % a mais que a sua corrida mais longa dos últimos 30 dias ({ $longest }); saltos acima de 10 % aumentam o risco de lesão{ $eased ->
    [yes] , por isso aliviei os próximos dias.
   *[no] ; vá com calma nos próximos dias.
}

## Sensações
out-effort = esforço { $rpe }/10
out-feeling = sensação: { $feeling }
out-feeling-noted = sensação anotada
out-feel-great = ótima
out-feel-good = boa
out-feel-ok = normal
out-feel-tired = cansaço
out-feel-exhausted = exaustão
out-pain-felt = dor ({ $location }) { $severity }/10
out-noted = { $noted }: { $details }.
out-noted-effort = Obrigado, anotado: { $details }.
out-stop-running = <b>Por enquanto, não corra com isso.</b> Uma dor nesse nível é motivo para ver um fisioterapeuta ou um médico do esporte antes de voltar a treinar. Tirei as corridas do seu plano nos próximos dias; me avise quando tiver sido avaliado e como está.

## Mudanças, treinos pulados e ajustes
out-nothing-to-move = Nada para mudar: o plano já está assim.
out-the-workout = O treino
out-moved = { $saved } { $workout } passa de { $from } para <b>{ $to }</b>.
out-done = Feito.
out-skipped-day = Pulado: { $date }. Sem culpa: um treino nunca faz nem desfaz um plano.
out-skipped = Pulado.
out-adjust-illness = Melhoras! Primeiro descanso: nada de correr com febre ou sintomas no peito.
out-adjust-injury = Que pena. Tirei a pressão; se doer para andar, ou piorar, procure um fisioterapeuta.
out-adjust-fatigue = Ouvir o cansaço é treinar com inteligência.
out-adjust-travel = Boa viagem! Mantive o que mais importa nos dias que você tem.
out-adjust-busy = Semanas corridas acontecem. Mantive o que mais importa nos dias que você tem.
out-adjust-other = Plano ajustado.
out-adjust-none = Nenhum treino previsto foi afetado.
out-no-plan = Ainda não há plano. Me diga sua prova-alvo ou toque abaixo.
out-nothing-planned = Nada previsto entre { $from } e { $to }.

## Por que um dia mudou
out-days-changed = { $n ->
    [one] { $n } dia alterado
   *[other] { $n } dias alterados
}: { $clauses }.
out-days-changed-km = { $n ->
    [one] { $n } dia alterado
   *[other] { $n } dias alterados
} ({ $km }): { $clauses }.
out-why-missed = marcado como perdido
out-why-skipped = { $note ->
    [none] pulado
   *[other] pulado ({ $note })
}
out-why-partial = { $km } de { $refKm } corridos
out-why-ran = { $km } corridos
out-why-moved-from = { $date ->
    [none] movido para cá
   *[other] movido para cá de { $date }
}
out-why-moved-to = { $date ->
    [none] movido
   *[other] movido para { $date }
}
out-why-swapped = { $date ->
    [none] trocado
   *[other] trocado com { $date }
}
out-why-rest-illness = { $value ->
    [one] descanso por { $value } dia de doença
   *[other] descanso por { $value } dias de doença
}
out-why-rest-injury = { $value ->
    [one] descanso por { $value } dia de lesão
   *[other] descanso por { $value } dias de lesão
}
out-why-hold-pain = em pausa após dor de { $value }/10 até você ser liberado
out-why-lighter-hard-easy = mais leve após uma rodagem leve com esforço { $value }/10
out-why-lighter-unplanned = mais leve após uma corrida extra forte com esforço { $value }/10
out-why-lighter-exhausted = mais leve porque você estava exausto
out-why-lighter-pain = mais leve enquanto a dor ({ $value }/10) passa
out-why-lighter-fatigue = a cerca de { $value } % enquanto você se recupera
out-why-lighter-load = mais leve: seus últimos 7 dias foram { $value }× a sua carga habitual
out-why-easing-back = volta gradual a cerca de { $value } %
out-why-return-easy-only = só corrida leve nos primeiros 7 dias de volta
out-why-return-volume = no máximo { $km } nesses 7 dias de volta
out-why-return-resume = { $date ->
    [none] de volta ao plano
   *[other] a corrida recomeça aqui (antecipado de { $date })
}
out-why-return-paces = ritmos de VDOT { $value } em vez de { $ref } pelo tempo parado
out-why-busy-moved-to = { $date ->
    [none] movido
   *[other] movido para { $date }
} { $signal ->
    [travel] por causa da viagem
   *[other] por causa de dias corridos
}
out-why-busy-skipped = pulado { $signal ->
    [travel] por causa da viagem
   *[other] por causa de dias corridos
}
out-why-busy-support = mais longo para o longão continuar longo
out-why-busy-kept = mantido para o longão continuar longo
out-why-new-paces = { $ref ->
    [none] ritmos de VDOT { $value }
   *[other] ritmos de VDOT { $value } (antes { $ref })
}
out-why-long-time-cap = longão limitado a { $km }, { $ref } minutos no seu ritmo leve
out-why-tuneup-recovery = leve por { $value } dias depois da prova de { $refKm }
out-why-spike-ease = mais leve depois da sua corrida de { $km }, mais de 10 % acima da mais longa dos 30 dias anteriores ({ $refKm })
out-why-spike-cap = dentro de 10 % acima da sua corrida mais longa dos últimos 30 dias, { $km }
out-why-week-growth = a semana mantida em { $refKm }, no máximo 10 % acima das suas últimas semanas
out-why-quality-share = o treino mantido dentro da sua parte da semana
out-why-long-share = o longão mantido em { $value } % da sua semana
out-why-long-longest = nenhuma corrida mais longa que o longão

## Perguntas sobre corridas fora do plano
out-pain-at-rated = a dor ({ $location }, { $severity }/10)
out-pain-at = a dor ({ $location })
out-pain-rated = a dor ({ $severity }/10)
out-pain-any = a dor
out-checkin-ill = 🤒 Em { $date } você me disse que estava doente. Como você está agora? Só com o nariz escorrendo, uma corrida leve costuma estar bem; com febre, dores no corpo ou tosse no peito, descanse até passar.
out-checkin-injured = 🩹 Como ficou { $pain } nesta corrida? Se doeu mais durante ou depois, me avise e eu alivio.
out-checkin-on-hold = ⚠️ Em { $date } você me contou: { $pain }, então a corrida está em pausa. Doeu nesta corrida? Descanse até ser avaliado e me conte o que disserem.
out-checkin-rest-day = { $date } era dia de descanso no seu plano. Uma corrida extra de vez em quando tudo bem; mantenha as extras leves e curtas, porque é no descanso que o treino é assimilado.
out-checkin-skipped = «{ $title }» de { $date } estava pulado no seu plano. Esta corrida foi leve? Se você já está bem, me avise e eu devolvo o plano.

## Perfil e configurações
out-profile-title = <b>Seu perfil</b>
out-profile-times = Fuso horário { $zone } · treinos às { $morning } · conversa da noite às { $evening }
out-profile-volume = { $days } dias por semana · agora { $distance } por semana · longão: { $day }
out-profile-race = Última prova: { $race } em { $time }
out-profile-no-race = Ainda sem prova recente (me conte uma e eu ajusto seus ritmos).
out-heart-profile = Frequência cardíaca: { $numbers }
out-race-confirm = Seu resultado de { $race } em { $time } é mais lento que sua forma atual: levaria seu VDOT de { $before } para { $after } e deixaria todos os ritmos mais lentos. Foi um esforço no máximo, em boas condições (sem calor, subidas, doença ou segurando)?
out-btn-race-yes = Sim, no máximo
out-btn-race-no = Não
out-race-kept = Então seus ritmos continuam como estão: uma prova em condições duras ou sem ir no máximo diz pouco sobre sua forma.
out-race-noted = Resultado anotado: { $race } em { $time }.
out-race-noted-vdot = Resultado anotado: { $race } em { $time } (VDOT { $vdot }).
out-paces-updated = Seus ritmos foram atualizados em todo o plano.
out-timezone-set = Fuso horário: { $zone }
out-evening-set = Vou perguntar como foi às { $time }.
out-units-km = Distâncias em quilômetros.
out-units-mi = Distâncias em milhas.
out-days-set = { $n } dias de corrida por semana{ $note }
out-volume-set = Volume atual: { $distance } por semana.
out-long-run-day-set = Longão: { $day }{ $note }
out-plan-note-rebuilt = .
out-plan-note-error = {" "}(seu plano atual fica como está: { $error })
out-plan-note-next = {" "}(seu próximo plano usa isso).
out-name-set = Prazer em conhecer você, { $name }!
out-heart-set = Frequência cardíaca: { $numbers }.
out-heart-ask-max = Me diga também sua frequência máxima (ou de limiar) e eu defino suas zonas.
out-settings-title = <b>Suas configurações</b>
out-settings-timezone = Fuso horário: { $zone }
out-settings-morning = Treino da manhã às: { $time }
out-settings-evening = Conversa da noite às: { $time }
out-settings-units-km = Unidades: quilômetros
out-settings-units-mi = Unidades: milhas
out-settings-days = Dias por semana: { $n }
out-settings-volume = Volume semanal atual: { $distance }
out-settings-long-run-day = Longão: { $day }
out-settings-hint = Toque para mudar, ou me diga (<i>estou em Tóquio</i>, <i>me acorde às 6:30</i>).
out-settings-btn-timezone = Fuso horário
out-settings-btn-morning = Hora da manhã
out-settings-btn-evening = Hora da noite
out-settings-btn-use-mi = Usar milhas
out-settings-btn-use-km = Usar quilômetros
out-settings-btn-days = Dias por semana
out-settings-btn-long-run-day = Dia do longão
out-pick-days = Quantos dias por semana você quer correr?
out-pick-long-run-day = Qual dia é melhor para o longão?
out-pick-morning = A que horas o treino do dia deve chegar? Toque num horário ou escreva um (<i>me acorde às 6:15</i>).
out-pick-evening = A que horas pergunto como foi a corrida? Toque num horário ou escreva um (<i>pergunte às 21h</i>).
out-pick-timezone = Onde você está? Toque num fuso ou me diga sua cidade (<i>estou em Lisboa</i>).
out-pick-other = Toque numa configuração em /settings para mudá-la.

## Frequência cardíaca
out-hr-max = máx. { $n }
out-hr-resting = repouso { $n }
out-hr-threshold = limiar { $n }
out-hr-bpm = { $list } bpm
out-hr-zones-by = Zonas de frequência cardíaca, por { $method }:
out-hr-method-friel = zonas de Friel a partir da sua frequência de limiar
out-hr-method-karvonen = reserva de frequência cardíaca (Karvonen) a partir da sua frequência máxima e de repouso
out-hr-method-max = uma porcentagem da sua frequência máxima (Daniels)
out-hr-zone-recovery = Recuperação
out-hr-zone-easy = Leve e longão
out-hr-zone-marathon = Ritmo de maratona
out-hr-zone-threshold = Limiar
out-hr-zone-intervals = Intervalados
out-hr-zone = { $name }: { $min }–{ $max } bpm

## Mudanças no plano
out-week-this = Esta semana: { $before } → { $after }
out-week-next = semana que vem: { $before } → { $after }
out-what-race-day = a prova agora é { $date } ({ $weeks ->
    [one] daqui a { $weeks } semana
   *[other] daqui a { $weeks } semanas
})
out-what-goal-time = tempo-alvo { $time }
out-what-no-goal-time = sem tempo-alvo: os ritmos seguem sua forma
out-what-days = { $n } dias de corrida por semana
out-what-long-run-day = longão: { $day }
out-what-weekly = o volume semanal que você corre agora
out-plan-rebuilt = Feito: { $what }. Refiz seu plano a partir de hoje; tudo antes de hoje fica como estava.
out-return-as-is = Que bom! Seu plano continua como está.
out-return = Ótima notícia, bem-vindo de volta! Recomeçamos devagar: { $first } de corrida leve nos próximos 7 dias, no máximo metade da sua última semana completa antes da pausa ({ $ref }), depois { $second } nos 7 seguintes{ $paces }. Pare e me avise se a dor voltar.
out-return-paces = , com ritmos cerca de { $loss } pontos de VDOT mais leves pelo tempo parado
out-restored = De volta ao plano: { $date }, { $title } ({ $distance }).
out-restored-moved-back = Ele tinha ido para { $date } quando você o pulou; esse dia está livre de novo.
out-restored-as-easy = Ele volta como corrida leve: o dia ao lado já é puxado.
out-kind-morning = mensagens de treino da manhã
out-kind-evening = conversas da noite
out-kind-weekly = resumos semanais
out-messages-paused = Em pausa: { $list }. Seu plano continua aqui (/today, /week); diga <i>{ $kind ->
    [morning] retomar as mensagens da manhã
    [evening] retomar as conversas da noite
    [weekly] retomar os resumos semanais
   *[other] retomar minhas mensagens
}</i> para tê-las de volta.
out-messages-back = De volta: { $list }.
