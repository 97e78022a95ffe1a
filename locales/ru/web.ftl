# Мини-приложение (web/): все его слова. Даты, числа, дистанции и темп форматирует Intl по локали бегуна;
# плейсхолдеры ($...) одинаковы во всех языках (test/webapp/locales.test.ts).

## Вкладки и шапка

tab-plan = План
tab-progress = Прогресс
tab-settings = Настройки
header-plan = План: { $goal }
header-no-plan = runcoach
header-race = Старт { $date }
header-today = Сегодня { $date }
goal-time = цель { $time }
hello = Привет!
hello-name = Привет, { $name }!
no-plan-title = Плана пока нет
no-plan-hint = Расскажите тренеру в чате о своём целевом старте, например: «полумарафон 14 марта, бегаю 30 км в неделю».
loading-plan = Загружаем ваш план…

## Ошибки

problem-401 = Откройте runcoach из Telegram
problem-404 = Сначала поздоровайтесь с ботом
problem-other = Что-то пошло не так
error-no-telegram = Откройте эту страницу из бота runcoach в Telegram.
error-status = Тренер ответил ошибкой { $status }. Попробуйте чуть позже.
error-network = Нет связи с тренером. Проверьте интернет и попробуйте снова.

## Дистанции

goal-5k = 5 км
goal-10k = 10 км
goal-half = Полумарафон
goal-half-short = Полумарафон
goal-marathon = Марафон

## Типы тренировок

type-easy = Лёгкий бег
type-recovery = Восстановительный
type-long = Длительная
type-tempo = Темповая
type-intervals = Интервалы
type-marathon-pace = Марафонский темп
type-hills = Горки
type-race = Старт
chip-easy = Лёгк.
chip-recovery = Восст.
chip-long = Длит.
chip-tempo = Темп
chip-intervals = Инт.
chip-marathon-pace = МТ
chip-hills = Горки
chip-race = Старт

## Календарь

phase-base = База
phase-build = Развитие
phase-peak = Пик
phase-taper = Подводка
phase-race = Старт
week-number = Неделя { $week }
rest = отдых
ran = Пробежали { $distance }
legend-marks = ✓ выполнено · ✕ пропущено · ! не сделано
subscribe = Подписаться в приложении календаря
subscribe-link = Добавьте эту ссылку в приложение календаря как подписку:
status-planned = Запланировано
status-done = Выполнено
status-partial = Выполнено частично
status-skipped = Пропущено
status-missed = Не сделано

## Тренировка

