# Чат (зона 17a): команды, ответы тренера, кнопки, знакомство, ошибки. Тексты в Telegram HTML.

## Единицы и длительность (src/messages/format.ts)
unit-km = км
unit-mi = ми
duration-min = { $min } мин
duration-h-min = { $h } ч { $min } мин

## /language
language-choose = Сейчас я говорю: { $current }. На каком языке вам удобнее?
language-saved = Сохранено
language-set = Готово: { $language }. Дальше пишу вам по-русски.
button-expired = Эта кнопка уже не действует.

## Меню команд (setMyCommands)
cmd-today = Тренировка на сегодня
cmd-week = Эта неделя
cmd-plan = План целиком
cmd-log = Записать пробежку, например /log 8 км 42:30 rpe 5
cmd-progress = Как идут тренировки
cmd-settings = Часовой пояс, время сообщений, единицы, дни
cmd-setup = Составить новый план
cmd-strava = Подключить Strava
cmd-export = Скачать все мои данные
cmd-delete = Удалить все мои данные
cmd-help = Что я умею
cmd-fit = Тренировка для часов (.fit), например /fit завтра
cmd-calendar = План в вашем календаре
cmd-intervals = План в intervals.icu
cmd-language = Язык

## Приветствие и помощь
welcome-back = С возвращением{ $name ->
    [none] {""}
   *[other] , { $name }
}! План на месте. Что показать?
welcome-new = Привет{ $name ->
    [none] {""}
   *[other] , { $name }
}! Я ваш беговой тренер. 🏃

    Я составлю план подготовки к вашему старту, каждое утро пришлю тренировку на день, спрошу, как прошла пробежка, и подстрою план под ваши ощущения.

    Напишите цель своими словами, например:
    <i>полумарафон 14 марта, бегаю 4 дня в неделю, около 30 км</i>

    или пройдём настройку в четыре нажатия.
btn-today-workout = Тренировка на сегодня
btn-this-week = Эта неделя
btn-setup-plan = Составить план
help =
    <b>Что я умею</b>

    /today: тренировка на сегодня, с кнопками «Сделано», «Пропустить» и «Перенести»
    /week: тренировки этой недели
    /plan: план целиком
    /log: записать пробежку, например <code>/log 8 км 42:30 rpe 5</code>
    /progress: план и факт, тренировочная нагрузка
    /settings: часовой пояс, время сообщений, единицы, дни в неделю, день длительной
    /setup: составить новый план по шагам
    /strava: подключить Strava
    /fit: тренировка для часов (.fit), например <code>/fit завтра</code>
    /calendar: план в вашем календаре
    /intervals: план в intervals.icu (оттуда он уходит в Garmin, COROS, Suunto, Wahoo, Polar)
    Пришлите файл .fit, .gpx или .tcx с часов, и я запишу пробежку.
    /export: скачать всё, что я о вас храню
    /delete: удалить все ваши данные
    /language: язык общения

    Или просто напишите мне:
    • <i>полумарафон 14 марта, 4 дня в неделю, около 30 км</i>
    • <i>пробежал 10 км за 52:30, самочувствие отличное</i>
    • <i>ноги тяжёлые, 8/10</i>
    • <i>перенеси завтрашнюю пробежку на пятницу</i> / <i>пропущу сегодня</i>
    • <i>я заболел</i> / <i>на следующей неделе в поездке, только 2 дня</i>
    • <i>присылай в 6:30</i> / <i>я в Берлине</i>

