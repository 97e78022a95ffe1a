# La comprensión del coach sin conexión (zona de 17h, src/coach/offline/understand): pistas cuando un mensaje no se
# puede aplicar y las suposiciones que dice en voz alta. Texto plano; los ejemplos, tal como los escribe un corredor.


## Hints
und-hint-times = Las horas se escriben así: 6:30, 7:00 o 21:00.
und-hint-zone-country = Ese país tiene varias zonas horarias: ¿en qué ciudad estás?
und-hint-zone = Dime una ciudad o una zona horaria, por ejemplo «estoy en Madrid» o «zona horaria Europe/Madrid».
und-hint-zone-unknown = Todavía no sé dónde está { $place }. Dime una ciudad grande cercana o una zona horaria, como «zona horaria America/Mexico_City».
und-hint-heart-rate = Una frecuencia cardiaca de { $bpm } ppm no cuadra ahí ({ $min }–{ $max }): revisa el número.
und-hint-days-per-week = Los planes van de 2 a 7 días de carrera por semana.
und-hint-weekly-km = El volumen semanal debe estar entre 0 y 300 km.
und-hint-race-passed = Esa fecha de carrera ya pasó: ¿qué día es la carrera?
und-hint-rpe = El esfuerzo (RPE) va de 1 (muy suave) a 10 (a tope): por ejemplo «esfuerzo 7» o «7/10».
und-hint-pain = El dolor se puntúa de 1 a 10: por ejemplo «me duele la rodilla, 6/10».
und-hint-duration = Ese tiempo no cuadra: por ejemplo «52:30» o «1:45:00».
und-hint-distance = Esa distancia no cuadra: por ejemplo «10 km» o «6 millas».
und-hint-future-run = Esa fecha aún no ha llegado: registra la carrera cuando la hayas hecho.
und-hint-unreadable = No he podido entenderlo todo: prueba con una frase más corta, como en los ejemplos.
und-hint-long-message = Es un mensaje largo: mándame una frase corta cada vez, por ejemplo «corrí 10 km en 52:30».
und-hint-goal-time = Ese tiempo objetivo no cuadra con la distancia: prueba por ejemplo «maratón sub 4» o «quiero hacerla en 1:45:00».
und-hint-span-days = Puedo planificar de 1 a 28 días: dime por ejemplo «estoy enfermo, 4 días».
und-hint-race-day-of-month = ¿Qué día de ese mes es la carrera? Por ejemplo «la competición pasa al 11 de abril».
und-hint-change-race = Para cambiar tu carrera, dime cuál es y su fecha, por ejemplo «media maratón el 21 de marzo»: te haré un plan nuevo para ella.
und-hint-move-to = ¿A qué día lo paso? Por ejemplo «mueve la carrera de mañana al viernes».
und-hint-move-from = ¿Qué día está ahora? Por ejemplo «pasa el tempo del jueves al viernes».
und-hint-same-day = Es el mismo día: ¿a qué día lo paso?

## Questions
und-ask-race-date = ¿Cuándo es la carrera? Por ejemplo «{ $goal ->
        [five] 5 km
        [ten] 10 km
        [half] media maratón
       *[marathon] maratón
    } el 14 de marzo».
und-ask-pain = ¿Dónde te duele y cuánto, del 1 al 10? Por ejemplo «me duele la rodilla, 6/10».
und-ask-distance = ¿Cuánto corriste? Por ejemplo «8 km».
und-ask-duration = ¿Cuánto tardaste? Por ejemplo «45 minutos» o «52:30».

## Guesses
und-note-race-day = He supuesto que la carrera es el { $day } (el primer domingo de ese mes); dime la fecha exacta para cambiarla.
und-note-illness-days = He supuesto { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; dime si dura más.
und-note-travel-days = He supuesto { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; dime cuánto tiempo estarás fuera.
und-note-moving-today = Muevo el entreno de hoy.
und-note-moved-one-day = Lo he movido un día.
und-note-picked-days = He elegido { $weekdays } para { $n ->
        [one] el único día
       *[other] los { $n } días
    } que puedes correr; dime qué días prefieres para cambiarlos.
und-note-picked-none = No he elegido ningún día; dime qué días puedes correr.
