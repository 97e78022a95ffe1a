# Bot features (engineer 17f's area): commands, buttons, data rights, media, watch and files, apologies, the offline
# coach's small talk. Texts are Telegram HTML. Keys start with feat- and are unique across the language's files.

## Button toasts (src/bot/features/*)
feat-toast-start-first = Send /start first, then try again.
feat-toast-expired-today = That button has expired. Send /today for fresh ones.
feat-toast-option-expired = That option has expired; open /settings again.
feat-toast-saved = Saved
feat-toast-not-saved = Not saved
feat-toast-fit-sending = Sending the workout file…
feat-toast-calendar-renewed = New link made; the old one is retired.
feat-in-words = Tell me in your own words: how did it feel, how hard (1–10), anything sore?

## Text and unknown commands (src/bot/features/text.ts)
feat-unknown-command = I don't know the command { $name }. Try /today, /week, /plan, /log, /settings or /help, or just tell me in words.
feat-too-long = That is a long message ({ $length } characters). Could you put it in under { $max }? A sentence or two is plenty.

## /strava (src/bot/features/commands.ts, settings.ts)
feat-strava-not-set-up = Strava is not set up on this coach yet. Until it is, tell me about your runs in your own words (<i>ran 8k in 42:30</i>) or use /log.
feat-strava-connected = Strava is connected (athlete { $athlete }). Your runs arrive here by themselves.
feat-btn-strava-disconnect = Disconnect Strava
feat-strava-connect = Connect Strava and your runs will show up here within seconds of saving them. The link works for you only and for 15 minutes.
feat-btn-strava-connect = Connect Strava
feat-strava-disconnected = Strava is disconnected, and every Strava activity I had is deleted.

## /export and /delete (src/bot/features/data-rights.ts)
feat-export-nothing = I have no data about you yet. Send /start to begin.
feat-export-intro = Everything I keep about you, as JSON.
feat-export-caption = Everything I keep about you: settings, plan, runs and feedback (JSON).
feat-delete-nothing = I have no data about you to delete.
feat-delete-confirm =
    <b>Delete everything?</b>
    Your settings, plan, runs, feedback, our conversation and any Strava link will be gone for good. This cannot be undone.
feat-btn-delete-yes = Yes, delete everything
feat-btn-delete-no = Keep my data
feat-delete-kept = Nothing was deleted.
feat-delete-gone-already = There was nothing left to delete.
feat-delete-done = Done: everything I had about you is deleted. Send /start if you ever want to train again.

## Voice notes and photos (src/coach/replies/media.ts)
feat-type-it-voice = Could you type it instead? For example: <i>ran 8 km in 44 min, legs heavy</i>.
feat-type-it-photo = Could you type the run instead? For example: <i>10.2 km in 52:30 today</i>.
feat-needs-gemini-voice = I can only listen to voice notes when the Gemini coach is switched on here.
feat-needs-gemini-photo = I can only read photos when the Gemini coach is switched on here.
feat-not-understood-voice = Sorry, I couldn't listen to that voice note just now.
feat-not-understood-photo = Sorry, I couldn't read that photo just now.
feat-voice-too-long = That voice note is { $length } long; I can listen to up to { $max ->
    [one] one minute
   *[other] { $max } minutes
}. Could you send a shorter one, or type it?
feat-file-too-big = That file is { $size } MB; Telegram lets me download up to { $max } MB.
feat-file-too-big-unknown = That file is too big: Telegram lets me download up to { $max } MB.
feat-fetch-failed-voice = I couldn't download that voice note from Telegram. Please send it again, or type it.
feat-fetch-failed-photo = I couldn't download that photo from Telegram. Please send it again, or type it.
feat-audio-unsupported = I can't play that audio format{ $type ->
    [none] {""}
   *[other] {" "}({ $type })
}. Send a voice note instead, or type it.
feat-photo-proposal = From your photo: log <b>{ $distance } in { $time }</b> { $when }?
feat-when-today = today
feat-when-yesterday = yesterday
feat-when-on = on { $date }
feat-btn-photo-log = ✅ Log
feat-btn-photo-change = ✏️ Change
feat-btn-photo-cancel = ✖️ Cancel
feat-no-run-in-photo = I couldn't find a run's distance and time in that photo. Send a photo of the summary screen of your watch, treadmill or app, or just type it: <i>10 km in 52:30</i>.
feat-photo-change = Tell me the right numbers in words, e.g. <i>10.2 km in 52:30 yesterday</i>, and I will log that.
feat-photo-cancelled = OK, not logged.
feat-other-message-media = I can't read that kind of message. Tell me about your run in words or in a voice note, or send a photo of your watch's summary.
feat-other-message-text = I read text only for now. Tell me about your run in words, e.g. <i>ran 8k in 42:30, felt good</i>.

