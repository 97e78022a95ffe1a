# Ошибки (зона 17x): почему инструмент тренера не сработал (src/coach/tools) и ошибки API мини-приложения
# (src/webapp/router.ts). Простой текст, без HTML.

## Инструменты тренера
err-not-started = Сначала отправьте /start: мы ещё не знакомы.
err-no-plan = Плана тренировок пока нет. Сначала составим его: нужны целевой старт и дата забега.
err-coach-side = Что-то пошло не так на стороне тренера; ничего не изменилось.
err-race-time-off-tables = Такое время выходит за пределы таблиц темпов; проверьте результат.
err-race-ahead = { $date } ещё впереди: пришлите результат после старта.
err-nothing-to-change = Менять нечего: назовите настройку.
err-plan-nothing-to-change = Менять нечего: скажите, что поменять.
err-range-reversed = Конец периода раньше его начала.
err-range-too-long = Просите не больше трёх месяцев за раз.
err-move-rest-day = { $date } — день отдыха: переносить нечего.
err-move-done = { $date }: эту тренировку уже нельзя перенести.
err-move-held-illness = { $date } приходится на болезнь (до { $until }), так что это день отдыха. Выберите день позже или пропустите пробежку.
err-move-held-hold = { $date } приходится на паузу в беге (до { $until }), так что это день отдыха. Выберите день позже или пропустите пробежку.
err-move-held-injury = { $date } приходится на травму (до { $until }), так что это день отдыха. Выберите день позже или пропустите пробежку.
err-skip-none-left = { $date }: запланированной пробежки, которую можно пропустить, уже нет.
err-skip-rest-day = { $date } и так день отдыха.
err-run-ahead = { $date } ещё впереди: записывайте пробежку, когда она уже позади.
err-duration-zero = Время должно быть больше нуля.
err-pace-impossible = Это { $pace } с на километр — быстрее мирового рекорда. Проверьте дистанцию и время.
err-done-ahead = Эта тренировка ещё впереди: отметьте её, когда пробежите.
err-done-no-workout = { $date }: тренировки в плане нет.
err-feedback-ahead = Отзыв можно оставить только о пробежке, которая уже была.
err-restore-passed = { $date } уже позади: если вы бегали, запишите пробежку.
err-restore-has-workout = { $date }: тренировка и так на месте.
err-restore-nothing-skipped = { $date }: нет пропущенной тренировки, которую можно вернуть.

## Неверные аргументы
err-invalid-args = Не получилось разобрать: { $issues }
err-arg-missing = { $field }: не указано
err-arg-type = { $field }: нужно { $expected ->
    [number] число
    [boolean] «да» или «нет»
    [object] несколько полей
    [array] список
    *[string] текст
}
err-arg-int = { $field }: нужно целое число
err-arg-min = { $field }: не меньше { $min }
err-arg-above = { $field }: больше { $min }
err-arg-max = { $field }: не больше { $max }
err-arg-below = { $field }: меньше { $max }
err-arg-too-short = { $field }: не короче { $n ->
    [one] { $n } символа
    *[other] { $n } символов
}
err-arg-too-long = { $field }: не длиннее { $n ->
    [one] { $n } символа
    *[other] { $n } символов
}
err-arg-too-few = { $field }: не меньше { $n ->
    [one] { $n } элемента
    *[other] { $n } элементов
}
err-arg-too-many = { $field }: не больше { $n ->
    [one] { $n } элемента
    *[other] { $n } элементов
}
err-arg-one-of = { $field }: одно из значений: { $choices }
err-choice-km = километры
err-choice-mi = мили
err-arg-date = { $field }: дата в виде ГГГГ-ММ-ДД
err-arg-real-date = { $field }: такой даты нет в календаре
err-arg-clock = { $field }: время в виде ЧЧ:ММ (24 часа)
err-arg-duration = { $field }: время в виде Ч:ММ:СС или ММ:СС
err-arg-weeks = { $field }: целое число от 1 до 52
err-arg-timezone = { $field }: город (например, Москва) или часовой пояс (например, Europe/Moscow)
err-arg-invalid = { $field }: неверное значение
err-arg-said = { $field }: { $text }
err-arg-unknown = неизвестные поля: { $names }
err-arg-feedback-empty = укажите хотя бы что-то одно: усилие, самочувствие или боль
err-arg-nothing = менять нечего: пришлите хотя бы одну настройку

## Названия полей
err-field-args = данные
err-field-date = дата
err-field-new-date = новая дата
err-field-race-date = дата забега
err-field-distance = дистанция
err-field-duration = время
err-field-goal-time = целевое время
err-field-rpe = усилие (1–10)
err-field-feeling = самочувствие
err-field-severity = боль (1–10)
err-field-goal = целевой старт
err-field-timezone = часовой пояс
err-field-morning-time = время тренировки
err-field-evening-time = время вечернего вопроса
err-field-days-per-week = дней в неделю
err-field-weekly-km = недельный объём
err-field-long-run-day = день длительной
err-field-max-hr = максимальный пульс
err-field-resting-hr = пульс покоя
err-field-lthr-hr = пороговый пульс
err-field-units = единицы
err-field-weeks = недели
err-field-reason = причина

## Часовые пояса
err-zone-empty = Напишите город (Москва) или часовой пояс (Europe/Moscow).
err-zone-ambiguous = В «{ $input }» несколько часовых поясов: напишите свой город (Новосибирск) или пояс (Asia/Novosibirsk).
err-zone-unknown = Не знаю, где «{ $input }»: напишите ближайший крупный город (Москва) или часовой пояс (Europe/Moscow).

## API мини-приложения
err-web-bad = { $what ->
    [query] Неверный запрос
    [date] Неверная дата
    *[body] Неверные данные
}: { $issues }
err-web-not-found = не найдено
err-web-rate-limited = Слишком много запросов: подождите минуту и попробуйте снова.
err-web-not-started = Вы ещё не начали заниматься с тренером: сначала отправьте /start боту в Telegram.
err-web-rest-day = { $date }: тренировки нет, это день отдыха.
err-web-too-large = Слишком большой запрос.
err-web-bad-json = Данные не в формате JSON.
err-web-utf8 = Отправьте JSON в кодировке UTF-8.
err-web-busy = Тренер на секунду занят; ничего не изменилось. Попробуйте ещё раз.
err-web-auth-missing = Откройте приложение из бота в Telegram (нет заголовка Authorization с initData).
err-web-auth-malformed = Данные Telegram (initData) повреждены.
err-web-auth-forged = Подпись данных Telegram (initData) не совпадает.
err-web-auth-stale = Данные Telegram устарели: закройте приложение и снова откройте его из бота.
err-hr-too-close = Пульс в покое { $resting } и максимальный { $max } слишком близки: проверьте оба числа.
err-hr-lthr-above-max = Пороговый пульс { $lthr } не может быть равен максимальному ({ $max }) или выше: проверьте оба числа.
