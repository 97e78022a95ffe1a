# Errors (area 17x): why a coach tool could not act (src/coach/tools), and the Mini App API's error texts
# (src/webapp/router.ts). Plain text, no HTML: the same words go to the Gemini model in English, into Telegram
# (escaped) and into the Mini App's JSON.

## Tool failures (src/coach/tools/*)
err-not-started = The runner has not started yet: they should send /start.
err-no-plan = There is no training plan yet. Create one first (goal race, race date).
err-coach-side = Something went wrong on the coach side; nothing was changed.
err-race-time-off-tables = That race time is outside what the pace tables cover; check the time.
err-race-ahead = { $date } is still ahead: send the result after the race.
err-nothing-to-change = Nothing to change: name a setting.
err-plan-nothing-to-change = Nothing to change: name what should change.
err-range-reversed = "to" is before "from".
err-range-too-long = Ask for at most about three months at a time.
err-move-rest-day = { $date } is a rest day: there is no run to move.
err-move-done = The workout on { $date } can no longer be moved.
err-move-held-illness = { $date } falls while you are ill (until { $until }), so it stays a rest day. Pick a day after that, or skip the run.
err-move-held-hold = { $date } falls while running is on hold (until { $until }), so it stays a rest day. Pick a day after that, or skip the run.
err-move-held-injury = { $date } falls while you are injured (until { $until }), so it stays a rest day. Pick a day after that, or skip the run.
err-skip-none-left = There is no planned run left to skip on { $date }.
err-skip-rest-day = { $date } is a rest day already.
err-run-ahead = { $date } is still ahead; log runs once they are done.
err-duration-zero = The duration must be more than zero.
err-pace-impossible = That is { $pace } s per km, faster than the world record: check distance and time.
err-done-ahead = That workout is still ahead; mark it done once you have run it.
err-done-no-workout = There is no workout planned on { $date }.
err-feedback-ahead = Feedback is for runs already done.
err-restore-passed = { $date } has passed: log the run if you did it.
err-restore-has-workout = { $date } already has its workout.
err-restore-nothing-skipped = There is no skipped workout on { $date } to bring back.

## Bad arguments (src/messages/issues.ts). English shows zod's own words; these are the source of the translations.
err-invalid-args = Invalid arguments: { $issues }
err-arg-missing = { $field }: missing
err-arg-type = { $field }: expected { $expected ->
    [number] a number
    [boolean] yes or no
    [object] a group of fields
    [array] a list
    *[string] text
}
err-arg-int = { $field }: a whole number
err-arg-min = { $field }: at least { $min }
err-arg-above = { $field }: more than { $min }
err-arg-max = { $field }: at most { $max }
err-arg-below = { $field }: less than { $max }
err-arg-too-short = { $field }: at least { $n } characters
err-arg-too-long = { $field }: at most { $n } characters
err-arg-too-few = { $field }: at least { $n } items
err-arg-too-many = { $field }: at most { $n } items
err-arg-one-of = { $field }: one of { $choices }
err-choice-km = kilometres
err-choice-mi = miles
err-arg-date = { $field }: a date as YYYY-MM-DD
err-arg-real-date = { $field }: not a real calendar date
err-arg-clock = { $field }: a time as HH:MM (24-hour)
err-arg-duration = { $field }: a duration as H:MM:SS or MM:SS
err-arg-weeks = { $field }: a whole number from 1 to 52
err-arg-timezone = { $field }: a city such as Berlin or a time zone such as Europe/Berlin
err-arg-invalid = { $field }: not valid
err-arg-said = { $field }: { $text }
err-arg-unknown = unknown fields: { $names }
err-arg-feedback-empty = give at least one of effort, feeling or pain
err-arg-nothing = nothing to change: send at least one setting

## Field names as a runner knows them (other languages; English shows the argument's name for the model)
err-field-args = arguments
err-field-date = date
err-field-new-date = new date
err-field-race-date = race date
err-field-distance = distance
err-field-duration = time
err-field-goal-time = goal time
err-field-rpe = effort (1-10)
err-field-feeling = feeling
err-field-severity = pain (1-10)
err-field-goal = goal race
err-field-timezone = time zone
err-field-morning-time = workout time
err-field-evening-time = check-in time
err-field-days-per-week = days a week
err-field-weekly-km = weekly volume
err-field-long-run-day = long-run day
err-field-max-hr = maximum heart rate
err-field-resting-hr = resting heart rate
err-field-lthr-hr = threshold heart rate
err-field-units = units
err-field-weeks = weeks
err-field-reason = reason

## Time zones as typed (src/time/zones.ts)
err-zone-empty = Type a city (Berlin) or a time zone (Europe/Berlin).
err-zone-ambiguous = "{ $input }" spans several time zones: type your city (Chicago) or the zone (America/Chicago).
err-zone-unknown = I don't know where "{ $input }" is: type a bigger city nearby (Berlin) or a time zone (Europe/Berlin).

## The Mini App's API (src/webapp/router.ts)
err-web-bad = Bad { $what ->
    [query] query
    [date] date
    *[body] body
}: { $issues }
err-web-not-found = not found
err-web-rate-limited = Too many requests: wait a minute and try again.
err-web-not-started = You have not started the coach yet: send /start to the bot in Telegram first.
err-web-rest-day = No workout is planned on { $date }: a rest day.
err-web-too-large = The request body is too large.
err-web-bad-json = The body is not valid JSON.
err-web-utf8 = Send JSON in UTF-8.
err-web-busy = The coach is busy for a moment; nothing was changed. Try again.
err-web-auth-missing = Open the app from the bot in Telegram (the Authorization header with initData is missing).
err-web-auth-malformed = The Telegram initData is malformed.
err-web-auth-forged = The Telegram initData signature does not match.
err-web-auth-stale = The Telegram initData is too old: close the app and open it again from the bot.
err-hr-too-close = A resting heart rate of { $resting } and a maximum of { $max } are too close: check both numbers.
err-hr-lthr-above-max = A threshold heart rate of { $lthr } cannot be at or above the maximum of { $max }: check both numbers.
