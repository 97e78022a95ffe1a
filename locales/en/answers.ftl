# Answers (area 17q): the offline coach's answers to questions, /progress, /week, /plan. Telegram HTML.

## Fixed, sourced answers (src/coach/replies/answers.ts)
ans-fuelling =
    <b>Before a long run</b>
    • 2–4 hours before: a carbohydrate-based meal you know well (about 1–4 g of carbohydrate per kg of body weight: porridge, toast with honey, a banana, rice), low in fat and fibre.
    • Closer to the start: a small snack if you are hungry, and water to thirst.
    • Runs longer than about 75–90 minutes: 30–60 g of carbohydrate an hour (a gel, sports drink or sweets), from early on.
    • Practise it on long runs, never try something new on race day.
    <i>Source: ACSM, Academy of Nutrition and Dietetics &amp; Dietitians of Canada, "Nutrition and Athletic Performance" (2016).</i>
ans-cold =
    <b>Running with a cold: the "above the neck" rule</b>
    • Symptoms only above the neck (runny or stuffy nose, sneezing, a mild sore throat): an easy, shorter run is usually fine. Start with 10 minutes easy; if you feel worse, stop and rest.
    • Symptoms below the neck (chest congestion, a hacking cough, fever, aching muscles, an upset stomach): rest until they are gone, then ease back in.
    • No hard sessions while you are ill. If it gets worse, tell me you are sick and I will rest the coming days.
    <i>Source: Eichner, "Infection, immunity, and exercise" (The Physician and Sportsmedicine, 1993); Mayo Clinic, "Exercise and illness".</i>
ans-parkrun =
    <b>A parkrun inside your plan</b>
    • Easiest: run it at easy pace as one of your easy runs, or as the middle of your long run (warm up before, add the rest after).
    • Racing it is a hard session: do it instead of that week’s tempo or intervals, not on top, and not in the 10 days before your goal race.
    • After racing 5 km, give yourself 2 easy days before the next hard one.
    Tell me the day (<i>can I do a parkrun on Saturday?</i>) and I will check it against your plan.
    <i>Source: Daniels’ Running Formula (one easy day per 3 km raced before the next hard day).</i>

## Heart rate and paces
ans-hr-how = Your workouts show these ranges beside their paces. Heart rate lags the first minutes and drifts up on long or hot runs: on easy days keep to the range, on hard days go by pace and effort.
ans-hr-unknown = I coach by pace and effort: I have no heart-rate data from you. Easy runs should feel conversational (you can speak in full sentences); threshold runs comfortably hard. Tell me your maximum and resting heart rate (<i>my max HR is 188, resting 52</i>) and I will add heart-rate ranges to your workouts.
ans-paces-vdot = <i>From your current fitness (VDOT { $vdot }, Daniels’ tables).</i>
ans-paces-tempo = Tempo runs go at threshold pace: comfortably hard, a pace you could hold for about an hour in a race.

## Why a week has its volume
ans-load = The week of { $date } has { $planned } planned: { $reason }
ans-load-previous = The week of { $date } has { $planned } planned (the week before: { $previous }): { $reason }
ans-load-taper = it is a taper week: volume comes down so you reach race day fresh, with some intensity kept (Bosquet 2007).
ans-load-race = it is race week: just enough running to stay sharp.
ans-load-cutback = it is a lighter (cutback) week: every third or fourth week the volume drops so the training of the weeks before can sink in.
ans-load-adapted = some sessions were skipped or lightened after what you told me.
ans-load-partial = the plan starts part-way through that week, at the volume you run now.
ans-load-first = it is the plan's first week: it starts at the volume you run now, and the weeks after build from there, at most 10 % a week.
ans-load-build = it builds on the week before, within the 10 % a week the plan allows.
ans-load-steady = it holds the volume of the week before.

## What a workout is for (Daniels' Running Formula; Pfitzinger & Douglas, Advanced Marathoning)
ans-purpose-none = Nothing is planned for that day.
ans-purpose-next = Your next one: { $day }, { $distance }.
ans-purpose-none-planned = There is none left in your plan.
ans-purpose-easy = <b>Easy runs</b> build the base: more capillaries and mitochondria, stronger heart, tendons and bones, at an effort you recover from by the next day. Most of your running is easy, conversational pace.
ans-purpose-recovery = <b>Recovery runs</b> are short and very easy: they add a little volume and loosen the legs after a hard day without adding fatigue.
ans-purpose-long = <b>The long run</b> builds endurance: your muscles store more glycogen and burn more fat, the heart and legs learn to keep going for hours, and your head learns it too. Run it easy; the time on your feet is what counts.
ans-purpose-tempo = <b>Tempo runs</b> are run at threshold pace, comfortably hard: they raise the pace you can hold before lactate builds up, the pace that decides 10K to marathon.
ans-purpose-intervals = <b>Intervals</b> (3–5 minute repeats at 5K effort, with easy jogs between) raise your VO₂max, the ceiling of your aerobic engine.
ans-purpose-marathon_pace = <b>Marathon-pace runs</b> teach your body and head the race pace, and let you practise drinking and gels at it.
ans-purpose-hills = <b>Hills</b> build leg strength and power with less pounding than fast flat running, and make your stride more efficient.
ans-purpose-race = <b>The race</b>: the goal the plan leads to. Run the first half controlled, then race.
ans-purpose-strides = <b>Strides</b> are 15–20 second relaxed accelerations after an easy run: they keep your form quick and smooth without tiring you.
ans-purpose-source = <i>Source: Daniels’ Running Formula; Pfitzinger &amp; Douglas, Advanced Marathoning.</i>

