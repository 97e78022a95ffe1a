# Итоги действий: записанные пробежки, самочувствие, переносы, пропуски, корректировки, пульс, вопросы после пробежек.

## Разнообразные подтверждения (в каждом языке свои)
out-saved-1 = Готово.
out-saved-2 = Понял.
out-saved-3 = Всё настроено.
out-saved-4 = Записал.
out-saved-5 = Обновил.
out-saved-6 = Поменял.
out-effort-fits-1 = Ровно так, как и должно быть.
out-effort-fits-2 = Отлично: именно такую нагрузку и задумывал план.
out-effort-fits-3 = Хорошо разложился. Так держать!
out-effort-fits-4 = То что нужно. Именно такая регулярность и даёт форму.
out-effort-fits-5 = Молодец, лёгкие дни так и должны ощущаться.
out-effort-hard-1 = Тяжело, но в пределах того, что заложено в плане. Лёгкие дни делай по-настоящему лёгкими.
out-effort-hard-2 = Непростая вышла. Следующую лёгкую пробеги совсем спокойно.
out-effort-hard-3 = Хорошая работа. Восстановление тоже часть тренировки: завтра без спешки.
out-noted-1 = Спасибо, что рассказал
out-noted-2 = Хорошо, что сказал, спасибо
out-noted-3 = Спасибо, записал

## Записанные пробежки
out-run-duplicate = Эта пробежка у меня уже есть: { $distance } за { $time }.
out-run-logged = Записал: { $distance } за { $time } ({ $pace }), { $date }.
out-run-covers = Это закрывает <b>{ $title }</b>. ✅ Молодец!
out-run-partial = Это часть тренировки <b>{ $title }</b> (по плану { $planned }): засчитал частично.
out-run-extra-planned = В плане на тот день стояло: <b>{ $title }</b>; эту пробежку засчитал как дополнительную.
out-run-extra = На тот день ничего не было запланировано, так что это дополнительная пробежка.
out-adjusted-coming = Я поправил ближайшие дни:
out-balanced = Чтобы неделя осталась сбалансированной:
out-more-days = • …и ещё { $n }
out-spike = Внимание: { $run } — это на { $pct } % больше, чем твоя самая длинная пробежка за последние 30 дней ({ $longest }); скачки больше 10 % повышают риск травмы{ $eased ->
    [yes] , поэтому я облегчил ближайшие дни.
   *[no] ; ближайшие дни бегай спокойно.
}

## Самочувствие
out-effort = нагрузка { $rpe }/10
out-feeling = самочувствие: { $feeling }
out-feeling-noted = самочувствие записал
out-feel-great = отлично
out-feel-good = хорошо
out-feel-ok = нормально
out-feel-tired = усталость
out-feel-exhausted = полное изнеможение
out-pain-felt = боль ({ $location }) { $severity }/10
out-noted = { $noted }: { $details }.
out-noted-effort = Спасибо, записал: { $details }.
out-stop-running = <b>Пожалуйста, пока не бегай с этим.</b> Боль такой силы — повод показаться физиотерапевту или спортивному врачу, прежде чем снова тренироваться. Я убрал пробежки из плана на ближайшие дни; напиши, когда тебя посмотрят и что скажут.

## Переносы, пропуски и корректировки
out-nothing-to-move = Переносить нечего: план уже такой.
out-the-workout = Тренировка
out-moved = { $saved } { $workout } переезжает с { $from } на <b>{ $to }</b>.
out-done = Готово.
out-skipped-day = Пропуск: { $date }. Без угрызений совести: одна тренировка не делает и не ломает план.
out-skipped = Пропущено.
out-adjust-illness = Выздоравливай! Сначала отдых: никакого бега при температуре или симптомах в груди.
out-adjust-injury = Жаль это слышать. Я снизил нагрузку; если больно ходить или становится хуже, сходи к физиотерапевту.
out-adjust-fatigue = Прислушиваться к усталости — это умная тренировка.
out-adjust-travel = Хорошей поездки! Я оставил самое важное на те дни, что у тебя есть.
out-adjust-busy = Загруженные недели бывают. Я оставил самое важное на те дни, что у тебя есть.
out-adjust-other = План поправлен.
out-adjust-none = Запланированные тренировки это не затронуло.
out-no-plan = Плана пока нет. Напиши свой целевой старт или нажми кнопку ниже.
out-nothing-planned = С { $from } по { $to } ничего не запланировано.