rest-day = День отдыха
rest-day-hint = Бега нет: отдыхайте, высыпайтесь, хорошо ешьте.
title-easy = Лёгкий бег
title-easy-strides = Лёгкий бег + ускорения
title-recovery = Восстановительный бег
title-long = Длительная
title-long-mp = Длительная с финишем в марафонском темпе
title-tempo = Темповый бег
title-cruise = Темповые отрезки { $reps } × { $length }
title-intervals = Интервалы { $reps } × { $length }
title-intervals-plain = Интервалы
title-reps = Повторы { $reps } × { $length }
title-marathon-pace = Бег в марафонском темпе
title-hills = Горки { $reps } × { $length }
title-hills-plain = Горки
title-race = День старта: { $race }
title-race-plain = День старта
purpose-easy = Развивает аэробную базу и даёт тяжёлым тренировкам сработать.
purpose-recovery = Разгружает ноги после тяжёлого дня: чем медленнее, тем лучше.
purpose-long = Развивает выносливость; ешьте и пейте так, как собираетесь на старте.
purpose-tempo = Поднимает темп, который вы держите около часа.
purpose-intervals = Поднимает аэробный потолок (МПК) и экономичность бега.
purpose-marathon-pace = Отработка целевого темпа, питания и ритма.
purpose-hills = Силовая работа и техника без лишней ударной нагрузки.
purpose-race = Начните сдержанно, войдите в целевой темп, финишируйте сильно.
steps = Этапы
step-warmup = Разминка
step-run = Бег
step-work = Работа
step-cooldown = Заминка
zone-easy = легко
zone-marathon = в марафонском темпе
zone-threshold = в пороговом темпе
zone-interval = в интервальном темпе
zone-repetition = в темпе повторов
zone-hill = в гору
zone-stride = ускорения
zone-race = в соревновательном темпе
step-single = { $kind }: { $distance } { $zone }
step-repeats = { $kind }: { $reps } × { $distance } { $zone }
step-recovery = между ними { $distance } трусцой
step-recovery-hill = между ними { $distance } трусцой вниз
effort-easy = разговорный темп: можно говорить целыми фразами
effort-marathon = ровно и под контролем, темп, который держится часами
effort-threshold = комфортно тяжело: пара слов за раз
effort-interval = тяжело, примерно усилие на 3–5 км
effort-repetition = быстро и расслабленно, примерно усилие на милю
effort-hill = мощно в гору, примерно усилие на 5 км; вниз трусцой
effort-stride = быстро и расслабленно, не спринт; назад шагом
effort-race = соревновательное усилие
pace-per-km = { $time }/км
pace-per-mi = { $time }/миля
action-done = Готово
action-skip = Пропустить
action-move = Перенести
done-later = Отметьте, когда пробежите
download-fit = Скачать FIT
result-done = Отмечено как выполненное. Отличная работа!
result-skipped = Пропущено.
result-moved = Перенесено.
move-title = Перенести тренировку
move-hint = На другой день той же недели.
move-new-day = Новый день
move-choose = Выберите день
move-no-day = На этой неделе свободных дней не осталось
move-choose-error = Выберите день для переноса.
cancel = Отмена

## Прогресс

loading-progress = Загружаем прогресс…
progress-unavailable = Прогресс недоступен
weekly-distance = Недельный объём
per-week-km = км в неделю
per-week-mi = миль в неделю
legend-planned = план
legend-done = факт
no-weeks = Пока нечего показать.
volume-chart-label = Недельный объём: план и факт
volume-bar = { $date }: { $done } из { $planned }
training-load = Тренировочная нагрузка
training-load-unit = RPE × минуты в неделю
load-chart-label = Недельная тренировочная нагрузка
acwr = Острая:хроническая
fitness = Форма
fatigue = Усталость
fitness-from = Форма и усталость появятся с { $date }, после { $weeks ->
    [one] { $weeks } недели
   *[other] { $weeks } недель
} записанных пробежек.
load-rising = Нагрузка растёт слишком быстро: тренер облегчит следующую неделю.
prediction-title = Прогноз на старт
vdot = VDOT { $vdot }
prediction-hint = Сообщите тренеру недавний результат на соревнованиях, чтобы получить прогноз.

## Настройки

settings-title = Настройки
settings-hint = Те же настройки, что можно поменять в чате.
field-timezone = Часовой пояс
field-morning = Утреннее сообщение
field-evening = Вечерний отчёт
field-units = Единицы
field-days = Дней в неделю
field-long-run-day = День длительной
units-km = Километры
units-mi = Мили
days-count = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
save = Сохранить
saving = Сохраняем…
settings-saved = Сохранено. Тренер уже использует новые настройки.
settings-saved-zone = Сохранено. Часовой пояс: { $zone }. Тренер уже использует новые настройки.
settings-unchanged = Ничего не изменилось.
settings-plan-note = Дни в неделю и день длительной задают следующий план; чтобы перестроить текущий, попросите тренера в чате.
error-timezone = Введите город (например, Berlin) или часовой пояс (например, Europe/Moscow), до 64 символов.
error-time = Время в формате ЧЧ:ММ, например 07:30.
error-units = Километры или мили.
error-days = От 2 до 7 дней.
error-long-run-day = Выберите день недели.