## Whether a race fits the plan on a day (rule 16)
ans-fit-passed = { $day } has passed.
ans-fit-after-race = { $day } is after your goal race: race whatever you like then!
ans-fit-too-close = { $day } is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } before your goal race: I’d skip racing it. Run it easy if you like, as part of that day’s run, and save the effort for race day.
ans-fit-rest-day = { $day } is a rest day in your plan. Running it easy is fine; racing it adds a hard day, so only if you feel fresh.
ans-fit-long-run = { $day } is your long run ({ $distance }). Make the parkrun part of it: warm up before, run it at an easy to steady effort, and add the rest after. Racing it all out would cost you the long run.
ans-fit-instead = Yes: race it instead of { $workout } on { $day }: a 5 km race is a great hard session. Warm up well.
ans-fit-easy-day = { $day } has an easy run ({ $distance }). Run the parkrun easy and it fits as it is; race it and it becomes that week’s hard session.
ans-fit-then = Then keep { $days ->
        [one] { $days } easy day
       *[other] { $days } easy days
    } before the next hard one: { $sessions } would come too soon (tell me and I’ll move it).
ans-fit-then-item = { $workout } on { $day }
ans-fit-keep-easy = Keep the { $days ->
        [one] day
       *[other] { $days } days
    } after it easy.
ans-fit-that-session = that session

## Race prediction (Daniels & Gilbert VDOT tables)
ans-predict-unknown = I can predict race times once I know your fitness: tell me a recent race (<i>10k in 48:30 last month</i>).
ans-predict = With your current fitness (VDOT { $vdot }), your { $goal } would take about { $time }.
ans-predict-within = Your goal of { $time } is within reach.
ans-predict-gap = Your goal of { $time } needs more: the training weeks are meant to close that gap.
ans-predict-source = <i>Daniels &amp; Gilbert VDOT tables; a prediction assumes the training for that distance.</i>

## /progress (src/coach/replies/progress.ts)
ans-progress-title = Your training
ans-progress-empty = No weeks to show yet.
ans-progress-week = Week of { $date }: { $done } of { $planned }
ans-progress-week-pct = Week of { $date }: { $done } of { $planned } ({ $pct } %)
ans-progress-acwr = Load ratio (7 vs 28 days): { $ratio }, { $note }.
ans-acwr-spike = a spike: I will keep next week lighter
ans-acwr-low = below your usual: room to build
ans-acwr-ok = a healthy range
ans-progress-fitness-from = Fitness and fatigue appear from { $date }, after three weeks of logged runs.
ans-progress-fitness = Fitness { $fitness } · fatigue { $fatigue } · form { $form }
ans-progress-prediction = Race prediction: { $goal } in about { $time }.

## /week (src/coach/replies/week.ts)
ans-ran = ran { $distance }
ans-ran-pace = ran { $distance } at { $pace }
ans-totals = { $done } of { $planned } · { $sessionsDone } of { $sessions ->
        [one] { $sessions } session done
       *[other] { $sessions } sessions done
    }
ans-totals-skipped = { $skipped } skipped ({ $distance })
ans-week-title = <b>{ $from } – { $to }</b> · { $planned } planned
ans-week-extra = 🏃 { $day }: extra run, { $ran }
ans-week-so-far = So far: { $totals }.
ans-week-done = Week done: { $totals }.
ans-week-morning = <i>This week so far: { $totals }.</i>

## /plan (src/coach/replies/plan.ts)
ans-plan-none = You have no plan yet. Tell me your goal (<i>10k on May 3, 4 days a week</i>) or tap below.
ans-plan-goal = <b>{ $goal }</b> on { $date }
ans-plan-goal-time = <b>{ $goal }</b> on { $date } · goal { $time }
ans-plan-to-go = { $days ->
        [one] { $days } day to go
       *[other] { $days } days to go
    } · week { $week } of { $weeks }
ans-plan-passed = Race day has passed. Tell me your next goal!
ans-plan-this-week = This week
ans-plan-today = Today
ans-plan-open = 📅 Open plan
# The weeks table's column heads: short, they sit over numbers in a monospace block.
ans-col-week = Wk
ans-col-phase = Phase
ans-col-from = From
ans-col-plan = Plan
ans-col-done = Done
