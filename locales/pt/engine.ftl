# Os códigos do motor de treino em palavras (src/coach/replies/engine-words.ts).

## Um dia alterado.
eng-brief-rest = descanso
eng-brief = { $title } { $distance }
eng-brief-skipped = { $title } pulado
eng-change = { $from } → { $to }
eng-change-new = agora { $to }
eng-change-skipped = pulado
eng-change-status = { $title }: { $status ->
    [skipped] pulado
    [missed] não feito
    [partial] feito em parte
    [done] feito
   *[planned] previsto
  }

## Conselhos que acompanham uma mudança.
eng-advice-load-unknown = Ainda não há histórico suficiente para avaliar a tua carga.
eng-advice-load-balanced = A carga está equilibrada (razão { $ratio }).
eng-advice-load-spike = A tua carga recente disparou (razão 7 dias / 28 dias de { $ratio }, acima de { $limit }); a próxima semana fica mais leve para o corpo recuperar.
eng-advice-moved = { $title } passa para { $date }.
eng-advice-busy-kept = { $travel ->
    [yes] Durante a viagem,
   *[no] Nestes dias corridos,
  } o plano mantém o longão e uma sessão de qualidade onde os teus dias permitem; o resto fica de fora.
eng-advice-busy-kept-proportion = { $travel ->
    [yes] Durante a viagem,
   *[no] Nestes dias corridos,
  } o plano mantém o longão e uma sessão de qualidade onde os teus dias permitem, mais uma rodagem leve para o longão ficar em proporção com a semana; o resto fica de fora.
eng-advice-busy-break = Nesses dias não cabe nenhuma corrida; aproveita a pausa, o plano retoma em { $date }.
eng-advice-busy-break-long = Nesses dias não cabe nenhuma corrida; aproveita a pausa. O plano retoma em { $date }: a primeira semana de volta é rodagem leve a cerca de metade da tua última semana completa, a segunda a cerca de três quartos.
eng-advice-illness = Descansa até { $date }. Volta só depois de um dia sem febre; depois o plano retoma aos poucos, a cerca de { $factor } %.
eng-advice-illness-long = Descansa até { $date }. Volta só depois de um dia sem febre; a primeira semana de volta é rodagem leve a cerca de metade da tua última semana completa, a segunda a cerca de três quartos.
eng-advice-injury = Descansa até { $date } e pede a um médico ou fisioterapeuta que veja a lesão antes de voltares a correr; eu não consigo fazer diagnósticos. Depois o plano retoma aos poucos, a cerca de { $factor } %.
eng-advice-injury-long = Descansa até { $date } e pede a um médico ou fisioterapeuta que veja a lesão antes de voltares a correr; eu não consigo fazer diagnósticos. A primeira semana de volta é rodagem leve a cerca de metade da tua última semana completa, a segunda a cerca de três quartos.
eng-advice-missed-easy = Sem problema: uma rodagem leve perdida fica para trás e pronto.
eng-advice-missed-moved = { $title } passa para { $date }.
eng-advice-missed-moved-instead = { $title } passa para { $date }, no lugar de: { $other }.
eng-advice-missed-dropped = { $title } sai esta semana: não sobra nenhum dia sem juntar dois dias duros seguidos. Não forces; o plano continua.
eng-advice-partial = O que fizeste conta: segue com o plano.
eng-advice-race-slower = O teu resultado ({ $distance } em { $time }) é mais lento do que a tua forma atual (VDOT { $vdot } contra { $before }).
eng-advice-race-paces = O teu resultado ({ $distance } em { $time }) dá um VDOT de { $vdot }; ritmos atualizados. Previsão para { $goal }: { $predicted }.
eng-advice-race-paces-was = O teu resultado ({ $distance } em { $time }) dá um VDOT de { $vdot } (antes { $before }); ritmos atualizados. Previsão para { $goal }: { $predicted }.
eng-advice-pain-stop = Uma dor de { $severity }/10 ({ $location }) é sinal para parar de correr por agora. Pede a um médico ou fisioterapeuta que veja antes de voltares a correr; eu não consigo saber o que é, e correr com dor pode piorar. A corrida fica em pausa até teres alta; avisa-me nessa altura e voltamos com calma.
eng-advice-noted = Anotado, obrigado. Continua assim!
eng-advice-noted-tough = Anotado: foi dura. Os dias leves continuam leves.
eng-advice-lighter-pain = Os próximos dias ficam mais leves. Se a dor ({ $location }) durar mais do que uns dias, piorar ou mudar a tua forma de correr, vai a um fisioterapeuta ou médico.
eng-advice-lighter-exhausted = Os próximos dias ficam mais leves. Dorme, come bem e diz-me como te sentes depois da próxima corrida.
eng-advice-lighter-unplanned = Anotado: uma corrida dura num dia de descanso. Os próximos dias ficam um pouco mais fáceis para a absorveres.
eng-advice-lighter-hard-easy = Uma rodagem leve não devia custar tanto; os próximos dias ficam mais leves. Calor, sono, stress ou uma constipação podem explicar isto.
eng-advice-fatigue = Dias mais leves até { $date }: dorme, come bem e diz-me como corre o próximo treino.

