# Ранкові, вечірні й недільні повідомлення, графік тижня, Strava, календар (зона інженера 17j).

## Ранок
morning-hello = Доброго ранку{ $name ->
    [none] {""}
   *[other] , { $name }
}! ☀️

## Вечірнє питання
evening-title = <b>Як пройшло тренування?</b>
evening-invite = Натисніть кнопку нижче або просто напишіть своїми словами, наприклад <i>«8 км за 45 хв, легко»</i> або <i>«пропустив, утомився»</i>.
evening-btn-done = ✅ Зроблено
evening-btn-skipped = ⏭ Пропущено

## Підсумки тижня
weekly-title = <b>Ваш тиждень, { $from } – { $to }</b>
weekly-distance = За планом { $planned } · пробіжено { $done }
weekly-distance-pct = За планом { $planned } · пробіжено { $done } ({ $pct })
weekly-workouts = Тренування: виконано { $done } з { $planned }
weekly-workouts-skipped = Тренування: виконано { $done } з { $planned }, пропущено { $skipped }
weekly-load = Навантаження { $load } (RPE тренування × хвилини), { $trend }.
weekly-load-first = перший тиждень з облікованим навантаженням
weekly-load-none = навантаження ще не було
weekly-load-steady = приблизно як минулого тижня ({ $change })
weekly-load-up = ▲ { $change } до минулого тижня
weekly-load-down = ▼ { $change } до минулого тижня
weekly-acwr = Гостре:хронічне навантаження { $ratio }, { $note }.
weekly-acwr-spike = різке зростання: наступні дні бігайте легко
weekly-acwr-low = нижче звичного: для розвантажувального тижня нормально
weekly-acwr-ok = у комфортному діапазоні
weekly-verdict-none = Тиждень без запланованих пробіжок.
weekly-verdict-over = Більше за план: наступного тижня легкі пробіжки робіть справді легкими.
weekly-verdict-on = Точно за планом. 👏
weekly-verdict-solid = Добрий тиждень.
weekly-verdict-light = Менше, ніж за планом. Так буває: план триває звідси, надолужувати нічого не треба.
weekly-next-none = <b>Наступний тиждень</b>: нічого не заплановано. Розкажіть про нову ціль, коли будете готові!
weekly-next = <b>Наступний тиждень</b> ({ $size })
weekly-next-phase = <b>Наступний тиждень</b> ({ $phase }, { $size })
weekly-phase-base = базовий період
weekly-phase-build = розвивальний період
weekly-phase-peak = піковий період
weekly-phase-taper = підведення
weekly-phase-race = тиждень старту
weekly-caption = <b>Тиждень з { $date }</b>: { $done } з { $planned } за планом

## Графік тижня
chart-title = Тижневий обсяг: зроблено й за планом ({ $unit })
chart-subtitle = { $back ->
    [one] Останній { $back } тиждень
    [few] Останні { $back } тижні
   *[other] Останні { $back } тижнів
} і наступні { $ahead }; поточний тиждень виділено
chart-plan = План
chart-done = Зроблено

## Strava у чаті
strava-run-title = 🏃 <b>Пробіжка зі Strava</b> · { $date }
strava-run-done = Зроблено: { $distance } за { $time }
strava-run-done-pace = Зроблено: { $distance } за { $time } ({ $pace })
strava-run-planned = За планом: { $title }, { $distance }
strava-run-match-done = ✅ Тренування виконано.
strava-run-match-partial = ◐ Частина запланованої дистанції: зараховано як частково виконане.
strava-run-match-extra = Зараховано як додаткову пробіжку.
strava-run-unplanned = На цей день нічого не було заплановано: зараховано як додаткову пробіжку.
strava-run-feel = <b>Які відчуття?</b>
strava-connected = ✅ <b>Strava підключено.</b>
strava-connected-athlete = ✅ <b>Strava підключено</b> ({ $athlete }).
strava-replaced = Попередній акаунт Strava відв'язано, його тренування тут видалено.
strava-connected-body =
    Пробіжки, які ви зберігаєте у Strava, з'являтимуться тут за кілька секунд, зіставлені з планом, і я спитаю, як вони пройшли.
    Надішліть /strava, щоб перевірити підключення або вимкнути його.
strava-confirm =
    Прив'язати акаунт Strava <b>{ $athlete }</b> до цього чату?
    Його пробіжки надходитимуть сюди. Якщо ви щойно не підключали Strava самі, натисніть «Ні».
