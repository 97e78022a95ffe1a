# Scheduled messages and integrations (engineer 17j's area): the morning card, the evening check-in, the Sunday
# summary and its chart, Strava. Texts are Telegram HTML. Keys are unique across chat.ftl, jobs.ftl and web.ftl.

## Morning (src/jobs/morning.ts)
morning-hello = Good morning{ $name ->
    [none] {""}
   *[other] , { $name }
}! ☀️

## Evening check-in (src/jobs/evening.ts)
evening-title = <b>How did it go?</b>
evening-invite = Tap below, or just tell me in words, like <i>"8 km in 45 min, felt easy"</i> or <i>"skipped, too tired"</i>.
evening-btn-done = ✅ Done
evening-btn-skipped = ⏭ Skipped

## Sunday summary (src/jobs/weekly.ts)
weekly-title = <b>Your week, { $from } – { $to }</b>
weekly-distance = Planned { $planned } · done { $done }
weekly-distance-pct = Planned { $planned } · done { $done } ({ $pct })
weekly-workouts = Workouts: { $done } of { $planned } done
weekly-workouts-skipped = Workouts: { $done } of { $planned } done, { $skipped } skipped
weekly-load = Load { $load } (session RPE × minutes), { $trend }.
weekly-load-first = first week with load on record
weekly-load-none = no load on record
weekly-load-steady = steady on last week ({ $change })
weekly-load-up = ▲ { $change } on last week
weekly-load-down = ▼ { $change } on last week
weekly-acwr = Acute:chronic { $ratio }, { $note }.
weekly-acwr-spike = a sharp rise: keep the next days easy
weekly-acwr-low = below your usual: fine for a lighter week
weekly-acwr-ok = in the comfortable range
weekly-verdict-none = A week without planned runs.
weekly-verdict-over = More than planned: keep the easy days truly easy next week.
weekly-verdict-on = Right on plan. 👏
weekly-verdict-solid = A solid week.
weekly-verdict-light = Lighter than planned. That happens; the plan carries on from here, no need to make anything up.
weekly-next-none = <b>Next week</b>: nothing planned. Tell me your next goal when you are ready!
weekly-next = <b>Next week</b> ({ $size })
weekly-next-phase = <b>Next week</b> ({ $phase }, { $size })
weekly-phase-base = base phase
weekly-phase-build = build phase
weekly-phase-peak = peak phase
weekly-phase-taper = taper phase
weekly-phase-race = race phase
weekly-caption = <b>Week of { $date }</b>: { $done } of { $planned } planned

## The Sunday chart (src/charts/weekly-km.ts)
chart-title = Weekly distance: done vs plan ({ $unit })
chart-subtitle = Last { $back } weeks and the next { $ahead }; this week highlighted
chart-plan = Plan
chart-done = Done
