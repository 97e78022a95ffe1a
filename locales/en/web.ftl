# The Mini App (web/): every word it shows. Dates, numbers, distances and paces come formatted through Intl
# in the runner's locale; placeholders ($...) must stay the same in every language (test/webapp/locales.test.ts).

## Tabs and header

tab-plan = Plan
tab-progress = Progress
tab-settings = Settings
# $goal: a race distance (goal-5k … goal-marathon)
header-plan = { $goal } plan
header-no-plan = runcoach
# $date: "Sat 14 Mar"
header-race = Race { $date }
header-today = Today { $date }
goal-time = goal { $time }
hello = Hi!
hello-name = Hi, { $name }!
no-plan-title = No plan yet
no-plan-hint = Tell the coach about your goal race in the chat, for example “half marathon on 14 March, I run 30 km a week”.
loading-plan = Loading your plan…

## Problems

problem-401 = Open runcoach from Telegram
problem-404 = Say hello first
problem-other = Something went wrong
error-no-telegram = Open this page from the runcoach bot in Telegram.
error-status = The coach answered { $status }. Try again in a moment.
error-network = No connection to the coach. Check your internet and try again.

## Race distances

goal-5k = 5K
goal-10k = 10K
goal-half = Half marathon
goal-half-short = Half
goal-marathon = Marathon

## Workout types, in the legend, the detail and the chips (chips fit a seventh of a phone)

type-easy = Easy
type-recovery = Recovery
type-long = Long run
type-tempo = Tempo
type-intervals = Intervals
type-marathon-pace = Marathon pace
type-hills = Hills
type-race = Race
chip-easy = Easy
chip-recovery = Recov
chip-long = Long
chip-tempo = Tempo
chip-intervals = Intvl
chip-marathon-pace = MP
chip-hills = Hills
chip-race = Race

## Calendar

phase-base = Base
phase-build = Build
phase-peak = Peak
phase-taper = Taper
phase-race = Race
week-number = Week { $week }
rest = rest
# $distance: "5.2 km"
ran = Ran { $distance }
legend-marks = ✓ done · ✕ skipped · ! missed
subscribe = Subscribe in your calendar app
subscribe-link = Add this link to your calendar app as a subscription:
status-planned = Planned
status-done = Done
status-partial = Partly done
status-skipped = Skipped
status-missed = Missed

## A workout's detail

rest-day = Rest day
rest-day-hint = No run planned: rest, sleep, eat well.
title-easy = Easy run
title-easy-strides = Easy run + strides
title-recovery = Recovery run
title-long = Long run
title-long-mp = Long run, marathon-pace finish
title-tempo = Tempo run
# $reps: how many; $length: "1600 m" or "2 km"
title-cruise = Cruise intervals { $reps } × { $length }
title-intervals = Intervals { $reps } × { $length }
title-intervals-plain = Intervals
title-reps = Repetitions { $reps } × { $length }
title-marathon-pace = Marathon-pace run
title-hills = Hill repeats { $reps } × { $length }
title-hills-plain = Hill repeats
# $race: a race distance (goal-5k … goal-marathon)
title-race = Race day: { $race }
title-race-plain = Race day
purpose-easy = Builds aerobic fitness and lets the hard days work.
purpose-recovery = Loosens the legs after a hard day; slower is better.
purpose-long = Builds endurance; eat and drink as you plan to on race day.
purpose-tempo = Raises the pace you can hold for about an hour.
purpose-intervals = Raises your aerobic ceiling (VO2max) and running economy.
purpose-marathon-pace = Practises goal pace, fuelling and rhythm.
purpose-hills = Builds strength and form with little pounding.
purpose-race = Start controlled, settle into goal pace, finish strong.
steps = Steps
step-warmup = Warm-up
step-run = Run
step-work = Work
step-cooldown = Cool-down
zone-easy = easy
zone-marathon = marathon pace
zone-threshold = threshold
zone-interval = interval
zone-repetition = repetition
zone-hill = uphill
zone-stride = strides
zone-race = race pace
# $kind: step-…; $distance: "6 km"; $zone: zone-…
step-single = { $kind }: { $distance } { $zone }
step-repeats = { $kind }: { $reps } × { $distance } { $zone }
# $distance: "400 m"
step-recovery = { $distance } easy jog between
step-recovery-hill = { $distance } jog down between
effort-easy = conversational: you could chat in full sentences
effort-marathon = steady and controlled, a pace you could hold for hours
effort-threshold = comfortably hard: a few words at a time
effort-interval = hard, about your 3K–5K race effort
effort-repetition = fast and relaxed, about mile race effort
effort-hill = strong uphill effort, about 5K effort; jog back down
effort-stride = quick and relaxed, not a sprint; walk back
effort-race = race effort
# $time: "5:12" or "5:12–5:30"
pace-per-km = { $time }/km
pace-per-mi = { $time }/mi
action-done = Done
action-skip = Skip
action-move = Move
done-later = Mark it done once you have run it
download-fit = Download FIT
result-done = Marked as done. Well run!
result-skipped = Skipped.
result-moved = Moved.
move-title = Move this workout
move-hint = To another day of the same week.
move-new-day = New day
move-choose = Choose a day
move-no-day = No free day left this week
move-choose-error = Choose a day to move it to.
cancel = Cancel

## Progress

loading-progress = Loading progress…
progress-unavailable = Progress is not available
weekly-distance = Weekly distance
per-week-km = km a week
per-week-mi = miles a week
legend-planned = planned
legend-done = done
no-weeks = No weeks to show yet.
volume-chart-label = Weekly distance, planned and done
# $date: "14 Mar"; $done, $planned: "12.5 km"
volume-bar = { $date }: { $done } of { $planned }
training-load = Training load
training-load-unit = RPE × minutes a week
load-chart-label = Weekly training load
acwr = Acute:chronic
fitness = Fitness
fatigue = Fatigue
# $weeks: 3
fitness-from = Fitness and fatigue appear from { $date }, after { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} of logged runs.
load-rising = Load is rising fast: the coach lightens the next week.
prediction-title = Race prediction
vdot = VDOT { $vdot }
prediction-hint = Tell the coach a recent race result to get a prediction.

## Settings

settings-title = Settings
settings-hint = The same settings you can change in the chat.
field-timezone = Time zone
field-morning = Morning message
field-evening = Evening check-in
field-units = Units
field-days = Days per week
field-long-run-day = Long-run day
units-km = Kilometres
units-mi = Miles
days-count = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
save = Save
saving = Saving…
settings-saved = Saved. The coach uses the new settings from now on.
settings-saved-zone = Saved. Time zone: { $zone }. The coach uses the new settings from now on.
settings-unchanged = Nothing changed.
settings-plan-note = Days per week and the long-run day shape your next plan; ask the coach in the chat to rebuild the current one.
error-timezone = Type a city such as Berlin or a time zone such as Europe/Berlin (at most 64 characters).
error-time = A time as HH:MM, for example 07:30.
error-units = Kilometres or miles.
error-days = From 2 to 7 days.
error-long-run-day = Choose a day of the week.
