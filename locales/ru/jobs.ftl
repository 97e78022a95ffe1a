# Утренние, вечерние и воскресные сообщения, график недели, Strava (зона инженера 17j).

## Утро
morning-hello = Доброе утро{ $name ->
    [none] {""}
   *[other] , { $name }
}! ☀️

## Вечерний вопрос
evening-title = <b>Как прошла тренировка?</b>
evening-invite = Нажмите кнопку ниже или просто напишите своими словами, например <i>«8 км за 45 минут, легко»</i> или <i>«пропустил, устал»</i>.
evening-btn-done = ✅ Сделано
evening-btn-skipped = ⏭ Пропущено

## Итоги недели
weekly-title = <b>Ваша неделя, { $from } – { $to }</b>
weekly-distance = По плану { $planned } · пробежано { $done }
weekly-distance-pct = По плану { $planned } · пробежано { $done } ({ $pct })
weekly-workouts = Тренировки: выполнено { $done } из { $planned }
weekly-workouts-skipped = Тренировки: выполнено { $done } из { $planned }, пропущено { $skipped }
weekly-load = Нагрузка { $load } (RPE тренировки × минуты), { $trend }.
weekly-load-first = первая неделя с учтённой нагрузкой
weekly-load-none = нагрузки пока не было
weekly-load-steady = примерно как на прошлой неделе ({ $change })
weekly-load-up = ▲ { $change } к прошлой неделе
weekly-load-down = ▼ { $change } к прошлой неделе
weekly-acwr = Острая:хроническая нагрузка { $ratio }, { $note }.
weekly-acwr-spike = резкий рост: следующие дни бегайте легко
weekly-acwr-low = ниже обычного: для разгрузочной недели нормально
weekly-acwr-ok = в комфортном диапазоне
weekly-verdict-none = Неделя без запланированных пробежек.
weekly-verdict-over = Больше плана: на следующей неделе лёгкие пробежки делайте по-настоящему лёгкими.
weekly-verdict-on = Точно по плану. 👏
weekly-verdict-solid = Хорошая неделя.
weekly-verdict-light = Меньше, чем по плану. Так бывает: план продолжается отсюда, догонять ничего не нужно.
weekly-next-none = <b>Следующая неделя</b>: ничего не запланировано. Расскажите о новой цели, когда будете готовы!
weekly-next = <b>Следующая неделя</b> ({ $size })
weekly-next-phase = <b>Следующая неделя</b> ({ $phase }, { $size })
weekly-phase-base = базовый период
weekly-phase-build = развивающий период
weekly-phase-peak = пиковый период
weekly-phase-taper = подводка
weekly-phase-race = неделя старта
weekly-caption = <b>Неделя с { $date }</b>: { $done } из { $planned } по плану

## График недели
chart-title = Недельный объём: сделано и по плану ({ $unit })
chart-subtitle = { $back ->
    [one] Последняя { $back } неделя
    [few] Последние { $back } недели
   *[other] Последние { $back } недель
} и следующие { $ahead }; текущая неделя выделена
chart-plan = План
chart-done = Сделано