## Вопросы
q-location-button = 📍 Отправить геопозицию
q-setup-retry = Не совсем понял. Нажмите кнопку или напишите:
q-place = Где вы живёте? Напишите город (<i>Москва</i>, <i>Новосибирск</i>) или часовой пояс, либо отправьте геопозицию, чтобы тренировка приходила вам утром.
q-place-unknown = Пока не знаю, где находится { $name }. Назовите крупный город рядом или пояс, например <i>Europe/Moscow</i>.
q-place-ambiguous = В этой стране несколько часовых поясов. В каком вы городе?
q-location-terminal = В терминале нельзя отправить геопозицию: просто напишите город (например, <i>Москва</i>).
q-location-unknown = Не получилось определить часовой пояс по этой точке. Напишите ваш город (например, <i>Москва</i>).
q-zone-set = Понял: время { $place } ({ $zone }).
q-morning = Во сколько утром присылать тренировку? Нажмите время или напишите своё (например, <i>6:45</i>). Сейчас стоит { $current }.
q-morning-invalid = Время пишется так: <i>6:30</i>, <i>7 утра</i> или <i>06:45</i>.
q-arrival = Тренировка будет приходить каждое утро в { $time } (время { $place }).
q-clarify-buttons = Или выберите:
q-log = Расскажите о пробежке: дистанция и время, можно добавить, насколько было тяжело. Например <code>8 км 42:30 rpe 5</code> или <i>вчера 10 км за 55 минут</i>.

## Пошаговая настройка
setup-ask-goal = К какому старту готовимся?
setup-btn-half = Полумарафон
setup-btn-marathon = Марафон
setup-ask-date = Отлично, { $goal }! Когда старт? Выберите, через сколько недель, или напишите дату (например, <i>14 марта</i>).
setup-btn-in-weeks = { $weeks ->
    [one] через { $weeks } неделю
    [few] через { $weeks } недели
   *[other] через { $weeks } недель
}
setup-ask-days = Сколько дней в неделю можете бегать?
setup-btn-just-starting = только начинаю
setup-ask-km = Сколько примерно пробегаете за неделю сейчас? (Или напишите: <i>около 25 км</i>.)
setup-ask-long-run-day = И последнее: в какой день удобнее длительная?
setup-later = Хорошо. Напишите цель, когда будете готовы.
setup-expired = Эта кнопка уже не действует. Отправьте /setup, чтобы начать заново.
setup-race-day = День старта: { $date }.
send-start-first = Сначала отправьте /start.
log-negative = Дистанция и время не бывают отрицательными, поэтому я ничего не записал.
log-unreadable = Не нашёл здесь дистанцию и время.

## Цели
goal-5k = 5 км
goal-10k = 10 км
goal-half = полумарафон
goal-marathon = марафон