## Watch, calendar, intervals.icu, activity files (src/coach/replies/watch.ts)
feat-fit-how-to = Garmin: copy it to the watch’s <code>GARMIN/NewFiles</code> folder over USB, or import it on intervals.icu (/intervals keeps your plan there). COROS and Wahoo: import it in their app.
feat-fit-nothing-on = Nothing is planned on { $date }: a rest day, so no workout file.
feat-fit-next = Next: { $workout }. Send /fit { $iso } for its file.
feat-fit-no-plan = You have no plan yet, so there is no workout to send to your watch. Send /setup to make one.
feat-fit-bad-date = I could not read that date. Try <code>/fit</code>, <code>/fit tomorrow</code>, <code>/fit saturday</code> or <code>/fit 2026-12-24</code>.
feat-calendar-new = Here is your new calendar link; the old one no longer works.
feat-calendar-intro = Your training calendar: subscribe to this link in Google Calendar, Apple Calendar or Outlook and your workouts and race appear there, updated when the plan changes.
feat-calendar-private = The link is private: anyone who has it can see your plan. Renew it if you shared it by mistake.
feat-btn-calendar-renew = 🔄 Renew the link
feat-calendar-no-plan = You have no plan yet: the calendar will fill once you make one with /setup.
feat-intervals-not-set-up = intervals.icu is not set up on this coach: the operator needs to set APP_SECRET, so that your API key can be stored encrypted.
feat-intervals-ask =
    intervals.icu puts your plan on Garmin, COROS, Suunto, Wahoo and Polar watches. To connect it, send me your <b>athlete id</b> and <b>API key</b> in one message, like:

    <code>i123456 5x8abc...</code>

    You find both on intervals.icu under Settings → Developer Settings. I delete your message once I have read it, and keep the key encrypted. Send /cancel to stop.
feat-intervals-connected = ✅ intervals.icu is connected (athlete { $athlete }). { $events ->
    [0] {""}
    [one] I put one workout on your calendar;{" "}
   *[other] I put { $events } workouts on your calendar;{" "}
}I keep them in step whenever the plan changes. /intervals off disconnects it.
feat-intervals-status = intervals.icu is connected (athlete { $athlete }): your plan’s workouts from today on are on its calendar.
feat-btn-intervals-disconnect = Disconnect intervals.icu
feat-intervals-refused = intervals.icu did not accept that athlete id and API key. Check both under Settings → Developer Settings and send them again (or /cancel).
feat-intervals-unavailable = I could not reach intervals.icu just now; nothing was saved. Please try /intervals again in a few minutes.
feat-intervals-unreadable = I need the athlete id (like <code>i123456</code>) and the API key, separated by a space. Send them again, or /cancel.
feat-intervals-disconnected = intervals.icu is disconnected{ $removed ->
    [0] {""}
    [one] {" "}and the workout I had put there is removed
   *[other] {" "}and the { $removed } workouts I had put there are removed
}. Your key is deleted.
feat-intervals-disconnected-unreachable = intervals.icu is disconnected and your key is deleted, but I could not reach it to remove the planned workouts: delete them there if you want.
feat-intervals-not-connected = intervals.icu is not connected.
feat-intervals-cancelled = OK, intervals.icu is not connected.
feat-file-unsupported = I can read activity files from your watch or app: <b>.fit</b>, <b>.gpx</b> or <b>.tcx</b>. Send one of those, or tell me the run in words (<i>ran 8k in 42:30</i>).
feat-file-unsupported-media = I can read activity files from your watch or app (<b>.fit</b>, <b>.gpx</b> or <b>.tcx</b>). Send one of those, tell me the run in words or in a voice note, or send a photo of your watch's summary.
feat-file-empty = That file has no activity in it (no laps or track points), so I logged nothing.
feat-file-corrupt = I could not read that file: it looks damaged or is not what its name says. Nothing was logged.
feat-file-not-running = That file is not a run, so I did not log it. I only count runs.
feat-file-sport = That file is a { $sport } activity, so I did not log it. I only count runs.
feat-file-no-distance = That activity has almost no distance or time, so I did not log it.
feat-file-too-big-activity = That file is over 20 MB, more than Telegram lets me download. Export the activity again (a .fit is usually far smaller).
feat-file-download = I could not download that file from Telegram just now. Please send it again in a minute; nothing was logged.
feat-file-future = That activity is dated in the future, so I did not log it. Check the clock of the device that recorded it.
feat-file-too-fast = That file says faster than the world record, so I did not log it: check that it is a run.

## Apologies (src/coach/replies/apology.ts)
feat-apology-error = Sorry, something went wrong on my side and I could not finish that. Please try again in a moment.
feat-apology-busy = Sorry, my database has been busy for several minutes, so I could not save that. Please send it again a little later.
feat-apology-read-only = Sorry, I could not save that: my storage is read-only right now. Please send it again later.
feat-apology-disk-full = Sorry, I could not save that: my storage is full right now. Please send it again later.
feat-apology-io = Sorry, I could not save that: my storage is failing right now. Please send it again later.
feat-toast-failed = Sorry, that did not work. Try again?
feat-toast-private-only = Open a private chat with me to use this.

## The offline coach (src/coach/offline-coach.ts) and the dialogue (src/coach/conversation/)
feat-greeting = Hi! 👋 Ready when you are.
feat-thanks = Any time! Run happy. 🏃
feat-not-understood = I didn't quite get that. I understand things like:
feat-example-log = ran 10k in 52:30, felt great
feat-example-feel = legs heavy, 8/10
feat-example-move = move tomorrow's run to Friday
feat-example-sick = I'm sick, no running for 3 days
feat-example-plan = half marathon on March 14, 4 days a week
feat-btn-log-run = Log a run
feat-btn-what-can-you-do = What can you do?

## Moving a workout (src/coach/replies/workout.ts, moveChoices)
feat-move-gone = That workout can no longer be moved. Send /week to see the plan.
feat-move-no-day = There is no other day left this week to move it to. You can skip it instead.
feat-move-which-day = Move <b>{ $title }</b> to which day?
