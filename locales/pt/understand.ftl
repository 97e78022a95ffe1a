# A compreensão do treinador offline (área 17h, src/coach/offline/understand): dicas quando uma mensagem não pode ser
# aplicada e as suposições que ele informa. Texto simples; exemplos como um corredor digita.


## Hints
und-hint-times = Os horários são assim: 6:30, 7:00 ou 21:00.
und-hint-zone-country = Esse país tem vários fusos horários: em que cidade você está?
und-hint-zone = Diga uma cidade ou um fuso horário, por ex. “estou em Lisboa” ou “fuso horário America/Sao_Paulo”.
und-hint-zone-unknown = Ainda não sei onde fica { $place }. Diga uma cidade grande perto ou um fuso como “fuso horário America/Manaus”.
und-hint-heart-rate = Uma frequência cardíaca de { $bpm } bpm não é plausível aí ({ $min }–{ $max }): confira o número.
und-hint-days-per-week = Os planos usam de 2 a 7 dias de corrida por semana.
und-hint-weekly-km = O volume semanal deve ficar entre 0 e 300 km.
und-hint-race-passed = Essa data de prova já passou: quando é a prova?
und-hint-rpe = O RPE é um número de 1 (muito leve) a 10 (no limite), por ex. “esforço 7” ou “7/10”.
und-hint-pain = A dor vai de 1 a 10, por ex. “meu joelho dói, 6/10”.
und-hint-duration = Esse tempo parece estranho: por ex. “52:30” ou “1:45:00”.
und-hint-distance = Essa distância parece estranha: por ex. “10 km” ou “6 milhas”.
und-hint-future-run = Essa data ainda não chegou: registre a corrida depois de fazê-la.
und-hint-unreadable = Não consegui entender tudo: tente uma frase mais curta, como nos exemplos.
und-hint-long-message = Mensagem longa: mande uma frase curta de cada vez, por ex. “corri 10 km em 52:30”.
und-hint-goal-time = Esse tempo-alvo não combina com a distância: tente por ex. “quero correr a maratona em 4 horas” ou “quero correr em 1:45:00”.
und-hint-span-days = Consigo planejar de 1 a 28 dias: diga por ex. “estou doente, 4 dias”.
und-hint-race-day-of-month = Em que dia desse mês é a prova? Por ex. “a prova é dia 11 de abril”.
und-hint-change-race = Para mudar de prova, diga qual é e a data, por ex. “meia maratona em 21 de março”: eu monto um plano novo para ela.
und-hint-move-to = Para que dia eu passo? Por ex. “muda o treino de amanhã para sexta”.
und-hint-move-from = Em que dia ele está agora? Por ex. “passa o treino de ritmo de quinta para sexta”.
und-hint-same-day = É o mesmo dia: para que dia eu passo?

## Questions
und-ask-race-date = Quando é a prova? Por ex. “{ $goal ->
        [five] 5 km
        [ten] 10 km
        [half] meia maratona
       *[marathon] maratona
    } em 14 de março”.
und-ask-pain = Onde dói, e quanto de 1 a 10? Por ex. “meu joelho dói, 6/10”.
und-ask-distance = Quanto você correu? Por ex. “8 km”.
und-ask-duration = Quanto tempo levou? Por ex. “45 minutos” ou “52:30”.

## Guesses
und-note-race-day = Considerei a prova em { $day } (o primeiro domingo do mês); diga a data exata para mudar.
und-note-illness-days = Considerei { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }; me avise se for mais tempo.
und-note-travel-days = Considerei { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }; me diga quanto tempo vai ficar fora.
und-note-moving-today = Mudando o treino de hoje.
und-note-moved-one-day = Adiado em um dia.
und-note-picked-days = Escolhi { $weekdays } para { $n ->
        [one] o único dia
       *[other] os { $n } dias
    } em que você pode correr; diga os dias para mudar.
und-note-picked-none = Nenhum dia escolhido; diga em que dias você pode correr.
