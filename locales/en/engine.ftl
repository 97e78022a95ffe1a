# The training engine's codes in words (src/coach/replies/engine-words.ts): changed days, advice, refusals,
# plan warnings and plan errors. Dates, distances and times arrive already formatted for the runner.

## A changed day: what it was → what it is now.
eng-brief-rest = rest
eng-brief = { $title } { $distance }
eng-brief-skipped = { $title } skipped
eng-change = { $from } → { $to }
eng-change-new = now { $to }
eng-change-skipped = skipped
eng-change-status = { $title }: { $status ->
    [skipped] skipped
    [missed] missed
    [partial] partly done
    [done] done
   *[planned] planned
  }

## Advice that comes with a change.
eng-advice-load-unknown = Not enough history to judge your load yet.
eng-advice-load-balanced = Load is in balance (ratio { $ratio }).
eng-advice-load-spike = Your recent load jumped (7-day vs 28-day ratio { $ratio }, above { $limit }); the coming week is lighter so the body can catch up.
eng-advice-moved = { $title } is now on { $date }.
eng-advice-busy-kept = { $travel ->
    [yes] While you travel
   *[no] During a busy stretch
  } the plan keeps the long run and one quality session where your days allow; the rest is skipped.
eng-advice-busy-kept-proportion = { $travel ->
    [yes] While you travel
   *[no] During a busy stretch
  } the plan keeps the long run and one quality session where your days allow, plus an easy run so the long run stays in proportion to the week; the rest is skipped.
eng-advice-busy-break = No running fits those days; enjoy the break, the plan resumes on { $date }.
eng-advice-busy-break-long = No running fits those days; enjoy the break. The plan resumes on { $date }: the first week back is easy running at about half of your last full week, the second at about three quarters.
eng-advice-illness = Rest through { $date }. Come back only when you’ve been free of fever for a day; after that the plan eases back in at about { $factor } %.
eng-advice-illness-long = Rest through { $date }. Come back only when you’ve been free of fever for a day; the first week back is easy running at about half of your last full week, the second at about three quarters.
eng-advice-injury = Rest through { $date } and have the injury checked by a doctor or physiotherapist before you run again; I can’t diagnose it. After that the plan eases back in at about { $factor } %.
eng-advice-injury-long = Rest through { $date } and have the injury checked by a doctor or physiotherapist before you run again; I can’t diagnose it. The first week back is easy running at about half of your last full week, the second at about three quarters.
eng-advice-missed-easy = No problem: a missed easy run is simply let go.
eng-advice-missed-moved = { $title } moves to { $date }.
eng-advice-missed-moved-instead = { $title } moves to { $date }, in place of the { $other }.
eng-advice-missed-dropped = { $title } is dropped this week: there is no day left for it without hard days back to back. Don't cram it in; the plan carries on.
eng-advice-partial = Part of it counts: carry on with the plan.
eng-advice-race-slower = Your { $distance } in { $time } is slower than your current fitness (VDOT { $vdot } vs { $before }).
eng-advice-race-paces = Your { $distance } in { $time } gives a VDOT of { $vdot }; paces are updated. Predicted { $goal }: { $predicted }.
eng-advice-race-paces-was = Your { $distance } in { $time } gives a VDOT of { $vdot } (was { $before }); paces are updated. Predicted { $goal }: { $predicted }.
eng-advice-pain-stop = Pain of { $severity }/10 in your { $location } is a signal to stop running for now. Please have it checked by a doctor or physiotherapist before you run again; I can’t tell what it is, and running through it can make it worse. Running is on hold until you’re cleared; tell me then and we’ll rebuild gently.
eng-advice-noted = Noted, thanks. Keep it up.
eng-advice-noted-tough = Noted: a tough one. Easy days stay easy.
eng-advice-lighter-pain = The next days are lighter. If the { $location } pain lasts more than a few days, gets worse or changes how you run, see a physiotherapist or doctor.
eng-advice-lighter-exhausted = The next days are lighter. Sleep, eat well, and tell me how you feel after the next run.
eng-advice-lighter-unplanned = Noted: a hard run on a day off. The next days are a little easier so you absorb it.
eng-advice-lighter-hard-easy = An easy run shouldn’t feel that hard; the next days are lighter. Heat, sleep, stress or a cold can all do this.
eng-advice-fatigue = Easier days through { $date }: sleep, eat well, and tell me how the next run feels.

