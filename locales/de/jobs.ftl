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

## Strava im Chat
strava-run-title = 🏃 <b>Lauf von Strava</b> · { $date }
strava-run-done = Gelaufen: { $distance } in { $time }
strava-run-done-pace = Gelaufen: { $distance } in { $time } ({ $pace })
strava-run-planned = Geplant: { $title }, { $distance }
strava-run-match-done = ✅ Damit ist die Einheit erledigt.
strava-run-match-partial = ◐ Ein Teil der geplanten Strecke: zählt als teilweise erledigt.
strava-run-match-extra = Zählt als zusätzlicher Lauf.
strava-run-unplanned = An dem Tag war nichts geplant: zählt als zusätzlicher Lauf.
strava-run-feel = <b>Wie hat es sich angefühlt?</b>
strava-connected = ✅ <b>Strava ist verbunden.</b>
strava-connected-athlete = ✅ <b>Strava ist verbunden</b> ({ $athlete }).
strava-replaced = Das bisher verknüpfte Strava-Konto ist getrennt, seine Aktivitäten hier sind gelöscht.
strava-connected-body =
    Läufe, die du auf Strava speicherst, erscheinen jetzt binnen Sekunden hier, passend zu deinem Plan, und ich frage, wie sie liefen.
    Schick /strava, um die Verbindung zu prüfen oder zu trennen.
strava-confirm =
    Das Strava-Konto von <b>{ $athlete }</b> mit diesem Chat verknüpfen?
    Dessen Läufe erscheinen dann hier. Wenn du Strava nicht gerade selbst verbunden hast, tippe auf Nein.
strava-btn-yes = Ja, verknüpfen
strava-btn-no = Nein
strava-declined = Nicht verknüpft. Von diesem Strava-Konto kommt nichts in diesem Chat an. Schick /strava zum Verbinden.
strava-expired = Die Frage ist abgelaufen, es wurde nichts verknüpft. Schick /strava für einen neuen Link.
strava-taken = Dieses Strava-Konto ist schon mit einem anderen runcoach-Chat verbunden, es wurde nichts verknüpft.
strava-full =
    Leider ist dieser Coach schon mit so vielen Strava-Konten verbunden, wie Strava ihm derzeit erlaubt ({ $limit }).
    Erzähl mir von deinen Läufen einfach in eigenen Worten (<i>8 km in 42:30 gelaufen</i>) oder nutze /log; wenn du Strava brauchst, frag, wer diesen Coach betreibt.
strava-btn-retry = Strava erneut verbinden
strava-denied =
    Strava ist <b>nicht</b> verbunden: Auf der Strava-Seite wurde der Zugriff nicht erlaubt.
    Falls das ein Versehen war, tippe unten für einen neuen Versuch (der Link gilt 15 Minuten) oder schick später /strava.
strava-missing-scope =
    Strava ist <b>nicht</b> verbunden: Die Berechtigung zum Lesen deiner Aktivitäten war abgewählt, so sehe ich deine Läufe nicht.
    Tippe unten und lass <i>View data about your activities</i> angehakt (der Link gilt 15 Minuten) oder schick später /strava.
strava-deauthorized =
    Der Zugriff von runcoach wurde auf Strava entfernt.
    Ich habe deine Strava-Tokens und { $runs ->
        [one] die eine Strava-Aktivität
       *[other] die { $runs } Strava-Aktivitäten
    } gelöscht; die Tage in deinem Plan sind wieder wie vorher.
    Schick /strava, um dich erneut zu verbinden.

## Strava-Seiten im Browser
strava-page-connected-title = Strava ist verbunden
strava-page-connected = Deine Läufe erscheinen jetzt im Chat mit deinem Coach. Du kannst diesen Tab schließen und zu Telegram zurückkehren.
strava-page-not-connected-title = Strava wurde nicht verbunden
strava-page-denied =
    Auf der Strava-Seite wurde der Zugriff nicht erlaubt, daher wurde nichts verknüpft.

    Für einen neuen Versuch nutze den Button im Chat oder schick deinem Coach /strava.
strava-page-missing-scope =
    Die Berechtigung zum Lesen deiner Aktivitäten war abgewählt, daher könnte dein Coach deine Läufe nicht sehen.

    Versuch es erneut aus dem Chat (oder schick /strava) und lass „View data about your activities“ angehakt.
strava-page-confirm-title = Fast geschafft
strava-page-confirm =
    Geh zurück zu Telegram und bestätige dort: Dein Coach fragt, ob das Strava-Konto von { $athlete } verknüpft werden soll.

    Nichts wird verknüpft, bevor du im Chat auf Ja tippst.
strava-page-other-browser-title = Dieser Link funktioniert hier nicht
strava-page-other-browser =
    Die Strava-Seite wurde über einen Link geöffnet, der in einem anderen Browser gestartet wurde, daher wurde nichts verknüpft.

    Wenn du dein eigenes Strava verbindest, schick deinem Coach /strava und öffne den Link in diesem Browser; hat dir jemand diesen Link geschickt, ignoriere ihn.
strava-page-full =
    Dieser Coach ist schon mit so vielen Strava-Konten verbunden, wie Strava erlaubt.

    Es wurde nichts verknüpft. Dein Coach erklärt es im Chat.
strava-page-bad-link-title = Dieser Link funktioniert nicht
strava-page-link-expired = Der Link ist abgelaufen: Links gelten 15 Minuten.
strava-page-link-used = Der Link wurde schon benutzt: Jeder Link gilt einmal.
strava-page-link-invalid = Der Link ist ungültig.
strava-page-fresh-link = Schick deinem Coach in Telegram /strava für einen neuen.
strava-page-already-linked =
    Dieses Strava-Konto ist schon mit einem anderen runcoach-Chat verbunden.

    Trenne es zuerst dort (schick /strava in jenem Chat) und versuch es dann erneut.
strava-page-failed-title = Strava war nicht erreichbar
strava-page-failed = Bei der Verbindung zu Strava ist etwas schiefgelaufen. Versuch es in einer Minute noch einmal: schick deinem Coach /strava.

## Kalender
calendar-name = runcoach · { $goal } { $date }
calendar-goal-5k = 5 km
calendar-goal-10k = 10 km
calendar-goal-half = Halbmarathon
calendar-goal-marathon = Marathon
calendar-category-race = Wettkampf
calendar-category-training = Training