## Почему изменился день
out-days-changed = { $n ->
    [one] { $n } день изменён
    [few] { $n } дня изменено
   *[many] { $n } дней изменено
}: { $clauses }.
out-days-changed-km = { $n ->
    [one] { $n } день изменён
    [few] { $n } дня изменено
   *[many] { $n } дней изменено
} ({ $km }): { $clauses }.
out-why-missed = отмечено как пропущенное
out-why-skipped = { $note ->
    [none] пропущено
   *[other] пропущено ({ $note })
}
out-why-partial = пробежано { $km } из { $refKm }
out-why-ran = пробежано { $km }
out-why-moved-from = { $date ->
    [none] перенесено сюда
   *[other] перенесено сюда с { $date }
}
out-why-moved-to = { $date ->
    [none] перенесено
   *[other] перенесено на { $date }
}
out-why-swapped = { $date ->
    [none] поменяно местами
   *[other] поменяно местами с { $date }
}
out-why-rest-illness = { $value ->
    [one] отдых на { $value } день болезни
    [few] отдых на { $value } дня болезни
   *[many] отдых на { $value } дней болезни
}
out-why-rest-injury = { $value ->
    [one] отдых на { $value } день из-за травмы
    [few] отдых на { $value } дня из-за травмы
   *[many] отдых на { $value } дней из-за травмы
}
out-why-hold-pain = пауза после боли { $value }/10, пока врач не разрешит
out-why-lighter-hard-easy = легче после лёгкой пробежки с нагрузкой { $value }/10
out-why-lighter-unplanned = легче после тяжёлой дополнительной пробежки с нагрузкой { $value }/10
out-why-lighter-exhausted = легче, потому что ты был вымотан
out-why-lighter-pain = легче, пока боль ({ $value }/10) не утихнет
out-why-lighter-fatigue = примерно { $value } %, пока ты восстанавливаешься
out-why-lighter-load = легче: за последние 7 дней нагрузка была в { $value } раза выше обычной
out-why-easing-back = плавное возвращение, примерно { $value } %
out-why-return-easy-only = в первые 7 дней после возвращения только лёгкий бег
out-why-return-volume = не больше { $km } за эти 7 дней после возвращения
out-why-return-resume = { $date ->
    [none] снова по плану
   *[other] бег возобновляется здесь (перенесено с { $date })
}
out-why-return-paces = темпы по VDOT { $value } вместо { $ref } из-за перерыва
out-why-busy-moved-to = { $date ->
    [none] перенесено
   *[other] перенесено на { $date }
} { $signal ->
    [travel] из-за поездки
   *[other] из-за загруженных дней
}
out-why-busy-skipped = пропущено { $signal ->
    [travel] из-за поездки
   *[other] из-за загруженных дней
}
out-why-busy-support = длиннее, чтобы длительная осталась длительной
out-why-busy-kept = оставлено, чтобы длительная осталась длительной
out-why-new-paces = { $ref ->
    [none] темпы по VDOT { $value }
   *[other] темпы по VDOT { $value } (было { $ref })
}
out-why-long-time-cap = длительная ограничена { $km }: { $ref } минут в твоём лёгком темпе
out-why-tuneup-recovery = { $value ->
    [one] { $value } день легко после старта на { $refKm }
    [few] { $value } дня легко после старта на { $refKm }
   *[many] { $value } дней легко после старта на { $refKm }
}
out-why-spike-ease = легче после твоей пробежки на { $km }: больше чем на 10 % длиннее самой длинной за 30 дней до неё ({ $refKm })
out-why-spike-cap = не больше чем на 10 % длиннее самой длинной пробежки за последние 30 дней, { $km }
out-why-week-growth = неделя ограничена { $refKm }: не больше чем на 10 % выше последних недель
out-why-quality-share = тренировка в пределах своей доли недели
out-why-long-share = длительная ограничена { $value } % своей недели
out-why-long-longest = ни одна пробежка не длиннее длительной

