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

## Strava in the chat (src/strava/messages.ts): templates only, never the model's words
strava-run-title = 🏃 <b>Run from Strava</b> · { $date }
strava-run-done = Done: { $distance } in { $time }
strava-run-done-pace = Done: { $distance } in { $time } ({ $pace })
strava-run-planned = Planned: { $title }, { $distance }
strava-run-match-done = ✅ That is the workout done.
strava-run-match-partial = ◐ Part of the planned distance: counted as partly done.
strava-run-match-extra = Counted as an extra run.
strava-run-unplanned = Nothing was planned that day: counted as an extra run.
strava-run-feel = <b>How did it feel?</b>
strava-connected = ✅ <b>Strava is connected.</b>
strava-connected-athlete = ✅ <b>Strava is connected</b> ({ $athlete }).
strava-replaced = The Strava athlete linked before is unlinked, and its activities here are deleted.
strava-connected-body =
    Runs you save on Strava now show up here within seconds, matched to your plan, and I will ask how they went.
    Send /strava to check the link or to disconnect.
strava-confirm =
    Link Strava athlete <b>{ $athlete }</b> to this chat?
    Their runs will show up here. If you did not just connect Strava yourself, tap No.
strava-btn-yes = Yes, link
strava-btn-no = No
strava-declined = Not linked. Nothing from that Strava account will reach this chat. Send /strava to connect.
strava-expired = That question has expired, so nothing was linked. Send /strava for a fresh link.
strava-taken = That Strava account is already connected to another runcoach chat, so nothing was linked.
strava-full =
    Sorry, this coach is already connected to as many Strava accounts as Strava allows it for now ({ $limit }).
    Tell me about your runs in your own words (<i>ran 8k in 42:30</i>) or use /log; ask whoever runs this coach if you need Strava.
strava-btn-retry = Connect Strava again
strava-denied =
    Strava is <b>not</b> connected: access was not allowed on the Strava page.
    If that was a slip, tap below to try again (the link works for 15 minutes), or send /strava later.
strava-missing-scope =
    Strava is <b>not</b> connected: the permission to read your activities was unticked, so I could not see your runs.
    Tap below and keep <i>View data about your activities</i> ticked (the link works for 15 minutes), or send /strava later.
strava-deauthorized =
    Strava access to runcoach was removed on Strava.
    I deleted your Strava tokens and { $runs ->
        [one] the 1 Strava activity
       *[other] the { $runs } Strava activities
    } I had; your plan's days are back as they were.
    Send /strava to connect again.

## Strava pages in the browser (src/strava/messages.ts): plain text, paragraphs split on blank lines
strava-page-connected-title = Strava is connected
strava-page-connected = Your runs will now show up in the chat with your coach. You can close this tab and go back to Telegram.
strava-page-not-connected-title = Strava was not connected
strava-page-denied =
    Access was not allowed on the Strava page, so nothing was linked.

    To try again, use the button in the chat or send /strava to your coach.
strava-page-missing-scope =
    The permission to read your activities was unticked, so your coach could not see your runs.

    Try again from the chat (or send /strava) and keep "View data about your activities" ticked.
strava-page-confirm-title = Almost done
strava-page-confirm =
    Go back to Telegram and confirm there: your coach asks whether to link the Strava athlete { $athlete }.

    Nothing is linked until you tap Yes in the chat.
strava-page-other-browser-title = This link does not work here
strava-page-other-browser =
    The Strava page was opened from a link started in another browser, so nothing was linked.

    If you are connecting your own Strava, send /strava to your coach and open the link in this browser; if someone sent you this link, ignore it.
strava-page-full =
    This coach is already connected to as many Strava accounts as Strava allows it.

    Nothing was linked. Your coach explains in the chat.
strava-page-bad-link-title = This link does not work
strava-page-link-expired = The link has expired: links work for 15 minutes.
strava-page-link-used = The link was already used: each link works once.
strava-page-link-invalid = The link is not valid.
strava-page-fresh-link = Send /strava to your coach in Telegram for a fresh one.
strava-page-already-linked =
    This Strava account is already connected to another runcoach chat.

    Disconnect it there first (send /strava in that chat), then try again.
strava-page-failed-title = Strava could not be reached
strava-page-failed = Something went wrong while talking to Strava. Please try again in a minute: send /strava to your coach.

## The calendar feed (src/calendar/feed.ts): plain text
calendar-name = runcoach · { $goal } { $date }
calendar-goal-5k = 5K
calendar-goal-10k = 10K
calendar-goal-half = Half marathon
calendar-goal-marathon = Marathon
calendar-category-race = Race
calendar-category-training = Training
