# Morgen-, Abend- und Sonntagsnachrichten, das Wochendiagramm und Strava (Bereich von Engineer 17j).

## Morgen
morning-hello = Guten Morgen{ $name ->
    [none] {""}
   *[other] , { $name }
}! ☀️

## Abendfrage
evening-title = <b>Wie lief's?</b>
evening-invite = Tippe unten oder schreib es mir einfach, z. B. <i>„8 km in 45 min, locker“</i> oder <i>„ausgelassen, zu müde“</i>.
evening-btn-done = ✅ Erledigt
evening-btn-skipped = ⏭ Ausgelassen

## Wochenrückblick am Sonntag
weekly-title = <b>Deine Woche, { $from } – { $to }</b>
weekly-distance = Geplant { $planned } · gelaufen { $done }
weekly-distance-pct = Geplant { $planned } · gelaufen { $done } ({ $pct })
weekly-workouts = Einheiten: { $done } von { $planned } erledigt
weekly-workouts-skipped = Einheiten: { $done } von { $planned } erledigt, { $skipped } ausgelassen
weekly-load = Belastung { $load } (Session-RPE × Minuten), { $trend }.
weekly-load-first = erste Woche mit erfasster Belastung
weekly-load-none = keine Belastung erfasst
weekly-load-steady = stabil gegenüber der Vorwoche ({ $change })
weekly-load-up = ▲ { $change } gegenüber der Vorwoche
weekly-load-down = ▼ { $change } gegenüber der Vorwoche
weekly-acwr = Akut:chronisch { $ratio }, { $note }.
weekly-acwr-spike = ein steiler Anstieg: die nächsten Tage locker laufen
weekly-acwr-low = unter deinem Üblichen: passt für eine leichtere Woche
weekly-acwr-ok = im grünen Bereich
weekly-verdict-none = Eine Woche ohne geplante Läufe.
weekly-verdict-over = Mehr als geplant: nächste Woche die lockeren Dauerläufe wirklich locker halten.
weekly-verdict-on = Genau nach Plan. 👏
weekly-verdict-solid = Eine solide Woche.
weekly-verdict-light = Weniger als geplant. Kommt vor; der Plan geht von hier aus weiter, nichts nachholen.
weekly-next-none = <b>Nächste Woche</b>: nichts geplant. Sag mir dein nächstes Ziel, wenn du so weit bist!
weekly-next = <b>Nächste Woche</b> ({ $size })
weekly-next-phase = <b>Nächste Woche</b> ({ $phase }, { $size })
weekly-phase-base = Grundlagenphase
weekly-phase-build = Aufbauphase
weekly-phase-peak = Spitzenphase
weekly-phase-taper = Tapering
weekly-phase-race = Wettkampfwoche
weekly-caption = <b>Woche ab { $date }</b>: { $done } von { $planned } geplant

## Wochendiagramm
chart-title = Wochenumfang: gelaufen vs. geplant ({ $unit })
chart-subtitle = Die letzten { $back } Wochen und die nächsten { $ahead }; diese Woche hervorgehoben
chart-plan = Geplant
chart-done = Gelaufen
