# Partes del cuerpo donde duele, como las llaman corredores y fisios (src/messages/body.ts).

body-part = { $part ->
    [knee] { $side ->
        [left] rodilla izquierda
        [right] rodilla derecha
       *[none] rodilla
    }
    [knees] { $side ->
        [left] rodillas izquierdas
        [right] rodillas derechas
       *[none] rodillas
    }
    [ankle] { $side ->
        [left] tobillo izquierdo
        [right] tobillo derecho
       *[none] tobillo
    }
    [ankles] { $side ->
        [left] tobillos izquierdos
        [right] tobillos derechos
       *[none] tobillos
    }
    [shin] { $side ->
        [left] tibia izquierda
        [right] tibia derecha
       *[none] tibia
    }
    [shins] { $side ->
        [left] tibias izquierdas
        [right] tibias derechas
       *[none] tibias
    }
    [calf] { $side ->
        [left] gemelo izquierdo
        [right] gemelo derecho
       *[none] gemelo
    }
    [calves] { $side ->
        [left] gemelos izquierdos
        [right] gemelos derechos
       *[none] gemelos
    }
    [hamstring] { $side ->
        [left] isquiotibial izquierdo
        [right] isquiotibial derecho
       *[none] isquiotibial
    }
    [hamstrings] { $side ->
        [left] isquiotibiales izquierdos
        [right] isquiotibiales derechos
       *[none] isquiotibiales
    }
    [hip] { $side ->
        [left] cadera izquierda
        [right] cadera derecha
       *[none] cadera
    }
    [hips] { $side ->
        [left] caderas izquierdas
        [right] caderas derechas
       *[none] caderas
    }
    [achilles] { $side ->
        [left] tendón de Aquiles izquierdo
        [right] tendón de Aquiles derecho
       *[none] tendón de Aquiles
    }
    [foot] { $side ->
        [left] pie izquierdo
        [right] pie derecho
       *[none] pie
    }
    [feet] { $side ->
        [left] pies izquierdos
        [right] pies derechos
       *[none] pies
    }
    [heel] { $side ->
        [left] talón izquierdo
        [right] talón derecho
       *[none] talón
    }
    [heels] { $side ->
        [left] talones izquierdos
        [right] talones derechos
       *[none] talones
    }
    [arch] { $side ->
        [left] arco del pie izquierdo
        [right] arco del pie derecho
       *[none] arco del pie
    }
    [arches] { $side ->
        [left] arcos del pie izquierdos
        [right] arcos del pie derechos
       *[none] arcos del pie
    }
    [plantar] { $side ->
        [left] fascia plantar izquierda
        [right] fascia plantar derecha
       *[none] fascia plantar
    }
    [it-band] { $side ->
        [left] cintilla iliotibial izquierda
        [right] cintilla iliotibial derecha
       *[none] cintilla iliotibial
    }
    [quad] { $side ->
        [left] cuádriceps izquierdo
        [right] cuádriceps derecho
       *[none] cuádriceps
    }
    [quads] { $side ->
        [left] cuádriceps izquierdos
        [right] cuádriceps derechos
       *[none] cuádriceps
    }
    [glute] { $side ->
        [left] glúteo izquierdo
        [right] glúteo derecho
       *[none] glúteo
    }
    [glutes] { $side ->
        [left] glúteos izquierdos
        [right] glúteos derechos
       *[none] glúteos
    }
    [groin] { $side ->
        [left] ingle izquierda
        [right] ingle derecha
       *[none] ingle
    }
    [toe] { $side ->
        [left] dedo del pie izquierdo
        [right] dedo del pie derecho
       *[none] dedo del pie
    }
    [toes] { $side ->
        [left] dedos del pie izquierdos
        [right] dedos del pie derechos
       *[none] dedos del pie
    }
    [shoulder] { $side ->
        [left] hombro izquierdo
        [right] hombro derecho
       *[none] hombro
    }
    [shoulders] { $side ->
        [left] hombros izquierdos
        [right] hombros derechos
       *[none] hombros
    }
    [neck] { $side ->
        [left] cuello izquierdo
        [right] cuello derecho
       *[none] cuello
    }
    [thigh] { $side ->
        [left] muslo izquierdo
        [right] muslo derecho
       *[none] muslo
    }
    [thighs] { $side ->
        [left] muslos izquierdos
        [right] muslos derechos
       *[none] muslos
    }
    [inner-thigh] { $side ->
        [left] la parte interna del muslo izquierdo
        [right] la parte interna del muslo derecho
       *[none] la parte interna del muslo
    }
    [inner-thighs] { $side ->
        [left] la parte interna del muslo izquierdo
        [right] la parte interna del muslo derecho
       *[none] la parte interna de los muslos
    }
    [outer-thigh] { $side ->
        [left] la parte externa del muslo izquierdo
        [right] la parte externa del muslo derecho
       *[none] la parte externa del muslo
    }
    [outer-thighs] { $side ->
        [left] la parte externa del muslo izquierdo
        [right] la parte externa del muslo derecho
       *[none] la parte externa de los muslos
    }
    [inner-knee] { $side ->
        [left] la parte interna de la rodilla izquierda
        [right] la parte interna de la rodilla derecha
       *[none] la parte interna de la rodilla
    }
    [inner-knees] { $side ->
        [left] la parte interna de la rodilla izquierda
        [right] la parte interna de la rodilla derecha
       *[none] la parte interna de las rodillas
    }
    [outer-knee] { $side ->
        [left] la parte externa de la rodilla izquierda
        [right] la parte externa de la rodilla derecha
       *[none] la parte externa de la rodilla
    }
    [outer-knees] { $side ->
        [left] la parte externa de la rodilla izquierda
        [right] la parte externa de la rodilla derecha
       *[none] la parte externa de las rodillas
    }
    [hip-flexor] { $side ->
        [left] flexor de cadera izquierdo
        [right] flexor de cadera derecho
       *[none] flexor de cadera
    }
    [hip-flexors] { $side ->
        [left] flexores de cadera izquierdos
        [right] flexores de cadera derechos
       *[none] flexores de cadera
    }
    [adductor] { $side ->
        [left] aductor izquierdo
        [right] aductor derecho
       *[none] aductor
    }
    [adductors] { $side ->
        [left] aductores izquierdos
        [right] aductores derechos
       *[none] aductores
    }
    [piriformis] { $side ->
        [left] piriforme izquierdo
        [right] piriforme derecho
       *[none] piriforme
    }
    [chest] { $side ->
        [left] pecho izquierdo
        [right] pecho derecho
       *[none] pecho
    }
    [side-stitch] { $side ->
        [left] flato izquierdo
        [right] flato derecho
       *[none] flato
    }
    [soleus] { $side ->
        [left] sóleo izquierdo
        [right] sóleo derecho
       *[none] sóleo
    }
    [tendon] { $side ->
        [left] tendón izquierdo
        [right] tendón derecho
       *[none] tendón
    }
    [tendons] { $side ->
        [left] tendones izquierdos
        [right] tendones derechos
       *[none] tendones
    }
    [back] { $side ->
        [left] espalda izquierda
        [right] espalda derecha
       *[none] espalda
    }
    [lower-back] { $side ->
        [left] zona lumbar izquierda
        [right] zona lumbar derecha
       *[none] zona lumbar
    }
    [upper-back] { $side ->
        [left] parte alta de la espalda izquierda
        [right] parte alta de la espalda derecha
       *[none] parte alta de la espalda
    }
   *[other] { $raw }
}
