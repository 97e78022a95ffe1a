# Міні-застосунок (web/): усі його слова. Дати, числа, дистанції й темп форматує Intl за локаллю бігуна;
# плейсхолдери ($...) однакові в усіх мовах (test/webapp/locales.test.ts).

## Вкладки та шапка

tab-plan = План
tab-progress = Прогрес
tab-settings = Налаштування
header-plan = План: { $goal }
header-no-plan = runcoach
header-race = Старт { $date }
header-today = Сьогодні { $date }
goal-time = ціль { $time }
hello = Привіт!
hello-name = Привіт, { $name }!
no-plan-title = Плану ще немає
no-plan-hint = Розкажіть тренерові в чаті про свій цільовий старт, наприклад: «півмарафон 14 березня, бігаю 30 км на тиждень».
loading-plan = Завантажуємо ваш план…

## Помилки

problem-401 = Відкрийте runcoach з Telegram
problem-404 = Спершу привітайтеся з ботом
problem-other = Щось пішло не так
error-no-telegram = Відкрийте цю сторінку з бота runcoach у Telegram.
error-status = Тренер відповів помилкою { $status }. Спробуйте трохи згодом.
error-network = Немає зв’язку з тренером. Перевірте інтернет і спробуйте знову.

## Дистанції

goal-5k = 5 км
goal-10k = 10 км
goal-half = Півмарафон
goal-half-short = Півмарафон
goal-marathon = Марафон

## Типи тренувань

type-easy = Легкий біг
type-recovery = Відновлювальний
type-long = Довга
type-tempo = Темпова
type-intervals = Інтервали
type-marathon-pace = Марафонський темп
type-hills = Гірки
type-race = Старт
chip-easy = Легк.
chip-recovery = Відн.
chip-long = Довга
chip-tempo = Темп
chip-intervals = Інт.
chip-marathon-pace = МТ
chip-hills = Гірки
chip-race = Старт

## Календар

phase-base = База
phase-build = Розвиток
phase-peak = Пік
phase-taper = Підводка
phase-race = Старт
week-number = Тиждень { $week }
rest = відпочинок
ran = Пробігли { $distance }
legend-marks = ✓ виконано · ✕ пропущено · ! не зроблено
subscribe = Підписатися в застосунку календаря
subscribe-link = Додайте це посилання в застосунок календаря як підписку:
status-planned = Заплановано
status-done = Виконано
status-partial = Виконано частково
status-skipped = Пропущено
status-missed = Не зроблено

## Тренування

