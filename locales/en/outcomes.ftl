# Tool outcomes: logged runs, feedback, moves, skips, adjustments, settings, heart rate, check-ins (src/coach/replies).

## Varied confirmations (src/coach/replies/variety.ts): each language writes its own variants.
out-saved-1 = Done.
out-saved-2 = Got it.
out-saved-3 = All set.
out-saved-4 = Noted.
out-saved-5 = Updated.
out-saved-6 = Changed.
out-effort-fits-1 = That is right where it should be.
out-effort-fits-2 = Good: that is the effort the plan wants.
out-effort-fits-3 = Nicely judged. Keep it up!
out-effort-fits-4 = Just right. Consistency like this is what builds fitness.
out-effort-fits-5 = Well done, that is how easy days should feel.
out-effort-hard-1 = Hard, but within what the plan expects. Keep the easy days truly easy.
out-effort-hard-2 = A tough one. Take the next easy run really easy.
out-effort-hard-3 = Solid work. Recovery is part of the training: keep tomorrow gentle.
out-noted-1 = Thanks for telling me
out-noted-2 = Good to know, thanks
out-noted-3 = Thanks, noted

## Logged runs
out-run-duplicate = I already had this run: { $distance } in { $time }.
out-run-logged = Logged: { $distance } in { $time } ({ $pace }) on { $date }.
out-run-covers = That covers <b>{ $title }</b>. ✅ Well done!
out-run-partial = That's part of <b>{ $title }</b> ({ $planned } planned): counted as partial.
out-run-extra-planned = The plan had <b>{ $title }</b> that day; I counted this one as an extra run.
out-run-extra = No workout was planned that day, so it counts as an extra run.
out-adjusted-coming = I adjusted the coming days:
out-balanced = To keep the week balanced:
out-more-days = • …and { $n } more
out-spike = Heads up: { $run } is { $pct } % longer than your longest run of the previous 30 days ({ $longest }); jumps over 10 % raise the injury risk{ $eased ->
    [yes] , so I eased the next days.
   *[no] ; go easy for the next days.
}

## Feedback
out-effort = effort { $rpe }/10
out-feeling = feeling { $feeling }
out-feeling-noted = feeling noted
out-feel-great = great
out-feel-good = good
out-feel-ok = ok
out-feel-tired = tired
out-feel-exhausted = exhausted
out-pain-felt = { $location } pain { $severity }/10
out-noted = { $noted }: { $details }.
out-noted-effort = Thanks, noted: { $details }.
out-stop-running = <b>Please stop running on it for now.</b> Pain at that level is a reason to see a physiotherapist or a sports doctor before training again. I have taken the runs off your plan for the next days; tell me when you have been seen and how it is.

## Moves, skips and adjustments
out-nothing-to-move = Nothing to move: the plan already looks like that.
out-the-workout = The workout
out-moved = { $saved } { $workout } moves from { $from } to <b>{ $to }</b>.
out-done = Done.
out-skipped-day = Skipped { $date }. No guilt: one session never makes or breaks a plan.
out-skipped = Skipped.
out-adjust-illness = Get well soon. Rest first: no running while you have a fever or chest symptoms.
out-adjust-injury = Sorry to hear it. I have taken the pressure off; if it hurts to walk, or gets worse, see a physiotherapist.
out-adjust-fatigue = Listening to fatigue is smart training.
out-adjust-travel = Safe travels! I kept what matters most for the days you have.
out-adjust-busy = Busy weeks happen. I kept what matters most for the days you have.
out-adjust-other = Plan adjusted.
out-adjust-none = No planned workouts were affected.
out-no-plan = No plan yet. Tell me your goal race, or tap below.
out-nothing-planned = Nothing planned between { $from } and { $to }.

