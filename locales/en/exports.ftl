# Calendar feeds, intervals.icu and FIT workout files (engineer 17t).

## intervals.icu: section headers of the workout text (free text; no digits, the syntax is added in code)
exp-interval-warmup = Warm-up
exp-interval-main-set = Main set
exp-interval-last-rep = Last repetition
exp-interval-cooldown = Cool-down

## FIT: step names on the watch (15 characters at most) and the recovery's note
exp-fit-warmup = Warm-up
exp-fit-run = Run
exp-fit-rep = Rep
exp-fit-cooldown = Cool-down
exp-fit-recovery = Recovery
exp-fit-race = Race
exp-fit-easy-jog = Easy jog