## Why nothing changed.
eng-refused-no-workout = There is no planned workout on { $date }.
eng-refused-race-not-skipped = The race itself is not skipped here: change the goal or the race date instead.
eng-refused-same-day = That is the day it is already on.
eng-refused-past-day = Past days stay as they are; pick a day from today on.
eng-refused-race-fixed = The race date is fixed; to change it, make a new plan for the new date.
eng-refused-after-race = Workouts stay before race day.
eng-refused-other-week = { $title } can move only within its week ({ $date } on), so the week’s load stays safe.
eng-refused-day-taken = { $date } already has a run recorded.
eng-refused-back-to-back = That would put the { $title } ({ $date }) next to the { $other } ({ $otherDate }): no hard days back to back.
eng-refused-days-past = Those days are already past.
eng-refused-race-implausible = A { $distance } in { $time } doesn't look right; check the time.
eng-refused-race-future = That race on { $date } hasn't happened yet.
eng-refused-race-stale = A result from { $date } is more than 8 weeks old: it no longer says where your fitness is, so paces stay.

## Plan warnings.
eng-warn-low-volume = You run under { $km } a week now; the plan starts from { $km }. Walk breaks are fine.
eng-warn-per-run = { $weekly } over { $days } days is about { $perRun } a run, far beyond the { $max } a run most plans use; more running days would spread it safely.
eng-warn-time-cap = At your easy pace the long run's time cap of { $time } allows { $longest }, the longest run in this plan; a { $goal } usually wants about { $ready }. The time cap applies on any race date: a later race would not lengthen it.
eng-warn-build-short = From { $weekly } a week, the long run can only build safely to { $longest } by { $date }; a { $goal } needs about { $ready }.
eng-warn-option-shorter = a { $goal } on { $date }
eng-warn-option-later = a { $goal } on or after { $date } ({ $weeks } weeks of training)
eng-warn-works-one = What would work: { $first }.
eng-warn-works-two = What would work: { $first }, or { $second }.
eng-warn-build-first = Build up your weekly running first.
eng-warn-limited = If you keep this race, the plan keeps hard running to one short session a week and the long runs easy.
eng-warn-race-stale = Your { $distance } result is from { $date }, more than 8 weeks ago; it no longer sets your paces. A recent race or time trial will.
eng-warn-race-too-slow = That race time is too slow to set paces from; the workouts are described by effort.
eng-warn-goal-unchecked = Without a race from the last 8 weeks I can't tell whether a { $goal } in { $time } is within reach, so the workouts are described by effort rather than at goal paces; a race or a time trial will set your paces.
eng-warn-goal-beyond = Your goal of { $goal } needs a VDOT of { $goalVdot }; your recent race shows { $vdot }. The plan trains at your current paces and races at the pace you can reach: about { $time } is a realistic target by race day, or keep the goal and pick a later race.
eng-warn-old = This plan carries a note from an older version; ask me for a new plan to see it again.

## Why no plan came out.
eng-error-unknown-goal = Unknown goal "{ $goal }": choose 5k, 10k, half or marathon.
eng-error-bad-start-date = The start date "{ $value }" is not a date (use YYYY-MM-DD).
eng-error-bad-race-date = The race date "{ $value }" is not a date (use YYYY-MM-DD).
eng-error-race-before-start = The race date { $race } is in the past (the plan would start { $start }).
eng-error-too-soon = A { $goal } needs at least { $min } weeks of training, and { $race } is only { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
  } and { $days ->
    [one] 1 day
   *[other] { $days } days
  } away. Pick a race on or after { $earliest }.
eng-error-too-soon-shorter = A { $goal } needs at least { $min } weeks of training, and { $race } is only { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
  } and { $days ->
    [one] 1 day
   *[other] { $days } days
  } away. Pick a race on or after { $earliest }, or a { $shorter } on that date.
eng-error-too-far = The race is more than { $max } weeks away; plans run at most { $max } weeks. Start the plan after { $start }.
eng-error-weekly-km = Weekly km must be a number from 0 to 300.
eng-error-days-per-week = Days per week must be a whole number from 2 to 7.
eng-error-long-run-day = Long-run day must be one of mon, tue, wed, thu, fri, sat, sun.
eng-error-recent-race-after-start = The recent race is dated { $race }, after the plan's start on { $start }; give a race run before the plan starts.
eng-error-recent-race-incomplete = The recent race needs a distance and a time.
eng-error-recent-race-too-fast = A { $distance } in { $time } is faster than the world record; check the time.
eng-error-goal-time-invalid = The goal time must be a positive duration.
eng-error-goal-time-too-fast = A { $distance } in { $time } is faster than the world record; check the goal time.
