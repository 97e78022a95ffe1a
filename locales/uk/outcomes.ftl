# Підсумки дій: записані пробіжки, самопочуття, перенесення, пропуски, коригування, пульс, запитання після пробіжок.

## Різноманітні підтвердження (кожна мова пише свої)
out-saved-1 = Готово.
out-saved-2 = Зрозумів.
out-saved-3 = Усе налаштовано.
out-saved-4 = Записав.
out-saved-5 = Оновив.
out-saved-6 = Змінив.
out-effort-fits-1 = Саме так, як і має бути.
out-effort-fits-2 = Добре: саме таке навантаження й закладено в плані.
out-effort-fits-3 = Гарно розклав сили. Так тримати!
out-effort-fits-4 = Те, що треба. Саме така регулярність і дає форму.
out-effort-fits-5 = Молодець, легкі дні саме так і мають відчуватися.
out-effort-hard-1 = Важко, але в межах того, що закладено в плані. Легкі дні роби справді легкими.
out-effort-hard-2 = Непроста вийшла. Наступну легку пробіжи зовсім спокійно.
out-effort-hard-3 = Гарна робота. Відновлення — теж частина тренування: завтра без поспіху.
out-noted-1 = Дякую, що розповів
out-noted-2 = Добре, що сказав, дякую
out-noted-3 = Дякую, записав

## Записані пробіжки
out-run-duplicate = Ця пробіжка в мене вже є: { $distance } за { $time }.
out-run-logged = Записав: { $distance } за { $time } ({ $pace }), { $date }.
out-run-covers = Це закриває <b>{ $title }</b>. ✅ Молодець!
out-run-partial = Це частина тренування <b>{ $title }</b> (за планом { $planned }): зарахував частково.
out-run-extra-planned = У плані на той день стояло: <b>{ $title }</b>; цю пробіжку зарахував як додаткову.
out-run-extra = На той день нічого не було заплановано, тож це додаткова пробіжка.
out-adjusted-coming = Я підправив найближчі дні:
out-balanced = Щоб тиждень залишився збалансованим:
out-more-days = • …і ще { $n }
out-spike = Увага: { $run } — це на { $pct } % більше, ніж твоя найдовша пробіжка за останні 30 днів ({ $longest }); стрибки понад 10 % підвищують ризик травми{ $eased ->
    [yes] , тому я полегшив найближчі дні.
   *[no] ; найближчі дні бігай спокійно.
}

## Самопочуття
out-effort = навантаження { $rpe }/10
out-feeling = самопочуття: { $feeling }
out-feeling-noted = самопочуття записав
out-feel-great = чудово
out-feel-good = добре
out-feel-ok = нормально
out-feel-tired = втома
out-feel-exhausted = повне виснаження
out-pain-felt = біль ({ $location }) { $severity }/10
out-noted = { $noted }: { $details }.
out-noted-effort = Дякую, записав: { $details }.
out-stop-running = <b>Будь ласка, поки не бігай із цим.</b> Біль такої сили — привід показатися фізіотерапевту чи спортивному лікарю, перш ніж знову тренуватися. Я прибрав пробіжки з плану на найближчі дні; напиши, коли тебе оглянуть і що скажуть.

## Перенесення, пропуски та коригування
out-nothing-to-move = Переносити нічого: план уже такий.
out-the-workout = Тренування
out-moved = { $saved } { $workout } переїжджає з { $from } на <b>{ $to }</b>.
out-done = Готово.
out-skipped-day = Пропуск: { $date }. Без докорів сумління: одне тренування не робить і не ламає план.
out-skipped = Пропущено.
out-adjust-illness = Одужуй! Спершу відпочинок: жодного бігу з температурою чи симптомами в грудях.
out-adjust-injury = Шкода це чути. Я зменшив навантаження; якщо боляче ходити або стає гірше, звернися до фізіотерапевта.
out-adjust-fatigue = Дослухатися до втоми — це розумне тренування.
out-adjust-travel = Гарної поїздки! Я залишив найважливіше на ті дні, що в тебе є.
out-adjust-busy = Завантажені тижні бувають. Я залишив найважливіше на ті дні, що в тебе є.
out-adjust-other = План підправлено.
out-adjust-none = Заплановані тренування це не зачепило.
out-no-plan = Плану поки немає. Напиши свій цільовий старт або натисни кнопку нижче.
out-nothing-planned = З { $from } по { $to } нічого не заплановано.

