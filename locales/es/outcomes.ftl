# Resultados de las herramientas: carreras registradas, sensaciones, cambios, ajustes, pulso, seguimientos.

## Confirmaciones variadas (cada idioma escribe las suyas)
out-saved-1 = Hecho.
out-saved-2 = Entendido.
out-saved-3 = Listo.
out-saved-4 = Anotado.
out-saved-5 = Actualizado.
out-saved-6 = Cambiado.
out-effort-fits-1 = Justo donde tiene que estar.
out-effort-fits-2 = Bien: ese es el esfuerzo que pide el plan.
out-effort-fits-3 = Muy bien medido. ¡Sigue así!
out-effort-fits-4 = Perfecto. Esta constancia es la que te pone en forma.
out-effort-fits-5 = Bien hecho, así tienen que sentirse los rodajes suaves.
out-effort-hard-1 = Duro, pero dentro de lo que espera el plan. Que los días suaves sean suaves de verdad.
out-effort-hard-2 = Una sesión exigente. El próximo rodaje, bien suave.
out-effort-hard-3 = Buen trabajo. La recuperación también es entrenamiento: mañana, con calma.
out-noted-1 = Gracias por contármelo
out-noted-2 = Bueno saberlo, gracias
out-noted-3 = Gracias, anotado

## Carreras registradas
out-run-duplicate = Esta carrera ya la tenía: { $distance } en { $time }.
out-run-logged = Registrado: { $distance } en { $time } ({ $pace }), { $date }.
out-run-covers = Con esto cumples <b>{ $title }</b>. ✅ ¡Bien hecho!
out-run-partial = Es parte de <b>{ $title }</b> ({ $planned } previstos): cuenta como parcial.
out-run-extra-planned = Ese día el plan tenía <b>{ $title }</b>; esta la cuento como carrera extra.
out-run-extra = Ese día no había nada planificado, así que cuenta como carrera extra.
out-adjusted-coming = He ajustado los próximos días:
out-balanced = Para mantener la semana equilibrada:
out-more-days = • …y { $n } más
out-spike = Atención: { $run } es un { $pct } % más que tu carrera más larga de los últimos 30 días ({ $longest }); los saltos de más del 10 % aumentan el riesgo de lesión{ $eased ->
    [yes] , así que he suavizado los próximos días.
   *[no] ; tómate los próximos días con calma.
}

## Sensaciones
out-effort = esfuerzo { $rpe }/10
out-feeling = sensación: { $feeling }
out-feeling-noted = sensación anotada
out-feel-great = genial
out-feel-good = bien
out-feel-ok = normal
out-feel-tired = cansancio
out-feel-exhausted = agotamiento
out-pain-felt = dolor en { $location } { $severity }/10
out-noted = { $noted }: { $details }.
out-noted-effort = Gracias, anotado: { $details }.
out-stop-running = <b>Por ahora, no corras con ese dolor.</b> Un dolor así es motivo para ir al fisioterapeuta o a un médico deportivo antes de volver a entrenar. He quitado las carreras de tu plan los próximos días; avísame cuando te hayan visto y cómo va.

## Cambios, saltos y ajustes
out-nothing-to-move = Nada que mover: el plan ya está así.
out-the-workout = El entrenamiento
out-moved = { $saved } { $workout } pasa del { $from } al <b>{ $to }</b>.
out-done = Hecho.
out-skipped-day = Saltado: { $date }. Sin remordimientos: una sesión no hace ni deshace un plan.
out-skipped = Saltado.
out-adjust-illness = Que te mejores. Primero descanso: nada de correr con fiebre o síntomas en el pecho.
out-adjust-injury = Siento oírlo. He quitado presión; si te duele al caminar o va a peor, ve al fisioterapeuta.
out-adjust-fatigue = Escuchar el cansancio es entrenar con cabeza.
out-adjust-travel = ¡Buen viaje! He mantenido lo más importante en los días que tienes.
out-adjust-busy = Hay semanas de locos. He mantenido lo más importante en los días que tienes.
out-adjust-other = Plan ajustado.
out-adjust-none = No ha cambiado ningún entrenamiento planificado.
out-no-plan = Aún no tienes plan. Dime tu carrera objetivo o toca abajo.
out-nothing-planned = Nada planificado entre el { $from } y el { $to }.

