# Чат (зона 17a): команды, ответы тренера, кнопки, знакомство, ошибки. Тексты в Telegram HTML.

## Единицы и длительность (src/messages/format.ts)
unit-km = км
unit-mi = ми
duration-min = { $min } мин
duration-h-min = { $h } ч { $min } мин