strava-btn-yes = Так, прив'язати
strava-btn-no = Ні
strava-declined = Не прив'язано. З цього акаунта Strava сюди нічого не надійде. Надішліть /strava, щоб підключитися.
strava-expired = Питання застаріло, тож нічого не прив'язано. Надішліть /strava, щоб отримати нове посилання.
strava-taken = Цей акаунт Strava вже підключено до іншого чату runcoach, тож нічого не прив'язано.
strava-full =
    На жаль, до цього тренера вже підключено стільки акаунтів Strava, скільки Strava зараз дозволяє ({ $limit }).
    Розповідайте про пробіжки своїми словами (<i>пробіг 8 км за 42:30</i>) або через /log; якщо потрібна Strava, спитайте того, хто запустив цього тренера.
strava-btn-retry = Підключити Strava ще раз
strava-denied =
    Strava <b>не</b> підключено: на сторінці Strava доступ не було дозволено.
    Якщо це випадково, натисніть кнопку нижче й спробуйте знову (посилання діє 15 хвилин) або надішліть /strava пізніше.
strava-missing-scope =
    Strava <b>не</b> підключено: позначку доступу до ваших тренувань було знято, і я не бачитиму пробіжок.
    Натисніть кнопку нижче й залиште позначеним <i>View data about your activities</i> (посилання діє 15 хвилин) або надішліть /strava пізніше.
strava-deauthorized =
    Доступ runcoach до Strava відкликано на боці Strava.
    Я видалив ваші токени Strava і { $runs ->
        [one] { $runs } тренування зі Strava
        [few] { $runs } тренування зі Strava
       *[other] { $runs } тренувань зі Strava
    }; дні плану повернулися до попереднього вигляду.
    Надішліть /strava, щоб підключитися знову.

## Сторінки Strava у браузері
strava-page-connected-title = Strava підключено
strava-page-connected = Тепер пробіжки з'являтимуться в чаті з тренером. Цю вкладку можна закрити й повернутися до Telegram.
strava-page-not-connected-title = Strava не підключено
strava-page-denied =
    На сторінці Strava доступ не було дозволено, тож нічого не прив'язано.

    Щоб спробувати знову, натисніть кнопку в чаті або надішліть тренеру /strava.
strava-page-missing-scope =
    Позначку доступу до ваших тренувань було знято, тож тренер не бачитиме пробіжок.

    Спробуйте знову з чату (або надішліть /strava) і залиште позначеним «View data about your activities».
strava-page-confirm-title = Майже готово
strava-page-confirm =
    Поверніться до Telegram і підтвердьте там: тренер спитає, чи прив'язати акаунт Strava { $athlete }.

    Нічого не прив'язується, доки ви не натиснете «Так» у чаті.
strava-page-other-browser-title = Тут це посилання не працює
strava-page-other-browser =
    Сторінку Strava відкрито за посиланням, розпочатим в іншому браузері, тож нічого не прив'язано.

    Якщо ви підключаєте свою Strava, надішліть тренеру /strava і відкрийте посилання в цьому браузері; якщо посилання вам надіслав хтось інший, просто не зважайте на нього.
strava-page-full =
    До цього тренера вже підключено стільки акаунтів Strava, скільки Strava дозволяє.

    Нічого не прив'язано. Тренер пояснить у чаті.
strava-page-bad-link-title = Посилання не працює
strava-page-link-expired = Термін дії посилання минув: посилання діють 15 хвилин.
strava-page-link-used = Посилання вже використано: кожне працює один раз.
strava-page-link-invalid = Посилання недійсне.
strava-page-fresh-link = Надішліть тренеру в Telegram /strava, щоб отримати нове.
strava-page-already-linked =
    Цей акаунт Strava вже підключено до іншого чату runcoach.

    Спершу вимкніть його там (надішліть /strava у тому чаті), потім спробуйте знову.
strava-page-failed-title = Не вдалося зв'язатися зі Strava
strava-page-failed = Під час звернення до Strava щось пішло не так. Спробуйте за хвилину: надішліть тренеру /strava.

## Календар
calendar-name = runcoach · { $goal } { $date }
calendar-goal-5k = 5 км
calendar-goal-10k = 10 км
calendar-goal-half = Напівмарафон
calendar-goal-marathon = Марафон
calendar-category-race = Старт
calendar-category-training = Тренування