## Why a day changed (src/coach/replies/changes.ts): one clause per reason code.
out-days-changed = { $n ->
    [one] 1 day changed
   *[other] { $n } days changed
}: { $clauses }.
out-days-changed-km = { $n ->
    [one] 1 day changed
   *[other] { $n } days changed
} ({ $km }): { $clauses }.
out-why-missed = marked as missed
out-why-skipped = { $note ->
    [none] skipped
   *[other] skipped ({ $note })
}
out-why-partial = { $km } of { $refKm } run
out-why-ran = { $km } run
out-why-moved-from = { $date ->
    [none] moved here
   *[other] moved here from { $date }
}
out-why-moved-to = { $date ->
    [none] moved
   *[other] moved to { $date }
}
out-why-swapped = { $date ->
    [none] swapped
   *[other] swapped with { $date }
}
out-why-rest-illness = rest for { $value } days of illness
out-why-rest-injury = rest for { $value } days of injury
out-why-hold-pain = on hold after pain of { $value }/10 until you are cleared
out-why-lighter-hard-easy = lighter after an easy run at effort { $value }/10
out-why-lighter-unplanned = lighter after a hard extra run at effort { $value }/10
out-why-lighter-exhausted = lighter because you felt exhausted
out-why-lighter-pain = lighter while the pain ({ $value }/10) settles
out-why-lighter-fatigue = at about { $value } % while you recover
out-why-lighter-load = lighter: your last 7 days were { $value }× your usual load
out-why-easing-back = easing back in at about { $value } %
out-why-return-easy-only = easy running only in the first 7 days back
out-why-return-volume = at most { $km } in those 7 days back
out-why-return-resume = { $date ->
    [none] back on the plan
   *[other] running resumes here (moved up from { $date })
}
out-why-return-paces = paces from VDOT { $value } instead of { $ref } for the time off
out-why-busy-moved-to = { $date ->
    [none] moved
   *[other] moved to { $date }
} for { $signal ->
    [travel] travel
   *[other] a busy stretch
}
out-why-busy-skipped = skipped for { $signal ->
    [travel] travel
   *[other] a busy stretch
}
out-why-busy-support = longer so the long run can stay long
out-why-busy-kept = kept so the long run can stay long
out-why-new-paces = { $ref ->
    [none] paces from VDOT { $value }
   *[other] paces from VDOT { $value } (was { $ref })
}
out-why-long-time-cap = long run capped at { $km }, { $ref } minutes at your easy pace
out-why-tuneup-recovery = easy for { $value } days after racing { $refKm }
out-why-spike-ease = easier after your { $km } run, more than 10 % past your longest of the 30 days before ({ $refKm })
out-why-spike-cap = kept within 10 % of your longest run of the last 30 days, { $km }
out-why-week-growth = the week kept to { $refKm }, at most 10 % over your recent weeks
out-why-quality-share = the session kept within its share of the week
out-why-long-share = the long run kept to { $value } % of its week
out-why-long-longest = no run longer than the long run

## Check-ins on runs that do not fit (src/coach/replies/checkins.ts)
out-pain-at-rated = your { $location } ({ $severity }/10)
out-pain-at = your { $location }
out-pain-rated = the pain ({ $severity }/10)
out-pain-any = the pain
out-checkin-ill = 🤒 You told me on { $date } that you were ill. How do you feel after it? With only a runny nose, easy running is usually fine; with fever, aches or a chesty cough, please rest until they are gone.
out-checkin-injured = 🩹 How did { $pain } feel on this run? If it hurt more during or after, tell me and I will ease off.
out-checkin-on-hold = ⚠️ You told me on { $date } about { $pain }, so running is on hold. Did it hurt on this run? Please rest it until you have been seen, and tell me what they say.
out-checkin-rest-day = { $date } was a rest day in your plan. An extra run now and then is fine; keep extras easy and short, since rest days are when the training sinks in.
out-checkin-skipped = { $title } on { $date } was skipped in your plan. Was this run easy? If you are back to normal, tell me and I will put the plan back.

