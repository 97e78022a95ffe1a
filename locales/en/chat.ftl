# The chat (engineer 17a's area): bot commands, coach replies, buttons, onboarding, errors.
# Texts are Telegram HTML. Keys are unique across chat.ftl, jobs.ftl and web.ftl.

## Units and durations (src/messages/format.ts)
unit-km = km
unit-mi = mi
duration-min = { $min } min
duration-h-min = { $h } h { $min } min