## Тренировки
unit-metres = { $m } м
zone-easy = в лёгком темпе
zone-marathon = в марафонском темпе
zone-threshold = в пороговом темпе
zone-interval = в интервальном темпе
zone-repetition = в темпе повторов
zone-hill = в гору
zone-stride = ускорения
zone-race = в соревновательном темпе
effort-easy = разговорный темп: можно болтать полными фразами
effort-marathon = ровно и под контролем, такой темп держится часами
effort-threshold = тяжело, но терпимо: говорить можно только парой слов
effort-interval = тяжело, примерно как на забеге 3–5 км
effort-repetition = быстро и расслабленно, примерно как на миле
effort-hill = мощно в гору, примерно как на 5 км; вниз трусцой
effort-stride = быстро и легко, не в спринт; обратно шагом
effort-race = соревновательное усилие
step-strides-target = { $pace ->
    [none] ускорения ({ $effort })
   *[other] ускорения по { $pace } ({ $effort })
}
step-uphill-target = { $pace ->
    [none] в гору ({ $effort })
   *[other] в гору по { $pace } ({ $effort })
}
step-at-pace = по { $pace } ({ $effort })
step-at-zone = { $zone } ({ $effort })
step-warmup = Разминка: { $distance } легко{ $pace ->
    [none] {""}
   *[other] {" "}по { $pace }
}
step-cooldown = Заминка: { $distance } легко{ $pace ->
    [none] {""}
   *[other] {" "}по { $pace }
}
step-jog-between = , между ними { $distance } трусцой
step-main-set = Основная часть: { $reps } × { $distance } { $target }{ $between }
step-then = Затем: { $reps } × { $distance } { $target }{ $between }
step-easy = { $distance } легко{ $pace ->
    [none] {" "}({ $effort })
   *[other] {" "}по { $pace }
}
purpose-easy = Развивает аэробную базу и даёт восстановиться к тяжёлым дням.
purpose-recovery = Разгружает ноги после тяжёлого дня; чем медленнее, тем лучше.
purpose-long = Развивает выносливость; ешьте и пейте так, как планируете на старте.
purpose-tempo = Поднимает темп, который вы держите около часа.
purpose-intervals = Поднимает аэробный потолок (МПК) и экономичность бега.
purpose-marathon-pace = Отработка целевого темпа, питания и ритма.
purpose-hills = Силовая работа и техника без лишней ударной нагрузки.
purpose-race = Начните сдержанно, войдите в целевой темп, финишируйте сильно.
title-easy = Лёгкий бег
title-easy-strides = Лёгкий бег + ускорения
title-recovery = Восстановительный бег
title-long = Длительная
title-long-mp = Длительная с финишем в марафонском темпе
title-tempo = Темповый бег
title-cruise = Темповые отрезки { $reps } × { $distance }
title-intervals = Интервалы
title-intervals-set = Интервалы { $reps } × { $distance }
title-repetitions-set = Повторы { $reps } × { $distance }
title-marathon-pace = Бег в марафонском темпе
title-hills = Горки
title-hills-set = Горки { $reps } × { $distance }
title-race = День старта
btn-done = ✅ Сделано
btn-skip = ⏭ Пропустить
btn-move = ↔ Перенести
btn-fit = ⌚ FIT
btn-rpe-easy = 😌 Легко
btn-rpe-ok = 🙂 Нормально
btn-rpe-hard = 😤 Тяжело
btn-rpe-very-hard = 🥵 Очень тяжело
btn-in-words = ✍️ Своими словами
rest-day = { $date }: день отдыха
rest-day-why = Именно на отдыхе тренировки превращаются в форму. Спокойная прогулка не помешает.
rest-day-next = Дальше: { $workout }

## Один день
day-no-plan = Плана пока нет, поэтому ничего не запланировано. Напишите, к какому старту готовитесь (<i>10 км 3 мая, 4 дня в неделю</i>), или нажмите кнопку ниже.
card-heart-rate = ❤️ Пульс { $min }–{ $max } уд/мин
day-today = Сегодня
day-tomorrow = Завтра
day-plan-starts = План начинается { $date }.
day-after-race = Это уже после старта. Как будете готовы, расскажите о следующей цели!
day-race-heading = { $day }: день старта!
day-race-words = Начните медленнее, чем хочется, войдите в ритм и доверьтесь подготовке. Получайте удовольствие: вы это заслужили.
done-marked = <b>{ $title }</b>: отмечено как сделано. ✅ Как ощущения?

## Новый план
phase-base = База
phase-build = Развитие
phase-peak = Пик
phase-taper = Подводка
phase-race = Старт
paces-by-effort = Темпы: пока по ощущениям. Расскажите о недавнем забеге (<i>пробежал 10 км за 48:30</i>), и я их рассчитаю.
paces-title = Ваши темпы
pace-easy = Лёгкий
pace-marathon = Марафонский
pace-threshold = Пороговый
pace-interval = Интервальный
pace-repetition = Повторы
plan-ready = План на { $goal } готов
plan-race-day = День старта: { $date }
plan-race-day-goal = День старта: { $date } · цель { $time }
plan-weeks-line = { $weeks ->
    [one] { $weeks } неделя
    [few] { $weeks } недели
   *[other] { $weeks } недель
} · { $phases } · пиковая неделя { $peak }
plan-vdot-goal = Темпы рассчитаны под вашу цель (VDOT { $vdot }). Расскажите о недавнем забеге (<i>пробежал 10 км за 48:30</i>), и я сверю цель с вашей текущей формой.
plan-vdot-now = VDOT { $vdot }: сейчас вы пробежите примерно за { $time }.
plan-please-read = Обратите внимание
plan-week-heading = Неделя { $index } ({ $phase })
plan-next-steps = Каждое утро я буду присылать тренировку. /today покажет сегодняшнюю, /plan — весь план.
