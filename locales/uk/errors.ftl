# Помилки (зона 17x): чому інструмент тренера не спрацював (src/coach/tools) і помилки API мінізастосунку
# (src/webapp/router.ts). Простий текст, без HTML.

## Інструменти тренера
err-not-started = Спершу надішліть /start: ми ще не знайомі.
err-no-plan = Плану тренувань поки немає. Спершу складімо його: потрібні цільовий старт і дата забігу.
err-coach-side = Щось пішло не так на боці тренера; нічого не змінилося.
err-race-time-off-tables = Такий час виходить за межі таблиць темпів; перевірте результат.
err-race-ahead = { $date } ще попереду: надішліть результат після старту.
err-nothing-to-change = Змінювати нічого: назвіть налаштування.
err-plan-nothing-to-change = Змінювати нічого: скажіть, що саме змінити.
err-range-reversed = Кінець періоду раніше за його початок.
err-range-too-long = Просіть не більше трьох місяців за раз.
err-move-rest-day = { $date } — день відпочинку: переносити нічого.
err-move-done = { $date }: це тренування вже не можна перенести.
err-move-held-illness = { $date } припадає на хворобу (до { $until }), тож це день відпочинку. Оберіть день пізніше або пропустіть пробіжку.
err-move-held-hold = { $date } припадає на паузу в бігу (до { $until }), тож це день відпочинку. Оберіть день пізніше або пропустіть пробіжку.
err-move-held-injury = { $date } припадає на травму (до { $until }), тож це день відпочинку. Оберіть день пізніше або пропустіть пробіжку.
err-skip-none-left = { $date }: запланованої пробіжки, яку можна пропустити, вже немає.
err-skip-rest-day = { $date } і так день відпочинку.
err-run-ahead = { $date } ще попереду: записуйте пробіжку, коли вона вже позаду.
err-duration-zero = Час має бути більшим за нуль.
err-pace-impossible = Це { $pace } с на кілометр — швидше за світовий рекорд. Перевірте дистанцію і час.
err-done-ahead = Це тренування ще попереду: позначте його, коли пробіжите.
err-done-no-workout = { $date }: тренування в плані немає.
err-feedback-ahead = Відгук можна залишити лише про пробіжку, яка вже була.
err-restore-passed = { $date } уже позаду: якщо ви бігали, запишіть пробіжку.
err-restore-has-workout = { $date }: тренування й так на місці.
err-restore-nothing-skipped = { $date }: немає пропущеного тренування, яке можна повернути.

## Неправильні аргументи
err-invalid-args = Не вдалося розібрати: { $issues }
err-arg-missing = { $field }: не вказано
err-arg-type = { $field }: потрібно { $expected ->
    [number] число
    [boolean] «так» або «ні»
    [object] кілька полів
    [array] список
    *[string] текст
}
err-arg-int = { $field }: потрібне ціле число
err-arg-min = { $field }: не менше { $min }
err-arg-above = { $field }: більше { $min }
err-arg-max = { $field }: не більше { $max }
err-arg-below = { $field }: менше { $max }
err-arg-too-short = { $field }: не коротше { $n ->
    [one] { $n } символу
    *[other] { $n } символів
}
err-arg-too-long = { $field }: не довше { $n ->
    [one] { $n } символу
    *[other] { $n } символів
}
err-arg-too-few = { $field }: не менше { $n ->
    [one] { $n } елемента
    *[other] { $n } елементів
}
err-arg-too-many = { $field }: не більше { $n ->
    [one] { $n } елемента
    *[other] { $n } елементів
}
err-arg-one-of = { $field }: одне зі значень: { $choices }
err-choice-km = кілометри
err-choice-mi = милі
err-arg-date = { $field }: дата у вигляді РРРР-ММ-ДД
err-arg-real-date = { $field }: такої дати немає в календарі
err-arg-clock = { $field }: час у вигляді ГГ:ХХ (24 години)
err-arg-duration = { $field }: час у вигляді Г:ХХ:СС або ХХ:СС
err-arg-weeks = { $field }: ціле число від 1 до 52
err-arg-timezone = { $field }: місто (наприклад, Київ) або часовий пояс (наприклад, Europe/Kyiv)
err-arg-invalid = { $field }: неправильне значення
err-arg-said = { $field }: { $text }
err-arg-unknown = невідомі поля: { $names }
err-arg-feedback-empty = вкажіть хоча б щось одне: зусилля, самопочуття або біль
err-arg-nothing = змінювати нічого: надішліть хоча б одне налаштування

## Назви полів
err-field-args = дані
err-field-date = дата
err-field-new-date = нова дата
err-field-race-date = дата забігу
err-field-distance = дистанція
err-field-duration = час
err-field-goal-time = цільовий час
err-field-rpe = зусилля (1–10)
err-field-feeling = самопочуття
err-field-severity = біль (1–10)
err-field-goal = цільовий старт
err-field-timezone = часовий пояс
err-field-morning-time = час тренування
err-field-evening-time = час вечірнього питання
err-field-days-per-week = днів на тиждень
err-field-weekly-km = тижневий обсяг
err-field-long-run-day = день довгої
err-field-max-hr = максимальний пульс
err-field-resting-hr = пульс спокою
err-field-lthr-hr = пороговий пульс
err-field-units = одиниці
err-field-weeks = тижні
err-field-reason = причина

## Часові пояси
err-zone-empty = Напишіть місто (Київ) або часовий пояс (Europe/Kyiv).
err-zone-ambiguous = У «{ $input }» кілька часових поясів: напишіть своє місто (Чикаго) або пояс (America/Chicago).
err-zone-unknown = Не знаю, де «{ $input }»: напишіть найближче велике місто (Київ) або часовий пояс (Europe/Kyiv).

## API мінізастосунку
err-web-bad = { $what ->
    [query] Неправильний запит
    [date] Неправильна дата
    *[body] Неправильні дані
}: { $issues }
err-web-not-found = не знайдено
err-web-rate-limited = Забагато запитів: зачекайте хвилину й спробуйте знову.
err-web-not-started = Ви ще не почали займатися з тренером: спершу надішліть /start ботові в Telegram.
err-web-rest-day = { $date }: тренування немає, це день відпочинку.
err-web-too-large = Завеликий запит.
err-web-bad-json = Дані не у форматі JSON.
err-web-utf8 = Надішліть JSON у кодуванні UTF-8.
err-web-busy = Тренер на мить зайнятий; нічого не змінилося. Спробуйте ще раз.
err-web-auth-missing = Відкрийте застосунок із бота в Telegram (немає заголовка Authorization з initData).
err-web-auth-malformed = Дані Telegram (initData) пошкоджені.
err-web-auth-forged = Підпис даних Telegram (initData) не збігається.
err-web-auth-stale = Дані Telegram застаріли: закрийте застосунок і знову відкрийте його з бота.
err-hr-too-close = Пульс у спокої { $resting } і максимальний { $max } занадто близькі: перевірте обидва числа.
err-hr-lthr-above-max = Пороговий пульс { $lthr } не може дорівнювати максимальному ({ $max }) або бути вищим: перевірте обидва числа.