## Чому змінився день
out-days-changed = { $n ->
    [one] { $n } день змінено
    [few] { $n } дні змінено
   *[many] { $n } днів змінено
}: { $clauses }.
out-days-changed-km = { $n ->
    [one] { $n } день змінено
    [few] { $n } дні змінено
   *[many] { $n } днів змінено
} ({ $km }): { $clauses }.
out-why-missed = позначено як пропущене
out-why-skipped = { $note ->
    [none] пропущено
   *[other] пропущено ({ $note })
}
out-why-partial = пробігли { $km } з { $refKm }
out-why-ran = пробігли { $km }
out-why-moved-from = { $date ->
    [none] перенесено сюди
   *[other] перенесено сюди з { $date }
}
out-why-moved-to = { $date ->
    [none] перенесено
   *[other] перенесено на { $date }
}
out-why-swapped = { $date ->
    [none] поміняно місцями
   *[other] поміняно місцями з { $date }
}
out-why-rest-illness = { $value ->
    [one] відпочинок на { $value } день хвороби
    [few] відпочинок на { $value } дні хвороби
   *[many] відпочинок на { $value } днів хвороби
}
out-why-rest-injury = { $value ->
    [one] відпочинок на { $value } день через травму
    [few] відпочинок на { $value } дні через травму
   *[many] відпочинок на { $value } днів через травму
}
out-why-hold-pain = пауза після болю { $value }/10, доки лікар не дозволить
out-why-lighter-hard-easy = легше після легкої пробіжки з навантаженням { $value }/10
out-why-lighter-unplanned = легше після важкої додаткової пробіжки з навантаженням { $value }/10
out-why-lighter-exhausted = легше, бо ти був виснажений
out-why-lighter-pain = легше, доки біль ({ $value }/10) не вщухне
out-why-lighter-fatigue = приблизно { $value } %, поки ти відновлюєшся
out-why-lighter-load = легше: за останні 7 днів навантаження було в { $value } раза вище звичного
out-why-easing-back = плавне повернення, приблизно { $value } %
out-why-return-easy-only = у перші 7 днів після повернення лише легкий біг
out-why-return-volume = не більше { $km } за ці 7 днів після повернення
out-why-return-resume = { $date ->
    [none] знову за планом
   *[other] біг відновлюється тут (перенесено з { $date })
}
out-why-return-paces = темпи за VDOT { $value } замість { $ref } через перерву
out-why-busy-moved-to = { $date ->
    [none] перенесено
   *[other] перенесено на { $date }
} { $signal ->
    [travel] через поїздку
   *[other] через завантажені дні
}
out-why-busy-skipped = пропущено { $signal ->
    [travel] через поїздку
   *[other] через завантажені дні
}
out-why-busy-support = довше, щоб довга пробіжка залишилася довгою
out-why-busy-kept = залишено, щоб довга пробіжка залишилася довгою
out-why-new-paces = { $ref ->
    [none] темпи за VDOT { $value }
   *[other] темпи за VDOT { $value } (було { $ref })
}
out-why-long-time-cap = довгу обмежено до { $km }: { $ref } хвилин у твоєму легкому темпі
out-why-tuneup-recovery = { $value ->
    [one] { $value } день легко після старту на { $refKm }
    [few] { $value } дні легко після старту на { $refKm }
   *[many] { $value } днів легко після старту на { $refKm }
}
out-why-spike-ease = легше після твоєї пробіжки на { $km }: більш ніж на 10 % довша за найдовшу за 30 днів до неї ({ $refKm })
out-why-spike-cap = не більше ніж на 10 % довше за найдовшу пробіжку за останні 30 днів, { $km }
out-why-week-growth = тиждень обмежено до { $refKm }: не більше ніж на 10 % вище за останні тижні
out-why-quality-share = тренування в межах своєї частки тижня
out-why-long-share = довгу обмежено { $value } % її тижня
out-why-long-longest = жодна пробіжка не довша за довгу

