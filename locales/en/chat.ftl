# The chat (engineer 17a's area): bot commands, coach replies, buttons, onboarding, errors.
# Texts are Telegram HTML. Keys are unique across chat.ftl, jobs.ftl and web.ftl.

## Units and durations (src/messages/format.ts)
unit-km = km
unit-mi = mi
duration-min = { $min } min
duration-h-min = { $h } h { $min } min

## /language
language-choose = You are reading { $current }. Which language should I speak?
language-saved = Saved
language-set = From now on I speak { $language }.
button-expired = That button has expired.

## The command menu (setMyCommands)
cmd-today = Today's workout
cmd-week = This week
cmd-plan = Your plan at a glance
cmd-log = Log a run, e.g. /log 8k 42:30 rpe 5
cmd-progress = How training is going
cmd-settings = Time zone, message times, units, days
cmd-setup = Guided setup of a new plan
cmd-strava = Connect Strava
cmd-export = Download all your data
cmd-delete = Delete all your data
cmd-help = What I can do
cmd-fit = A workout for your watch (.fit), e.g. /fit tomorrow
cmd-calendar = Your plan in your calendar app
cmd-intervals = Keep your plan on intervals.icu
cmd-language = Language
