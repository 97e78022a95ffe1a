# La comprensione del coach offline (area 17h, src/coach/offline/understand): suggerimenti quando un messaggio non si
# può applicare e le ipotesi che dichiara. Testo semplice; esempi come li scrive un runner.


## Hints
und-hint-times = Gli orari si scrivono così: 6:30, 7:00 o 21:00.
und-hint-zone-country = Quel paese ha più fusi orari: in che città sei?
und-hint-zone = Dimmi una città o un fuso orario, per es. «sono a Milano» o «fuso orario Europe/Rome».
und-hint-zone-unknown = Non so ancora dove sia { $place }. Dimmi una città grande lì vicino o un fuso come «fuso orario Europe/Zurich».
und-hint-heart-rate = Una frequenza cardiaca di { $bpm } bpm non è plausibile qui ({ $min }–{ $max }): controlla il numero.
und-hint-days-per-week = I piani prevedono da 2 a 7 giorni di corsa a settimana.
und-hint-weekly-km = Il volume settimanale deve stare tra 0 e 300 km.
und-hint-race-passed = Quella data di gara è già passata: quando è la gara?
und-hint-rpe = L'RPE è un numero da 1 (molto facile) a 10 (a tutta), per es. «sforzo 7» o «7/10».
und-hint-pain = Il dolore si valuta da 1 a 10, per es. «mi fa male il ginocchio, 6/10».
und-hint-duration = Quel tempo sembra strano: per es. «52:30» o «1:45:00».
und-hint-distance = Quella distanza sembra strana: per es. «10 km» o «6 miglia».
und-hint-future-run = Quella data è nel futuro: registra la corsa quando l'hai fatta.
und-hint-unreadable = Non ho capito tutto: prova con una frase più corta, come negli esempi.
und-hint-long-message = È un messaggio lungo: mandami una frase breve alla volta, per es. «ho corso 10 km in 52:30».
und-hint-goal-time = Quel tempo obiettivo non torna con la distanza: prova per es. «voglio correre la maratona in 4 ore» o «voglio correrla in 1:45:00».
und-hint-span-days = Posso pianificare da 1 a 28 giorni: scrivimi per es. «sono malato, 4 giorni».
und-hint-race-day-of-month = In che giorno di quel mese è la gara? Per es. «la gara è il giorno 11 aprile».
und-hint-change-race = Per cambiare gara, dimmi quale e la data, per es. «mezza maratona il 21 marzo»: ti preparo un nuovo piano.
und-hint-move-to = A che giorno lo sposto? Per es. «sposta la corsa di domani a venerdì».
und-hint-move-from = In che giorno è adesso? Per es. «sposta il tempo di giovedì a venerdì».
und-hint-same-day = È lo stesso giorno: a che giorno lo sposto?

## Questions
und-ask-race-date = Quando è la gara? Per es. «{ $goal ->
        [five] 5 km
        [ten] 10 km
        [half] mezza maratona
       *[marathon] maratona
    } il 14 marzo».
und-ask-pain = Dove ti fa male, e quanto da 1 a 10? Per es. «mi fa male il ginocchio, 6/10».
und-ask-distance = Quanto hai corso? Per es. «8 km».
und-ask-duration = In quanto tempo? Per es. «45 minuti» o «52:30».

## Guesses
und-note-race-day = Giorno di gara ipotizzato: { $day } (la prima domenica del mese); dimmi la data esatta per cambiarla.
und-note-illness-days = Ho ipotizzato { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }; dimmi se dura di più.
und-note-travel-days = Ho ipotizzato { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }; dimmi quanto starai via.
und-note-moving-today = Sposto l'allenamento di oggi.
und-note-moved-one-day = Spostato di un giorno.
und-note-picked-days = Ho scelto { $weekdays } per { $n ->
        [one] l'unico giorno
       *[other] i { $n } giorni
    } in cui puoi correre; dimmi i giorni per cambiarli.
und-note-picked-none = Nessun giorno scelto; dimmi in quali giorni puoi correre.