## Вопросы после пробежек, которые не вписываются в план
out-pain-at-rated = боль ({ $location }, { $severity }/10)
out-pain-at = боль ({ $location })
out-pain-rated = боль ({ $severity }/10)
out-pain-any = боль
out-checkin-ill = 🤒 Ты писал { $date }, что заболел. Как ты себя чувствуешь? Если только насморк, лёгкий бег обычно можно; при температуре, ломоте или кашле из груди, пожалуйста, отдыхай, пока всё не пройдёт.
out-checkin-injured = 🩹 Как вела себя { $pain } на этой пробежке? Если во время или после стало хуже, напиши, и я снижу нагрузку.
out-checkin-on-hold = ⚠️ Ты писал мне { $date }: { $pain }, поэтому бег на паузе. Болело на этой пробежке? Пожалуйста, не бегай, пока тебя не посмотрит специалист, и напиши, что он скажет.
out-checkin-rest-day = В твоём плане { $date } был днём отдыха. Дополнительная пробежка иногда — это нормально; пусть такие пробежки будут лёгкими и короткими, ведь именно в дни отдыха тренировка усваивается.
out-checkin-skipped = Тренировка «{ $title }» ({ $date }) в твоём плане отмечена как пропущенная. Эта пробежка была лёгкой? Если ты снова в норме, напиши, и я верну план.

## Профиль и настройки
out-profile-title = <b>Твой профиль</b>
out-profile-times = Часовой пояс { $zone } · тренировка в { $morning } · вопрос вечером в { $evening }
out-profile-volume = { $days ->
    [one] { $days } день в неделю
    [few] { $days } дня в неделю
   *[many] { $days } дней в неделю
} · сейчас { $distance } в неделю · длительная: { $day }
out-profile-race = Последний старт: { $race } за { $time }
out-profile-no-race = Недавнего старта пока нет (напиши результат, и я настрою твои темпы).
out-heart-profile = Пульс: { $numbers }
out-race-confirm = Твой результат — { $race } за { $time } — медленнее твоей текущей формы: VDOT снизился бы с { $before } до { $after }, и все темпы стали бы медленнее. Ты бежал в полную силу и в нормальных условиях (без жары, холмов, болезни, не сдерживаясь)?
out-btn-race-yes = Да, в полную силу
out-btn-race-no = Нет
out-race-kept = Тогда твои темпы остаются прежними: старт в тяжёлых условиях или не в полную силу мало говорит о форме.
out-race-noted = Результат записал: { $race } за { $time }.
out-race-noted-vdot = Результат записал: { $race } за { $time } (VDOT { $vdot }).
out-paces-updated = Темпы обновлены во всём плане.
out-timezone-set = Часовой пояс: { $zone }
out-evening-set = Вечером спрошу в { $time }.
out-units-km = Расстояния в километрах.
out-units-mi = Расстояния в милях.
out-days-set = { $n ->
    [one] { $n } беговой день в неделю
    [few] { $n } беговых дня в неделю
   *[many] { $n } беговых дней в неделю
}{ $note }
out-volume-set = Текущий объём: { $distance } в неделю.
out-long-run-day-set = Длительная: { $day }{ $note }
out-plan-note-rebuilt = .
out-plan-note-error = {" "}(текущий план остаётся как есть: { $error })
out-plan-note-next = {" "}(учту в следующем плане).
out-name-set = Приятно познакомиться, { $name }!
out-heart-set = Пульс: { $numbers }.
out-heart-ask-max = Напиши ещё свой максимальный пульс (или пульс на пороге), и я настрою зоны.
out-settings-title = <b>Твои настройки</b>
out-settings-timezone = Часовой пояс: { $zone }
out-settings-morning = Утренняя тренировка в: { $time }
out-settings-evening = Вечерний вопрос в: { $time }
out-settings-units-km = Единицы: километры
out-settings-units-mi = Единицы: мили
out-settings-days = Дней в неделю: { $n }
out-settings-volume = Текущий недельный объём: { $distance }
out-settings-long-run-day = Длительная: { $day }
out-settings-hint = Нажми, чтобы изменить, или просто напиши (<i>я в Токио</i>, <i>буди меня в 6:30</i>).
out-settings-btn-timezone = Часовой пояс
out-settings-btn-morning = Утро
out-settings-btn-evening = Вечер
out-settings-btn-use-mi = В милях
out-settings-btn-use-km = В километрах
out-settings-btn-days = Дней в неделю
out-settings-btn-long-run-day = День длительной
out-pick-days = Сколько дней в неделю ты хочешь бегать?
out-pick-long-run-day = В какой день удобнее длительная?
out-pick-morning = Когда присылать тренировку дня? Нажми время или напиши своё (<i>буди меня в 6:15</i>).
out-pick-evening = Когда спрашивать, как прошла пробежка? Нажми время или напиши своё (<i>спрашивай в 21:00</i>).
out-pick-timezone = Где ты? Нажми пояс или напиши свой город (<i>я в Лиссабоне</i>).
out-pick-other = Выбери настройку в /settings, чтобы её изменить.