## Por qué cambió un día
out-days-changed = { $n ->
    [one] 1 día cambiado
   *[other] { $n } días cambiados
}: { $clauses }.
out-days-changed-km = { $n ->
    [one] 1 día cambiado
   *[other] { $n } días cambiados
} ({ $km }): { $clauses }.
out-why-missed = marcado como no hecho
out-why-skipped = { $note ->
    [none] saltado
   *[other] saltado ({ $note })
}
out-why-partial = { $km } de { $refKm } corridos
out-why-ran = { $km } corridos
out-why-moved-from = { $date ->
    [none] movido aquí
   *[other] movido aquí desde el { $date }
}
out-why-moved-to = { $date ->
    [none] movido
   *[other] movido al { $date }
}
out-why-swapped = { $date ->
    [none] intercambiado
   *[other] intercambiado con el { $date }
}
out-why-rest-illness = { $value ->
    [one] descanso por 1 día de enfermedad
   *[other] descanso por { $value } días de enfermedad
}
out-why-rest-injury = { $value ->
    [one] descanso por 1 día de lesión
   *[other] descanso por { $value } días de lesión
}
out-why-hold-pain = en pausa tras un dolor de { $value }/10 hasta que te den el alta
out-why-lighter-hard-easy = más suave tras un rodaje suave con esfuerzo { $value }/10
out-why-lighter-unplanned = más suave tras una carrera extra dura con esfuerzo { $value }/10
out-why-lighter-exhausted = más suave porque te sentías agotado
out-why-lighter-pain = más suave mientras el dolor ({ $value }/10) se calma
out-why-lighter-fatigue = a un { $value } % más o menos mientras te recuperas
out-why-lighter-load = más suave: tus últimos 7 días fueron { $value }× tu carga habitual
out-why-easing-back = volviendo poco a poco, a un { $value } % más o menos
out-why-return-easy-only = solo rodajes suaves los primeros 7 días de vuelta
out-why-return-volume = como mucho { $km } en esos 7 días de vuelta
out-why-return-resume = { $date ->
    [none] de vuelta al plan
   *[other] aquí vuelves a correr (adelantado desde el { $date })
}
out-why-return-paces = ritmos de VDOT { $value } en lugar de { $ref } por el tiempo parado
out-why-busy-moved-to = { $date ->
    [none] movido
   *[other] movido al { $date }
} { $signal ->
    [travel] por el viaje
   *[other] por una racha con mucho lío
}
out-why-busy-skipped = saltado { $signal ->
    [travel] por el viaje
   *[other] por una racha con mucho lío
}
out-why-busy-support = más largo para que la tirada larga siga siendo larga
out-why-busy-kept = se mantiene para que la tirada larga siga siendo larga
out-why-new-paces = { $ref ->
    [none] ritmos de VDOT { $value }
   *[other] ritmos de VDOT { $value } (antes { $ref })
}
out-why-long-time-cap = tirada larga limitada a { $km }, { $ref } minutos a tu ritmo suave
out-why-tuneup-recovery = suave durante { $value } días tras competir en { $refKm }
out-why-spike-ease = más suave tras tu carrera de { $km }, más de un 10 % por encima de la más larga de los 30 días anteriores ({ $refKm })
out-why-spike-cap = dentro del 10 % de tu carrera más larga de los últimos 30 días, { $km }
out-why-week-growth = la semana se queda en { $refKm }, como mucho un 10 % más que tus últimas semanas
out-why-quality-share = la sesión se queda dentro de su parte de la semana
out-why-long-share = la tirada larga se queda en el { $value } % de su semana
out-why-long-longest = ninguna carrera más larga que la tirada larga

