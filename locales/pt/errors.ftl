# Erros (área 17x): por que uma ferramenta do treinador não pôde agir (src/coach/tools) e os erros da API do
# Mini App (src/webapp/router.ts). Texto simples, sem HTML.

## Ferramentas do treinador
err-not-started = Primeiro envie /start: a gente ainda não se conhece.
err-no-plan = Você ainda não tem plano de treino. Vamos criar um primeiro (prova-alvo e data).
err-coach-side = Algo deu errado do lado do treinador; nada foi alterado.
err-race-time-off-tables = Esse tempo está fora das tabelas de ritmo; confira a marca.
err-race-ahead = { $date } ainda está por vir: envie o resultado depois da prova.
err-nothing-to-change = Nada para mudar: diga qual ajuste.
err-plan-nothing-to-change = Nada para mudar: diga o que deve mudar.
err-range-reversed = O fim do período vem antes do início.
err-range-too-long = Peça no máximo uns três meses de cada vez.
err-move-rest-day = { $date } é dia de descanso: não há corrida para mudar de dia.
err-move-done = { $date }: esse treino já não pode mudar de dia.
err-move-held-illness = { $date } cai enquanto você está doente (até { $until }), então fica como descanso. Escolha um dia depois disso ou pule a corrida.
err-move-held-hold = { $date } cai durante a pausa na corrida (até { $until }), então fica como descanso. Escolha um dia depois disso ou pule a corrida.
err-move-held-injury = { $date } cai enquanto você está lesionado (até { $until }), então fica como descanso. Escolha um dia depois disso ou pule a corrida.
err-skip-none-left = { $date }: não sobrou nenhuma corrida planejada para pular.
err-skip-rest-day = { $date } já é dia de descanso.
err-run-ahead = { $date } ainda está por vir: registre as corridas depois de fazê-las.
err-duration-zero = O tempo precisa ser maior que zero.
err-pace-impossible = Isso dá { $pace } s por quilômetro, mais rápido que o recorde mundial: confira a distância e o tempo.
err-done-ahead = Esse treino ainda está por vir: marque como feito depois de correr.
err-done-no-workout = { $date }: não há treino no plano.
err-feedback-ahead = A avaliação é só para corridas já feitas.
err-restore-passed = { $date } já passou: se você correu, registre a corrida.
err-restore-has-workout = { $date }: o treino já está no lugar.
err-restore-nothing-skipped = { $date }: não há treino pulado para trazer de volta.

## Argumentos inválidos
err-invalid-args = Não consegui ler isso: { $issues }
err-arg-missing = { $field }: faltando
err-arg-type = { $field }: precisa ser { $expected ->
    [number] um número
    [boolean] sim ou não
    [object] um grupo de campos
    [array] uma lista
    *[string] um texto
}
err-arg-int = { $field }: um número inteiro
err-arg-min = { $field }: no mínimo { $min }
err-arg-above = { $field }: mais de { $min }
err-arg-max = { $field }: no máximo { $max }
err-arg-below = { $field }: menos de { $max }
err-arg-too-short = { $field }: no mínimo { $n ->
    [one] { $n } caractere
    *[other] { $n } caracteres
}
err-arg-too-long = { $field }: no máximo { $n ->
    [one] { $n } caractere
    *[other] { $n } caracteres
}
err-arg-too-few = { $field }: no mínimo { $n ->
    [one] { $n } item
    *[other] { $n } itens
}
err-arg-too-many = { $field }: no máximo { $n ->
    [one] { $n } item
    *[other] { $n } itens
}
err-arg-one-of = { $field }: um destes valores: { $choices }
err-choice-km = quilômetros
err-choice-mi = milhas
err-arg-date = { $field }: uma data no formato AAAA-MM-DD
err-arg-real-date = { $field }: essa data não existe no calendário
err-arg-clock = { $field }: um horário no formato HH:MM (24 horas)
err-arg-duration = { $field }: um tempo no formato H:MM:SS ou MM:SS
err-arg-weeks = { $field }: um número inteiro de 1 a 52
err-arg-timezone = { $field }: uma cidade (por exemplo, Lisboa) ou um fuso horário (por exemplo, Europe/Lisbon)
err-arg-invalid = { $field }: valor inválido
err-arg-said = { $field }: { $text }
err-arg-unknown = campos desconhecidos: { $names }
err-arg-feedback-empty = informe pelo menos uma coisa: esforço, sensação ou dor
err-arg-nothing = nada para mudar: envie pelo menos um ajuste

## Nomes dos campos
err-field-args = dados
err-field-date = data
err-field-new-date = nova data
err-field-race-date = data da prova
err-field-distance = distância
err-field-duration = tempo
err-field-goal-time = tempo-alvo
err-field-rpe = esforço (1-10)
err-field-feeling = sensação
err-field-severity = dor (1-10)
err-field-goal = prova-alvo
err-field-timezone = fuso horário
err-field-morning-time = horário do treino
err-field-evening-time = horário do check-in da noite
err-field-days-per-week = dias por semana
err-field-weekly-km = volume semanal
err-field-long-run-day = dia do longão
err-field-max-hr = frequência cardíaca máxima
err-field-resting-hr = frequência cardíaca de repouso
err-field-lthr-hr = frequência cardíaca de limiar
err-field-units = unidades
err-field-weeks = semanas
err-field-reason = motivo

## Fusos horários
err-zone-empty = Escreva uma cidade (Lisboa) ou um fuso horário (Europe/Lisbon).
err-zone-ambiguous = “{ $input }” tem vários fusos horários: escreva sua cidade (Chicago) ou o fuso (America/Chicago).
err-zone-unknown = Não sei onde fica “{ $input }”: escreva uma cidade grande perto (Lisboa) ou um fuso horário (Europe/Lisbon).

## API do Mini App
err-web-bad = { $what ->
    [query] Consulta inválida
    [date] Data inválida
    *[body] Dados inválidos
}: { $issues }
err-web-not-found = não encontrado
err-web-rate-limited = Pedidos demais: espere um minuto e tente de novo.
err-web-not-started = Você ainda não começou com o treinador: primeiro envie /start para o bot no Telegram.
err-web-rest-day = { $date }: nenhum treino planejado, é dia de descanso.
err-web-too-large = O pedido é grande demais.
err-web-bad-json = Os dados não são JSON válido.
err-web-utf8 = Envie JSON em UTF-8.
err-web-busy = O treinador está ocupado por um momento; nada foi alterado. Tente de novo.
err-web-auth-missing = Abra o app pelo bot no Telegram (falta o cabeçalho Authorization com initData).
err-web-auth-malformed = Os dados do Telegram (initData) estão corrompidos.
err-web-auth-forged = A assinatura dos dados do Telegram (initData) não confere.
err-web-auth-stale = Os dados do Telegram estão velhos demais: feche o app e abra de novo pelo bot.
err-hr-too-close = Uma frequência cardíaca de repouso de { $resting } e uma máxima de { $max } estão próximas demais: confira os dois números.
err-hr-lthr-above-max = Uma frequência de limiar de { $lthr } não pode ser igual ou acima da máxima de { $max }: confira os dois números.