rest-day = День відпочинку
rest-day-hint = Бігу немає: відпочивайте, висипайтеся, добре їжте.
title-easy = Легкий біг
title-easy-strides = Легкий біг + прискорення
title-recovery = Відновлювальний біг
title-long = Довга
title-long-mp = Довга з фінішем у марафонському темпі
title-tempo = Темповий біг
title-cruise = Темпові відрізки { $reps } × { $length }
title-intervals = Інтервали { $reps } × { $length }
title-intervals-plain = Інтервали
title-reps = Повтори { $reps } × { $length }
title-marathon-pace = Біг у марафонському темпі
title-hills = Гірки { $reps } × { $length }
title-hills-plain = Гірки
title-race = День старту: { $race }
title-race-plain = День старту
purpose-easy = Розвиває аеробну базу й дає важким тренуванням спрацювати.
purpose-recovery = Розвантажує ноги після важкого дня: що повільніше, то краще.
purpose-long = Розвиває витривалість; їжте й пийте так, як плануєте на старті.
purpose-tempo = Піднімає темп, який ви тримаєте близько години.
purpose-intervals = Піднімає аеробну стелю (МСК) і економічність бігу.
purpose-marathon-pace = Відпрацювання цільового темпу, харчування й ритму.
purpose-hills = Силова робота й техніка без зайвого ударного навантаження.
purpose-race = Почніть стримано, увійдіть у цільовий темп, фінішуйте сильно.
steps = Етапи
step-warmup = Розминка
step-run = Біг
step-work = Робота
step-cooldown = Заминка
zone-easy = легко
zone-marathon = у марафонському темпі
zone-threshold = у пороговому темпі
zone-interval = в інтервальному темпі
zone-repetition = у темпі повторів
zone-hill = вгору
zone-stride = прискорення
zone-race = у змагальному темпі
step-single = { $kind }: { $distance } { $zone }
step-repeats = { $kind }: { $reps } × { $distance } { $zone }
step-recovery = між ними { $distance } підтюпцем
step-recovery-hill = між ними { $distance } підтюпцем униз
effort-easy = розмовний темп: можна говорити цілими реченнями
effort-marathon = рівно й під контролем, темп, який тримається годинами
effort-threshold = комфортно важко: кілька слів за раз
effort-interval = важко, приблизно зусилля на 3–5 км
effort-repetition = швидко й розслаблено, приблизно зусилля на милю
effort-hill = потужно вгору, приблизно зусилля на 5 км; униз підтюпцем
effort-stride = швидко й розслаблено, не спринт; назад кроком
effort-race = змагальне зусилля
pace-per-km = { $time }/км
pace-per-mi = { $time }/миля
action-done = Готово
action-skip = Пропустити
action-move = Перенести
done-later = Позначте, коли пробіжите
download-fit = Завантажити FIT
result-done = Позначено як виконане. Чудова робота!
result-skipped = Пропущено.
result-moved = Перенесено.
move-title = Перенести тренування
move-hint = На інший день того ж тижня.
move-new-day = Новий день
move-choose = Виберіть день
move-no-day = Цього тижня вільних днів не лишилося
move-choose-error = Виберіть день для перенесення.
cancel = Скасувати

## Прогрес

loading-progress = Завантажуємо прогрес…
progress-unavailable = Прогрес недоступний
weekly-distance = Тижневий обсяг
per-week-km = км на тиждень
per-week-mi = миль на тиждень
legend-planned = план
legend-done = факт
no-weeks = Поки що нічого показати.
volume-chart-label = Тижневий обсяг: план і факт
volume-bar = { $date }: { $done } з { $planned }
training-load = Тренувальне навантаження
training-load-unit = RPE × хвилини на тиждень
load-chart-label = Тижневе тренувальне навантаження
acwr = Гостре:хронічне
fitness = Форма
fatigue = Втома
fitness-from = Форма й утома з’являться з { $date }, після { $weeks ->
    [one] { $weeks } тижня
   *[other] { $weeks } тижнів
} записаних пробіжок.
load-rising = Навантаження росте надто швидко: тренер полегшить наступний тиждень.
prediction-title = Прогноз на старт
vdot = VDOT { $vdot }
prediction-hint = Повідомте тренерові недавній результат на змаганнях, щоб отримати прогноз.

## Налаштування

settings-title = Налаштування
settings-hint = Ті самі налаштування, що можна змінити в чаті.
field-timezone = Часовий пояс
field-morning = Ранкове повідомлення
field-evening = Вечірній звіт
field-units = Одиниці
field-days = Днів на тиждень
field-long-run-day = День довгої
units-km = Кілометри
units-mi = Милі
days-count = { $count ->
    [one] { $count } день
    [few] { $count } дні
   *[many] { $count } днів
}
save = Зберегти
saving = Зберігаємо…
settings-saved = Збережено. Тренер уже використовує нові налаштування.
settings-saved-zone = Збережено. Часовий пояс: { $zone }. Тренер уже використовує нові налаштування.
settings-unchanged = Нічого не змінилося.
settings-plan-note = Дні на тиждень і день довгої задають наступний план; щоб перебудувати поточний, попросіть тренера в чаті.
error-timezone = Введіть місто (наприклад, Kyiv) або часовий пояс (наприклад, Europe/Kyiv), до 64 символів.
error-time = Час у форматі ГГ:ХХ, наприклад 07:30.
error-units = Кілометри або милі.
error-days = Від 2 до 7 днів.
error-long-run-day = Виберіть день тижня.
