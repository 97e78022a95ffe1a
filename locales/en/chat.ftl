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

## Welcome and help (src/coach/replies/welcome.ts)
welcome-back = Welcome back{ $name ->
    [none] {""}
   *[other] , { $name }
}! Your plan is waiting. What would you like to see?
welcome-new = Hi{ $name ->
    [none] {""}
   *[other] , { $name }
}! I'm your running coach. 🏃

    I build a training plan toward your goal race, send you the day's workout each morning, ask how your runs went and adapt the plan to what you tell me.

    Tell me your goal in your own words, for example:
    <i>half marathon on March 14, I run 4 days a week, about 30 km</i>

    or let me walk you through it in four taps.
btn-today-workout = Today's workout
btn-this-week = This week
btn-setup-plan = Set up my plan
help =
    <b>What I can do</b>

    /today: today's workout, with Done, Skip and Move buttons
    /week: this week's workouts
    /plan: your plan at a glance
    /log: log a run, e.g. <code>/log 8k 42:30 rpe 5</code>
    /progress: planned vs done, training load
    /settings: time zone, message times, units, days per week, long-run day
    /setup: set up a new plan step by step
    /strava: connect Strava
    /fit: a workout for your watch (.fit), e.g. <code>/fit tomorrow</code>
    /calendar: your plan in your calendar app
    /intervals: keep your plan on intervals.icu (it syncs to Garmin, COROS, Suunto, Wahoo, Polar)
    Send me a .fit, .gpx or .tcx file from your watch and I log the run.
    /export: download everything I keep about you
    /delete: delete all your data
    /language: the language I speak

    Or just write to me:
    • <i>half marathon on March 14, 4 days a week, about 30 km</i>
    • <i>ran 10k in 52:30, felt great</i>
    • <i>legs heavy, 8/10</i>
    • <i>move tomorrow's run to Friday</i> / <i>skip today</i>
    • <i>I'm sick</i> / <i>travelling next week, only 2 days</i>
    • <i>wake me at 6:30</i> / <i>I'm in Berlin</i>

## Questions (src/coach/replies/questions.ts)
q-location-button = 📍 Share my location
q-setup-retry = I didn’t catch that. Tap one, or type it:
q-place = Where do you live? Tell me your city (<i>Berlin</i>, <i>New York</i>) or a time zone, or share your location, so your workout arrives in your morning.
q-place-unknown = I don’t know where { $name } is yet. Tell me a bigger city nearby, or a zone name like <i>Europe/Berlin</i>.
q-place-ambiguous = That country has several time zones. Which city are you in?
q-location-terminal = The terminal chat cannot share a location: type your city instead (e.g. <i>Berlin</i>).
q-location-unknown = I couldn’t place that location in a time zone. Tell me your city instead (e.g. <i>Berlin</i>).
q-zone-set = Got it: { $place } time ({ $zone }).
q-morning = When should your workout arrive in the morning? Tap a time or type one (e.g. <i>6:45</i>). It is set to { $current } now.
q-morning-invalid = Times look like <i>6:30</i>, <i>7am</i> or <i>06:45</i>.
q-arrival = Your workout arrives at { $time } { $place } time each morning.
q-clarify-buttons = Or pick one:
q-log = Tell me the run: distance and time, and how hard it felt if you like. For example <code>8k 42:30 rpe 5</code> or <i>6 miles in 55 min yesterday</i>.

## Guided setup (src/coach/setup.ts)
setup-ask-goal = Which race are you training for?
setup-btn-half = Half marathon
setup-btn-marathon = Marathon
setup-ask-date = A { $goal }! When is the race? Tap how far away it is, or write the date (e.g. <i>March 14</i>).
setup-btn-in-weeks = in { $weeks } weeks
setup-ask-days = How many days a week can you run?
setup-btn-just-starting = just starting
setup-ask-km = About how much do you run in a week now? (Or write it: <i>about 25 km</i>.)
setup-ask-long-run-day = Last one: which day suits your long run?
setup-later = No problem. Tell me your goal whenever you like.
setup-expired = That button has expired. Send /setup to start again.
setup-race-day = Race day: { $date }.
send-start-first = Send /start first.
log-negative = A distance or time can't be negative, so I logged nothing.
log-unreadable = I couldn't read a distance and a time in that.

## Goal races
goal-5k = 5K
goal-10k = 10K
goal-half = half marathon
goal-marathon = marathon