## Запитання після пробіжок, що не вписуються в план
out-pain-at-rated = біль ({ $location }, { $severity }/10)
out-pain-at = біль ({ $location })
out-pain-rated = біль ({ $severity }/10)
out-pain-any = біль
out-checkin-ill = 🤒 Ти писав { $date }, що захворів. Як ти почуваєшся? Якщо лише нежить, легкий біг зазвичай можна; з температурою, ломотою чи кашлем із грудей, будь ласка, відпочивай, доки все не мине.
out-checkin-injured = 🩹 Як поводився { $pain } на цій пробіжці? Якщо під час чи після стало гірше, напиши, і я зменшу навантаження.
out-checkin-on-hold = ⚠️ Ти писав мені { $date }: { $pain }, тому біг на паузі. Боліло на цій пробіжці? Будь ласка, не бігай, доки тебе не огляне фахівець, і напиши, що він скаже.
out-checkin-rest-day = У твоєму плані { $date } був днем відпочинку. Додаткова пробіжка інколи — це нормально; нехай такі пробіжки будуть легкими й короткими, адже саме в дні відпочинку тренування засвоюється.
out-checkin-skipped = Тренування «{ $title }» ({ $date }) у твоєму плані позначене як пропущене. Ця пробіжка була легкою? Якщо ти знову в нормі, напиши, і я поверну план.

## Профіль і налаштування
out-profile-title = <b>Твій профіль</b>
out-profile-times = Часовий пояс { $zone } · тренування о { $morning } · вечірнє запитання о { $evening }
out-profile-volume = { $days ->
    [one] { $days } день на тиждень
    [few] { $days } дні на тиждень
   *[many] { $days } днів на тиждень
} · зараз { $distance } на тиждень · довга: { $day }
out-profile-race = Останній старт: { $race } за { $time }
out-profile-no-race = Недавнього старту поки немає (напиши результат, і я налаштую твої темпи).
out-heart-profile = Пульс: { $numbers }
out-race-confirm = Твій результат — { $race } за { $time } — повільніший за твою поточну форму: VDOT знизився б з { $before } до { $after }, і всі темпи стали б повільнішими. Ти біг на повну і в нормальних умовах (без спеки, пагорбів, хвороби, не стримуючись)?
out-btn-race-yes = Так, на повну
out-btn-race-no = Ні
out-race-kept = Тоді твої темпи залишаються як є: старт у важких умовах чи не на повну мало що каже про форму.
out-race-noted = Результат записав: { $race } за { $time }.
out-race-noted-vdot = Результат записав: { $race } за { $time } (VDOT { $vdot }).
out-paces-updated = Темпи оновлено в усьому плані.
out-timezone-set = Часовий пояс: { $zone }
out-evening-set = Увечері спитаю о { $time }.
out-units-km = Відстані в кілометрах.
out-units-mi = Відстані в милях.
out-days-set = { $n ->
    [one] { $n } біговий день на тиждень
    [few] { $n } бігові дні на тиждень
   *[many] { $n } бігових днів на тиждень
}{ $note }
out-volume-set = Поточний обсяг: { $distance } на тиждень.
out-long-run-day-set = Довга: { $day }{ $note }
out-plan-note-rebuilt = .
out-plan-note-error = {" "}(поточний план залишається як є: { $error })
out-plan-note-next = {" "}(врахую в наступному плані).
out-name-set = Радий знайомству, { $name }!
out-heart-set = Пульс: { $numbers }.
out-heart-ask-max = Напиши ще свій максимальний пульс (або пульс на порозі), і я налаштую зони.
out-settings-title = <b>Твої налаштування</b>
out-settings-timezone = Часовий пояс: { $zone }
out-settings-morning = Ранкове тренування о: { $time }
out-settings-evening = Вечірнє запитання о: { $time }
out-settings-units-km = Одиниці: кілометри
out-settings-units-mi = Одиниці: милі
out-settings-days = Днів на тиждень: { $n }
out-settings-volume = Поточний тижневий обсяг: { $distance }
out-settings-long-run-day = Довга: { $day }
out-settings-hint = Натисни, щоб змінити, або просто напиши (<i>я в Токіо</i>, <i>буди мене о 6:30</i>).
out-settings-btn-timezone = Часовий пояс
out-settings-btn-morning = Ранок
out-settings-btn-evening = Вечір
out-settings-btn-use-mi = У милях
out-settings-btn-use-km = У кілометрах
out-settings-btn-days = Днів на тиждень
out-settings-btn-long-run-day = День довгої
out-pick-days = Скільки днів на тиждень ти хочеш бігати?
out-pick-long-run-day = Який день зручніший для довгої?
out-pick-morning = Коли надсилати тренування дня? Натисни час або напиши свій (<i>буди мене о 6:15</i>).
out-pick-evening = Коли питати, як пройшла пробіжка? Натисни час або напиши свій (<i>питай о 21:00</i>).
out-pick-timezone = Де ти? Натисни пояс або напиши своє місто (<i>я в Лісабоні</i>).
out-pick-other = Вибери налаштування в /settings, щоб його змінити.