## Profile and settings (update_profile, get_profile, /settings)
out-profile-title = <b>Your profile</b>
out-profile-times = Time zone { $zone } · workouts at { $morning } · check-in at { $evening }
out-profile-volume = { $days } days a week · { $distance } a week now · long run on { $day }
out-profile-race = Recent race: { $race } in { $time }
out-profile-no-race = No recent race yet (tell me one and I will set your paces).
out-heart-profile = Heart rate: { $numbers }
out-race-confirm = Your { $race } in { $time } is slower than your current fitness: it would take your VDOT from { $before } to { $after } and slow every pace. Was it an all-out effort in fair conditions (no heat, hills, illness or holding back)?
out-btn-race-yes = Yes, all-out
out-btn-race-no = No
out-race-kept = Then your paces stay as they are: a race in hard conditions or below full effort says little about your fitness.
out-race-noted = Race result noted: { $race } in { $time }.
out-race-noted-vdot = Race result noted: { $race } in { $time } (VDOT { $vdot }).
out-paces-updated = Your paces are updated across the plan.
out-timezone-set = Time zone: { $zone }
out-evening-set = I'll check in at { $time }.
out-units-km = Distances in kilometres.
out-units-mi = Distances in miles.
out-days-set = { $n } running days a week{ $note }
out-volume-set = Current volume: { $distance } a week.
out-long-run-day-set = Long runs on { $day }{ $note }
out-plan-note-rebuilt = .
out-plan-note-error = {" "}(your current plan stays as it is: { $error })
out-plan-note-next = {" "}(your next plan uses it).
out-name-set = Nice to meet you, { $name }!
out-heart-set = Heart rate: { $numbers }.
out-heart-ask-max = Tell me your maximum (or lactate-threshold) heart rate too and I can set your zones.
out-settings-title = <b>Your settings</b>
out-settings-timezone = Time zone: { $zone }
out-settings-morning = Morning workout at: { $time }
out-settings-evening = Evening check-in at: { $time }
out-settings-units-km = Units: kilometres
out-settings-units-mi = Units: miles
out-settings-days = Days per week: { $n }
out-settings-volume = Current weekly volume: { $distance }
out-settings-long-run-day = Long run on: { $day }
out-settings-hint = Tap to change, or tell me (<i>I'm in Tokyo</i>, <i>wake me at 6:30</i>).
out-settings-btn-timezone = Time zone
out-settings-btn-morning = Morning time
out-settings-btn-evening = Evening time
out-settings-btn-use-mi = Use miles
out-settings-btn-use-km = Use kilometres
out-settings-btn-days = Days per week
out-settings-btn-long-run-day = Long-run day
out-pick-days = How many days a week do you want to run?
out-pick-long-run-day = Which day suits your long run?
out-pick-morning = When should the day's workout arrive? Tap a time or write one (<i>wake me at 6:15</i>).
out-pick-evening = When should I ask how your run went? Tap a time or write one (<i>check in at 9pm</i>).
out-pick-timezone = Where are you? Tap a zone or tell me your city (<i>I'm in Lisbon</i>).
out-pick-other = Tap a setting in /settings to change it.

## Heart rate (src/coach/replies/heart.ts)
out-hr-max = max { $n }
out-hr-resting = resting { $n }
out-hr-threshold = threshold { $n }
out-hr-bpm = { $list } bpm
out-hr-zones-by = Heart-rate zones, by { $method }:
out-hr-method-friel = Friel's zones from your threshold heart rate
out-hr-method-karvonen = heart-rate reserve (Karvonen) from your maximum and resting heart rate
out-hr-method-max = a share of your maximum heart rate (Daniels)
out-hr-zone-recovery = Recovery
out-hr-zone-easy = Easy and long
out-hr-zone-marathon = Marathon pace
out-hr-zone-threshold = Threshold
out-hr-zone-intervals = Intervals
out-hr-zone = { $name }: { $min }–{ $max } bpm

## Plan changes (src/coach/replies/plan-change.ts)
out-week-this = This week: { $before } → { $after }
out-week-next = next week: { $before } → { $after }
out-what-race-day = race day is now { $date } ({ $weeks ->
    [one] 1 week away
   *[other] { $weeks } weeks away
})
out-what-goal-time = goal time { $time }
out-what-no-goal-time = no goal time: paces follow your fitness
out-what-days = { $n } running days a week
out-what-long-run-day = long runs on { $day }
out-what-weekly = the weekly volume you run now
out-plan-rebuilt = Done: { $what }. I rebuilt your plan from today; everything before today stays as it was.
out-return-as-is = Good to hear! Your plan carries on as it is.
out-return = Great news, welcome back! We restart gently: { $first } of easy running over the next 7 days, half of your last full week before the break ({ $ref }) at most, then { $second } over the 7 after{ $paces }. Stop and tell me if the pain comes back.
out-return-paces = , and paces about { $loss } VDOT points easier for the time off
out-restored = Back on the plan: { $date }, { $title } ({ $distance }).
out-restored-moved-back = It was moved to { $date } when you skipped it; that day is free again.
out-restored-as-easy = It comes back as an easy run: the day next to it is a hard one already.
out-kind-morning = morning workout messages
out-kind-evening = evening check-ins
out-kind-weekly = weekly summaries
out-messages-paused = Paused: no more { $list }. Your plan is still here (/today, /week); say <i>resume { $kind } messages</i> to get them back.
out-messages-back = Back on: { $list }.