## Workouts (src/coach/replies/workout.ts)
unit-metres = { $m } m
zone-easy = easy pace
zone-marathon = marathon effort
zone-threshold = threshold effort
zone-interval = interval effort
zone-repetition = repetition effort
zone-hill = uphill
zone-stride = strides
zone-race = race effort
effort-easy = conversational: you could chat in full sentences
effort-marathon = steady and controlled, a pace you could hold for hours
effort-threshold = comfortably hard: a few words at a time
effort-interval = hard, about your 3K–5K race effort
effort-repetition = fast and relaxed, about mile race effort
effort-hill = strong uphill effort, about 5K effort; jog back down
effort-stride = quick and relaxed, not a sprint; walk back
effort-race = race effort
step-strides-target = { $pace ->
    [none] strides ({ $effort })
   *[other] strides at { $pace } ({ $effort })
}
step-uphill-target = { $pace ->
    [none] uphill ({ $effort })
   *[other] uphill at { $pace } ({ $effort })
}
step-at-pace = at { $pace } ({ $effort })
step-at-zone = at { $zone } ({ $effort })
step-warmup = Warm-up: { $distance } easy{ $pace ->
    [none] {""}
   *[other] {" "}at { $pace }
}
step-cooldown = Cool-down: { $distance } easy{ $pace ->
    [none] {""}
   *[other] {" "}at { $pace }
}
step-jog-between = , { $distance } easy jog between
step-main-set = Main set: { $reps } × { $distance } { $target }{ $between }
step-then = Then: { $reps } × { $distance } { $target }{ $between }
step-easy = { $distance } easy{ $pace ->
    [none] {" "}({ $effort })
   *[other] {" "}at { $pace }
}
purpose-easy = Builds aerobic fitness and lets the hard days work.
purpose-recovery = Loosens the legs after a hard day; slower is better.
purpose-long = Builds endurance; eat and drink as you plan to on race day.
purpose-tempo = Raises the pace you can hold for about an hour.
purpose-intervals = Raises your aerobic ceiling (VO2max) and running economy.
purpose-marathon-pace = Practises goal pace, fuelling and rhythm.
purpose-hills = Builds strength and form with little pounding.
purpose-race = Start controlled, settle into goal pace, finish strong.
title-easy = Easy run
title-easy-strides = Easy run + strides
title-recovery = Recovery run
title-long = Long run
title-long-mp = Long run, marathon-pace finish
title-tempo = Tempo run
title-cruise = Cruise intervals { $reps } × { $distance }
title-intervals = Intervals
title-intervals-set = Intervals { $reps } × { $distance }
title-repetitions-set = Repetitions { $reps } × { $distance }
title-marathon-pace = Marathon-pace run
title-hills = Hill repeats
title-hills-set = Hill repeats { $reps } × { $distance }
title-race = Race day
btn-done = ✅ Done
btn-skip = ⏭ Skip
btn-move = ↔ Move
btn-fit = ⌚ FIT
btn-rpe-easy = 😌 Easy
btn-rpe-ok = 🙂 OK
btn-rpe-hard = 😤 Hard
btn-rpe-very-hard = 🥵 Very hard
btn-in-words = ✍️ In words
rest-day = { $date }: rest day
rest-day-why = Rest is where the training turns into fitness. Easy walking is fine.
rest-day-next = Next: { $workout }

## One day (src/coach/respond.ts)
day-no-plan = No plan yet, so nothing is scheduled. Tell me your goal race (<i>10k on May 3, 4 days a week</i>) or tap below.
card-heart-rate = ❤️ Heart rate { $min }–{ $max } bpm
day-today = Today
day-tomorrow = Tomorrow
day-plan-starts = Your plan starts on { $date }.
day-after-race = That is after your race. Tell me your next goal when you are ready!
day-race-heading = { $day }: race day!
day-race-words = Start slower than you want to, settle in, and trust your training. Enjoy it. You earned this.
done-marked = Marked <b>{ $title }</b> as done. ✅ How did it feel?

## A new plan (src/coach/replies/plan.ts)
phase-base = Base
phase-build = Build
phase-peak = Peak
phase-taper = Taper
phase-race = Race
paces-by-effort = Paces: by effort for now. Tell me a recent race (<i>I ran a 10k in 48:30</i>) and I will set them.
paces-title = Your paces
pace-easy = Easy
pace-marathon = Marathon
pace-threshold = Threshold
pace-interval = Interval
pace-repetition = Repetition
plan-ready = Your { $goal } plan is ready
plan-race-day = Race day: { $date }
plan-race-day-goal = Race day: { $date } · goal { $time }
plan-weeks-line = { $weeks } weeks · { $phases } · peak week { $peak }
plan-vdot-goal = Paces are set for your goal (VDOT { $vdot }). Tell me a recent race (<i>I ran a 10k in 48:30</i>) and I will check the goal against your current fitness.
plan-vdot-now = VDOT { $vdot }: today you could run about { $time }.
plan-please-read = Please read
plan-week-heading = Week { $index } ({ $phase })
plan-next-steps = I'll send each workout in the morning. /today shows today's, /plan the overview.