## Porque é que nada mudou.
eng-refused-no-workout = Não há nenhum treino previsto em { $date }.
eng-refused-race-not-skipped = A prova não se pula aqui: muda o objetivo ou a data da prova.
eng-refused-same-day = Já está nesse dia.
eng-refused-past-day = Os dias passados ficam como estão; escolhe um dia a partir de hoje.
eng-refused-race-fixed = A data da prova é fixa; para a mudar, faz um plano novo com a nova data.
eng-refused-after-race = Os treinos ficam antes do dia da prova.
eng-refused-other-week = { $title } só pode mudar dentro da sua semana (a partir de { $date }), para a carga semanal continuar segura.
eng-refused-day-taken = { $date } já tem uma corrida registada.
eng-refused-back-to-back = Isso punha { $title } ({ $date }) ao lado de { $other } ({ $otherDate }): nunca dois dias duros seguidos.
eng-refused-days-past = Esses dias já passaram.
eng-refused-race-implausible = { $distance } em { $time } não bate certo; confirma o tempo.
eng-refused-race-future = A prova de { $date } ainda não aconteceu.
eng-refused-race-stale = Um resultado de { $date } tem mais de 8 semanas: já não diz como está a tua forma, por isso os ritmos ficam.

## Avisos do plano.
eng-warn-low-volume = Neste momento corres menos de { $km } por semana; o plano começa nos { $km }. Intervalos a caminhar não têm mal nenhum.
eng-warn-per-run = { $weekly } em { $days } dias são cerca de { $perRun } por treino, muito acima dos { $max } por treino da maioria dos planos; mais dias de corrida distribuíam isso com segurança.
eng-warn-time-cap = Ao teu ritmo leve, o limite de { $time } do longão dá para { $longest }, a corrida mais longa do plano; para { $goal } costuma querer-se cerca de { $ready }. O limite vale para qualquer data: uma prova mais tarde não alongaria o longão.
eng-warn-build-short = A partir de { $weekly } por semana, o longão só consegue crescer com segurança até { $longest } até { $date }; para { $goal } são precisos cerca de { $ready }.
eng-warn-option-shorter = { $goal } em { $date }
eng-warn-option-later = { $goal } a partir de { $date } ({ $weeks } semanas de treino)
eng-warn-works-one = O que funcionaria: { $first }.
eng-warn-works-two = O que funcionaria: { $first }, ou { $second }.
eng-warn-build-first = Primeiro aumenta aos poucos o teu volume semanal.
eng-warn-limited = Se mantiveres esta prova, o plano limita o trabalho duro a uma sessão curta por semana e mantém os longões leves.
eng-warn-race-stale = O teu resultado ({ $distance }) é de { $date }, há mais de 8 semanas; já não define os teus ritmos. Uma prova ou um teste recente define.
eng-warn-race-too-slow = Esse tempo é lento demais para tirar ritmos; os treinos fazem-se por sensações.
eng-warn-goal-unchecked = Sem uma prova das últimas 8 semanas não consigo saber se { $goal } em { $time } está ao teu alcance, por isso os treinos fazem-se por sensações e não a ritmo de objetivo; uma prova ou um teste vai definir os teus ritmos.
eng-warn-goal-beyond = O teu objetivo de { $goal } pede um VDOT de { $goalVdot }; a tua última prova mostra { $vdot }. O plano treina aos teus ritmos atuais e corre ao ritmo que consegues alcançar: cerca de { $time } é um objetivo realista no dia da prova, ou mantém o objetivo e escolhe uma prova mais tarde.
eng-warn-old = Este plano tem um aviso de uma versão anterior; pede-me um plano novo para o veres outra vez.

## Porque é que não saiu um plano.
eng-error-unknown-goal = Objetivo desconhecido «{ $goal }»: escolhe 5 km, 10 km, meia maratona ou maratona.
eng-error-bad-start-date = A data de início «{ $value }» não é uma data (usa AAAA-MM-DD).
eng-error-bad-race-date = A data da prova «{ $value }» não é uma data (usa AAAA-MM-DD).
eng-error-race-before-start = A data da prova, { $race }, já passou (o plano começaria em { $start }).
eng-error-too-soon = Para { $goal } são precisas pelo menos { $min } semanas de treino, e { $race } está a apenas { $weeks ->
    [one] 1 semana
   *[other] { $weeks } semanas
  } e { $days ->
    [one] 1 dia
   *[other] { $days } dias
  }. Escolhe uma prova a partir de { $earliest }.
eng-error-too-soon-shorter = Para { $goal } são precisas pelo menos { $min } semanas de treino, e { $race } está a apenas { $weeks ->
    [one] 1 semana
   *[other] { $weeks } semanas
  } e { $days ->
    [one] 1 dia
   *[other] { $days } dias
  }. Escolhe uma prova a partir de { $earliest }, ou { $shorter } nessa data.
eng-error-too-far = A prova é daqui a mais de { $max } semanas; os planos duram no máximo { $max } semanas. Começa o plano depois de { $start }.
eng-error-weekly-km = O volume semanal tem de ser um número de 0 a 300 km.
eng-error-days-per-week = Os dias por semana têm de ser um número inteiro de 2 a 7.
eng-error-long-run-day = O dia do longão tem de ser um dia da semana.
eng-error-recent-race-after-start = A prova recente é de { $race }, depois do início do plano em { $start }; indica uma prova feita antes do início do plano.
eng-error-recent-race-incomplete = Falta a distância ou o tempo da prova recente.
eng-error-recent-race-too-fast = { $distance } em { $time } seria mais rápido do que o recorde do mundo; confirma o tempo.
eng-error-goal-time-invalid = O tempo objetivo tem de ser uma duração positiva.
eng-error-goal-time-too-fast = { $distance } em { $time } seria mais rápido do que o recorde do mundo; confirma o tempo objetivo.
