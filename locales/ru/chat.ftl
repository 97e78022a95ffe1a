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