## Seguimientos de carreras que no encajan
out-pain-at-rated = dolor ({ $location }, { $severity }/10)
out-pain-at = dolor ({ $location })
out-pain-rated = dolor ({ $severity }/10)
out-pain-any = dolor
out-checkin-ill = 🤒 El { $date } me dijiste que estabas enfermo. ¿Qué tal estás ahora? Si solo tienes mocos, un rodaje suave suele estar bien; con fiebre, dolores musculares o tos de pecho, descansa hasta que se te pase.
out-checkin-injured = 🩹 ¿Qué tal respondió ese { $pain } en esta carrera? Si te dolió más durante o después, dímelo y aflojo.
out-checkin-on-hold = ⚠️ El { $date } me hablaste de un { $pain }, así que correr está en pausa. ¿Te dolió en esta carrera? Descansa hasta que te vea un profesional y cuéntame qué te dice.
out-checkin-rest-day = El { $date } era día de descanso en tu plan. Una carrera extra de vez en cuando está bien; que sean suaves y cortas, porque es en los días de descanso cuando se asimila el entrenamiento.
out-checkin-skipped = { $title } del { $date } estaba saltado en tu plan. ¿Fue suave esta carrera? Si ya estás bien, dímelo y recupero el plan.

## Perfil y ajustes
out-profile-title = <b>Tu perfil</b>
out-profile-times = Zona horaria { $zone } · entrenamientos a las { $morning } · balance a las { $evening }
out-profile-volume = { $days } días por semana · ahora { $distance } por semana · tirada larga: { $day }
out-profile-race = Última carrera: { $race } en { $time }
out-profile-no-race = Aún no tengo ninguna carrera reciente (cuéntame una y ajusto tus ritmos).
out-heart-profile = Pulso: { $numbers }
out-race-confirm = Tu resultado de { $race } en { $time } es más lento que tu forma actual: bajaría tu VDOT de { $before } a { $after } y haría más lentos todos los ritmos. ¿Fuiste a tope y en buenas condiciones (sin calor, cuestas, enfermedad ni guardarte nada)?
out-btn-race-yes = Sí, a tope
out-btn-race-no = No
out-race-kept = Entonces tus ritmos se quedan como están: una carrera en condiciones duras o sin ir a tope dice poco de tu forma.
out-race-noted = Resultado anotado: { $race } en { $time }.
out-race-noted-vdot = Resultado anotado: { $race } en { $time } (VDOT { $vdot }).
out-paces-updated = Tus ritmos están actualizados en todo el plan.
out-timezone-set = Zona horaria: { $zone }
out-evening-set = Te preguntaré a las { $time }.
out-units-km = Distancias en kilómetros.
out-units-mi = Distancias en millas.
out-days-set = { $n } días de carrera por semana{ $note }
out-volume-set = Volumen actual: { $distance } por semana.
out-long-run-day-set = Tirada larga: { $day }{ $note }
out-plan-note-rebuilt = .
out-plan-note-error = {" "}(tu plan actual se queda como está: { $error })
out-plan-note-next = {" "}(lo usará tu próximo plan).
out-name-set = ¡Encantado, { $name }!
out-heart-set = Pulso: { $numbers }.
out-heart-ask-max = Dime también tu pulso máximo (o el de umbral) y te calculo las zonas.
out-settings-title = <b>Tus ajustes</b>
out-settings-timezone = Zona horaria: { $zone }
out-settings-morning = Entrenamiento de la mañana a las: { $time }
out-settings-evening = Balance de la tarde a las: { $time }
out-settings-units-km = Unidades: kilómetros
out-settings-units-mi = Unidades: millas
out-settings-days = Días por semana: { $n }
out-settings-volume = Volumen semanal actual: { $distance }
out-settings-long-run-day = Tirada larga: { $day }
out-settings-hint = Toca para cambiar, o dímelo (<i>estoy en Tokio</i>, <i>despiértame a las 6:30</i>).
out-settings-btn-timezone = Zona horaria
out-settings-btn-morning = Hora de la mañana
out-settings-btn-evening = Hora de la tarde
out-settings-btn-use-mi = Usar millas
out-settings-btn-use-km = Usar kilómetros
out-settings-btn-days = Días por semana
out-settings-btn-long-run-day = Día de tirada larga
out-pick-days = ¿Cuántos días por semana quieres correr?
out-pick-long-run-day = ¿Qué día te viene mejor para la tirada larga?
out-pick-morning = ¿A qué hora quieres recibir el entrenamiento del día? Toca una hora o escríbela (<i>despiértame a las 6:15</i>).
out-pick-evening = ¿A qué hora te pregunto qué tal la carrera? Toca una hora o escríbela (<i>pregúntame a las 21:00</i>).
out-pick-timezone = ¿Dónde estás? Toca una zona o dime tu ciudad (<i>estoy en Lisboa</i>).
out-pick-other = Toca un ajuste en /settings para cambiarlo.

