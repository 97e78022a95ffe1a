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

## Strava в чате
strava-run-title = 🏃 <b>Пробежка из Strava</b> · { $date }
strava-run-done = Сделано: { $distance } за { $time }
strava-run-done-pace = Сделано: { $distance } за { $time } ({ $pace })
strava-run-planned = По плану: { $title }, { $distance }
strava-run-match-done = ✅ Тренировка выполнена.
strava-run-match-partial = ◐ Часть запланированной дистанции: засчитано как частично выполненная.
strava-run-match-extra = Засчитано как дополнительная пробежка.
strava-run-unplanned = На этот день ничего не было запланировано: засчитано как дополнительная пробежка.
strava-run-feel = <b>Как ощущения?</b>
strava-connected = ✅ <b>Strava подключена.</b>
strava-connected-athlete = ✅ <b>Strava подключена</b> ({ $athlete }).
strava-replaced = Прежний аккаунт Strava отвязан, его тренировки здесь удалены.
strava-connected-body =
    Пробежки, которые вы сохраняете в Strava, появятся здесь через несколько секунд, сопоставленные с планом, и я спрошу, как они прошли.
    Отправьте /strava, чтобы проверить подключение или отключить его.
strava-confirm =
    Привязать аккаунт Strava <b>{ $athlete }</b> к этому чату?
    Его пробежки будут приходить сюда. Если вы только что не подключали Strava сами, нажмите «Нет».
strava-btn-yes = Да, привязать
strava-btn-no = Нет
strava-declined = Не привязано. Из этого аккаунта Strava сюда ничего не придёт. Отправьте /strava, чтобы подключиться.
strava-expired = Вопрос устарел, поэтому ничего не привязано. Отправьте /strava, чтобы получить новую ссылку.
strava-taken = Этот аккаунт Strava уже подключён к другому чату runcoach, поэтому ничего не привязано.
strava-full =
    К сожалению, к этому тренеру уже подключено столько аккаунтов Strava, сколько Strava сейчас разрешает ({ $limit }).
    Рассказывайте о пробежках своими словами (<i>пробежал 8 км за 42:30</i>) или через /log; если Strava нужна, спросите того, кто запустил этого тренера.
strava-btn-retry = Подключить Strava ещё раз
strava-denied =
    Strava <b>не</b> подключена: на странице Strava доступ не был разрешён.
    Если это случайно, нажмите кнопку ниже и попробуйте снова (ссылка действует 15 минут) или отправьте /strava позже.
strava-missing-scope =
    Strava <b>не</b> подключена: галочка доступа к вашим тренировкам была снята, и я не смогу видеть пробежки.
    Нажмите кнопку ниже и оставьте отмеченным <i>View data about your activities</i> (ссылка действует 15 минут) или отправьте /strava позже.
strava-deauthorized =
    Доступ runcoach к Strava отозван на стороне Strava.
    Я удалил ваши токены Strava и { $runs ->
        [one] { $runs } тренировку из Strava
        [few] { $runs } тренировки из Strava
       *[other] { $runs } тренировок из Strava
    }; дни плана вернулись к прежнему виду.
    Отправьте /strava, чтобы подключиться снова.

## Страницы Strava в браузере
strava-page-connected-title = Strava подключена
strava-page-connected = Теперь пробежки будут появляться в чате с тренером. Эту вкладку можно закрыть и вернуться в Telegram.
strava-page-not-connected-title = Strava не подключена
strava-page-denied =
    На странице Strava доступ не был разрешён, поэтому ничего не привязано.

    Чтобы попробовать снова, нажмите кнопку в чате или отправьте тренеру /strava.
strava-page-missing-scope =
    Галочка доступа к вашим тренировкам была снята, поэтому тренер не сможет видеть пробежки.

    Попробуйте снова из чата (или отправьте /strava) и оставьте отмеченным «View data about your activities».
strava-page-confirm-title = Почти готово
strava-page-confirm =
    Вернитесь в Telegram и подтвердите там: тренер спросит, привязать ли аккаунт Strava { $athlete }.

    Ничего не привязывается, пока вы не нажмёте «Да» в чате.
strava-page-other-browser-title = Здесь эта ссылка не работает
strava-page-other-browser =
    Страница Strava открыта по ссылке, начатой в другом браузере, поэтому ничего не привязано.

    Если вы подключаете свою Strava, отправьте тренеру /strava и откройте ссылку в этом браузере; если ссылку вам прислал кто-то другой, просто не обращайте на неё внимания.
strava-page-full =
    К этому тренеру уже подключено столько аккаунтов Strava, сколько Strava разрешает.

    Ничего не привязано. Тренер объяснит в чате.
strava-page-bad-link-title = Ссылка не работает
strava-page-link-expired = Срок ссылки истёк: ссылки действуют 15 минут.
strava-page-link-used = Ссылка уже использована: каждая работает один раз.
strava-page-link-invalid = Ссылка недействительна.
strava-page-fresh-link = Отправьте тренеру в Telegram /strava, чтобы получить новую.
strava-page-already-linked =
    Этот аккаунт Strava уже подключён к другому чату runcoach.

    Сначала отключите его там (отправьте /strava в том чате), потом попробуйте снова.
strava-page-failed-title = Не удалось связаться со Strava
strava-page-failed = При обращении к Strava что-то пошло не так. Попробуйте через минуту: отправьте тренеру /strava.

## Календарь
calendar-name = runcoach · { $goal } { $date }
calendar-goal-5k = 5 км
calendar-goal-10k = 10 км
calendar-goal-half = Полумарафон
calendar-goal-marathon = Марафон
calendar-category-race = Старт
calendar-category-training = Тренировка