## Пульс
out-hr-max = макс. { $n }
out-hr-resting = в покое { $n }
out-hr-threshold = порог { $n }
out-hr-bpm = { $list } уд/мин
out-hr-zones-by = Пульсовые зоны, { $method }:
out-hr-method-friel = по Фрилу от твоего порогового пульса
out-hr-method-karvonen = по резерву пульса (Карвонен) от максимального пульса и пульса в покое
out-hr-method-max = в процентах от максимального пульса (Дэниелс)
out-hr-zone-recovery = Восстановление
out-hr-zone-easy = Лёгкий бег и длительная
out-hr-zone-marathon = Марафонский темп
out-hr-zone-threshold = Порог
out-hr-zone-intervals = Интервалы
out-hr-zone = { $name }: { $min }–{ $max } уд/мин

## Изменения плана
out-week-this = Эта неделя: { $before } → { $after }
out-week-next = следующая неделя: { $before } → { $after }
out-what-race-day = старт теперь { $date } (через { $weeks ->
    [one] { $weeks } неделю
    [few] { $weeks } недели
   *[many] { $weeks } недель
})
out-what-goal-time = целевое время { $time }
out-what-no-goal-time = без целевого времени: темпы идут от твоей формы
out-what-days = { $n ->
    [one] { $n } беговой день в неделю
    [few] { $n } беговых дня в неделю
   *[many] { $n } беговых дней в неделю
}
out-what-long-run-day = длительная: { $day }
out-what-weekly = недельный объём, который ты бегаешь сейчас
out-plan-rebuilt = Готово: { $what }. Я перестроил план начиная с сегодняшнего дня; всё, что было раньше, осталось как было.
out-return-as-is = Рад слышать! План идёт дальше без изменений.
out-return = Отличные новости, с возвращением! Начинаем плавно: { $first } лёгкого бега за ближайшие 7 дней — не больше половины твоей последней полной недели до перерыва ({ $ref }), потом { $second } за следующие 7{ $paces }. Остановись и напиши мне, если боль вернётся.
out-return-paces = , а темпы примерно на { $loss } пункта VDOT легче из-за перерыва
out-restored = Снова в плане: { $date }, { $title } ({ $distance }).
out-restored-moved-back = Когда ты пропустил тренировку, она переехала на { $date }; этот день снова свободен.
out-restored-as-easy = Тренировка возвращается лёгкой пробежкой: соседний день и так тяжёлый.
out-kind-morning = утренние сообщения с тренировкой
out-kind-evening = вечерние вопросы
out-kind-weekly = недельные итоги
out-messages-paused = На паузе: { $list }. План на месте (/today, /week); напиши <i>{ $kind ->
    [morning] верни утренние сообщения
    [evening] верни вечерние вопросы
    [weekly] верни недельные итоги
   *[other] верни сообщения
}</i>, чтобы их вернуть.
out-messages-back = Снова включено: { $list }.