## Пульс
out-hr-max = макс. { $n }
out-hr-resting = у спокої { $n }
out-hr-threshold = поріг { $n }
out-hr-bpm = { $list } уд/хв
out-hr-zones-by = Пульсові зони, { $method }:
out-hr-method-friel = за Фрілом від твого порогового пульсу
out-hr-method-karvonen = за резервом пульсу (Карвонен) від максимального пульсу та пульсу в спокої
out-hr-method-max = у відсотках від максимального пульсу (Деніелс)
out-hr-zone-recovery = Відновлення
out-hr-zone-easy = Легкий біг і довга
out-hr-zone-marathon = Марафонський темп
out-hr-zone-threshold = Поріг
out-hr-zone-intervals = Інтервали
out-hr-zone = { $name }: { $min }–{ $max } уд/хв

## Зміни плану
out-week-this = Цей тиждень: { $before } → { $after }
out-week-next = наступний тиждень: { $before } → { $after }
out-what-race-day = старт тепер { $date } (через { $weeks ->
    [one] { $weeks } тиждень
    [few] { $weeks } тижні
   *[many] { $weeks } тижнів
})
out-what-goal-time = цільовий час { $time }
out-what-no-goal-time = без цільового часу: темпи йдуть від твоєї форми
out-what-days = { $n ->
    [one] { $n } біговий день на тиждень
    [few] { $n } бігові дні на тиждень
   *[many] { $n } бігових днів на тиждень
}
out-what-long-run-day = довга: { $day }
out-what-weekly = тижневий обсяг, який ти бігаєш зараз
out-plan-rebuilt = Готово: { $what }. Я перебудував план починаючи з сьогодні; усе, що було раніше, залишилося як було.
out-return-as-is = Радий чути! План іде далі без змін.
out-return = Чудові новини, з поверненням! Починаємо плавно: { $first } легкого бігу за найближчі 7 днів — не більше половини твого останнього повного тижня до перерви ({ $ref }), потім { $second } за наступні 7{ $paces }. Зупинись і напиши мені, якщо біль повернеться.
out-return-paces = , а темпи приблизно на { $loss } пункту VDOT легші через перерву
out-restored = Знову в плані: { $date }, { $title } ({ $distance }).
out-restored-moved-back = Коли ти пропустив тренування, воно переїхало на { $date }; цей день знову вільний.
out-restored-as-easy = Тренування повертається легкою пробіжкою: сусідній день і так важкий.
out-kind-morning = ранкові повідомлення з тренуванням
out-kind-evening = вечірні запитання
out-kind-weekly = тижневі підсумки
out-messages-paused = На паузі: { $list }. План на місці (/today, /week); напиши <i>{ $kind ->
    [morning] поверни ранкові повідомлення
    [evening] поверни вечірні запитання
    [weekly] поверни тижневі підсумки
   *[other] поверни повідомлення
}</i>, щоб їх повернути.
out-messages-back = Знову ввімкнено: { $list }.