## Pulso
out-hr-max = máx. { $n }
out-hr-resting = reposo { $n }
out-hr-threshold = umbral { $n }
out-hr-bpm = { $list } ppm
out-hr-zones-by = Zonas de pulso, según { $method }:
out-hr-method-friel = las zonas de Friel a partir de tu pulso de umbral
out-hr-method-karvonen = la reserva cardiaca (Karvonen) a partir de tu pulso máximo y en reposo
out-hr-method-max = un porcentaje de tu pulso máximo (Daniels)
out-hr-zone-recovery = Recuperación
out-hr-zone-easy = Rodaje suave y tirada larga
out-hr-zone-marathon = Ritmo maratón
out-hr-zone-threshold = Umbral
out-hr-zone-intervals = Series
out-hr-zone = { $name }: { $min }–{ $max } ppm

## Cambios del plan
out-week-this = Esta semana: { $before } → { $after }
out-week-next = la próxima semana: { $before } → { $after }
out-what-race-day = la carrera ahora es el { $date } ({ $weeks ->
    [one] dentro de 1 semana
   *[other] dentro de { $weeks } semanas
})
out-what-goal-time = tiempo objetivo { $time }
out-what-no-goal-time = sin tiempo objetivo: los ritmos siguen tu forma
out-what-days = { $n } días de carrera por semana
out-what-long-run-day = tirada larga: { $day }
out-what-weekly = el volumen semanal que corres ahora
out-plan-rebuilt = Hecho: { $what }. He rehecho tu plan desde hoy; lo anterior se queda como estaba.
out-return-as-is = ¡Me alegro! Tu plan sigue tal cual.
out-return = ¡Qué buena noticia, bienvenido de vuelta! Volvemos poco a poco: { $first } de rodaje suave en los próximos 7 días, como mucho la mitad de tu última semana completa antes del parón ({ $ref }), y luego { $second } en los 7 siguientes{ $paces }. Para y avísame si vuelve el dolor.
out-return-paces = , con ritmos unos { $loss } puntos de VDOT más suaves por el tiempo parado
out-restored = De vuelta en el plan: { $date }, { $title } ({ $distance }).
out-restored-moved-back = Al saltarlo se había movido al { $date }; ese día vuelve a quedar libre.
out-restored-as-easy = Vuelve como rodaje suave: el día de al lado ya es duro.
out-kind-morning = mensajes de entrenamiento por la mañana
out-kind-evening = balances de la tarde
out-kind-weekly = resúmenes semanales
out-messages-paused = En pausa: { $list }. Tu plan sigue aquí (/today, /week); di <i>{ $kind ->
    [morning] reanudar los mensajes de la mañana
    [evening] reanudar los balances de la tarde
    [weekly] reanudar los resúmenes semanales
   *[other] reanudar mis mensajes
}</i> para recuperarlos.
out-messages-back = Activados de nuevo: { $list }.
