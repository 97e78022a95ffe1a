# The offline coach's understanding (engineer 17h's area, src/coach/offline/understand): hints when a message
# cannot be acted on, and the guesses it says out loud. Plain text; examples are quoted as a runner types them,
# and the offline coach understands each of them in this language (test/messages/understand-languages.test.ts).

## Hints
und-hint-times = Times look like 6:30, 7am or 21:00.
und-hint-zone-country = That country has several time zones — which city are you in?
und-hint-zone = Tell me a city or a zone name, e.g. "I’m in Berlin" or "timezone America/Los_Angeles".
und-hint-zone-unknown = I don't know where { $place } is yet. Tell me a bigger city nearby, or a zone name like "timezone America/Chicago".
und-hint-heart-rate = A heart rate of { $bpm } bpm is not plausible there ({ $min }–{ $max }): check the number.
und-hint-days-per-week = Plans use 2 to 7 run days a week.
und-hint-weekly-km = Weekly volume should be 0 to 300 km.
und-hint-race-passed = That race date has already passed — which date is the race?
und-hint-rpe = RPE is a number from 1 (very easy) to 10 (all out) — e.g. "rpe 7" or "7/10".
und-hint-pain = Pain is rated 1 to 10 — e.g. "my knee hurts, 6/10".
und-hint-duration = That duration looks off — e.g. "52:30" or "1:45:00".
und-hint-distance = That distance looks off — e.g. "10k" or "6 miles".
und-hint-future-run = That date is in the future — log a run once it is done.
und-hint-unreadable = I could not read all of that — try a shorter sentence like the examples.
und-hint-long-message = That is a long message — send one short sentence at a time, e.g. "ran 10k in 52:30".
und-hint-goal-time = That goal time looks off for the distance — try e.g. "sub-4 marathon" or "goal time 1:45:00".
und-hint-span-days = I can plan around 1 to 28 days — tell me e.g. "sick for 4 days".
und-hint-race-day-of-month = Which day of that month is the race? e.g. "race is on April 11".
und-hint-change-race = To change your race, tell me the race and its date, e.g. "half marathon on March 21": I will build a new plan around it.
und-hint-move-to = Which day should it move to? e.g. "move tomorrow’s run to Friday".
und-hint-move-from = Which day is it on now? e.g. "move Thursday’s tempo to Friday".
und-hint-same-day = That is the same day — which day should it move to?

## Questions
und-ask-race-date = When is the race? e.g. "{ $goal ->
        [five] 5k
        [ten] 10k
        [half] half marathon
       *[marathon] marathon
    } on March 14".
und-ask-pain = Where does it hurt, and how bad is it from 1 to 10? e.g. "my knee hurts, 6/10".
und-ask-distance = How far did you go? e.g. "8 km".
und-ask-duration = How long did it take? e.g. "45 minutes" or "52:30".

## Guesses
und-note-race-day = Race day assumed { $day } (the first Sunday of that month); tell me the exact date to change it.
und-note-illness-days = Assumed { $days } days; tell me if it is longer.
und-note-travel-days = Assumed { $days } days; tell me how long you are away.
und-note-moving-today = Moving today’s workout.
und-note-moved-one-day = Moved by one day.
und-note-picked-days = Picked { $weekdays } for the { $n ->
        [one] { $n } day
       *[other] { $n } days
    } you can run; name the days to change them.
und-note-picked-none = Picked no days you can run; name the days to change them.
