# Le parti del corpo dove fa male, come le chiamano runner e fisioterapisti (src/messages/body.ts).

body-part = { $part ->
    [knee] { $side ->
        [left] ginocchio sinistro
        [right] ginocchio destro
       *[none] ginocchio
    }
    [knees] { $side ->
        [left] ginocchia sinistre
        [right] ginocchia destre
       *[none] ginocchia
    }
    [ankle] { $side ->
        [left] caviglia sinistra
        [right] caviglia destra
       *[none] caviglia
    }
    [ankles] { $side ->
        [left] caviglie sinistre
        [right] caviglie destre
       *[none] caviglie
    }
    [shin] { $side ->
        [left] tibia sinistra
        [right] tibia destra
       *[none] tibia
    }
    [shins] { $side ->
        [left] tibie sinistre
        [right] tibie destre
       *[none] tibie
    }
    [calf] { $side ->
        [left] polpaccio sinistro
        [right] polpaccio destro
       *[none] polpaccio
    }
    [calves] { $side ->
        [left] polpacci sinistri
        [right] polpacci destri
       *[none] polpacci
    }
    [hamstring] { $side ->
        [left] bicipite femorale sinistro
        [right] bicipite femorale destro
       *[none] bicipite femorale
    }
    [hamstrings] { $side ->
        [left] bicipiti femorali sinistri
        [right] bicipiti femorali destri
       *[none] bicipiti femorali
    }
    [hip] { $side ->
        [left] anca sinistra
        [right] anca destra
       *[none] anca
    }
    [hips] { $side ->
        [left] anche sinistre
        [right] anche destre
       *[none] anche
    }
    [achilles] { $side ->
        [left] tendine d’Achille sinistro
        [right] tendine d’Achille destro
       *[none] tendine d’Achille
    }
    [foot] { $side ->
        [left] piede sinistro
        [right] piede destro
       *[none] piede
    }
    [feet] { $side ->
        [left] piedi sinistri
        [right] piedi destri
       *[none] piedi
    }
    [heel] { $side ->
        [left] tallone sinistro
        [right] tallone destro
       *[none] tallone
    }
    [heels] { $side ->
        [left] talloni sinistri
        [right] talloni destri
       *[none] talloni
    }
    [arch] { $side ->
        [left] arco plantare sinistro
        [right] arco plantare destro
       *[none] arco plantare
    }
    [arches] { $side ->
        [left] archi plantari sinistri
        [right] archi plantari destri
       *[none] archi plantari
    }
    [plantar] { $side ->
        [left] fascia plantare sinistra
        [right] fascia plantare destra
       *[none] fascia plantare
    }
    [it-band] { $side ->
        [left] bandelletta ileotibiale sinistra
        [right] bandelletta ileotibiale destra
       *[none] bandelletta ileotibiale
    }
    [quad] { $side ->
        [left] quadricipite sinistro
        [right] quadricipite destro
       *[none] quadricipite
    }
    [quads] { $side ->
        [left] quadricipiti sinistri
        [right] quadricipiti destri
       *[none] quadricipiti
    }
    [glute] { $side ->
        [left] gluteo sinistro
        [right] gluteo destro
       *[none] gluteo
    }
    [glutes] { $side ->
        [left] glutei sinistri
        [right] glutei destri
       *[none] glutei
    }
    [groin] { $side ->
        [left] inguine sinistro
        [right] inguine destro
       *[none] inguine
    }
    [toe] { $side ->
        [left] dito del piede sinistro
        [right] dito del piede destro
       *[none] dito del piede
    }
    [toes] { $side ->
        [left] dita del piede sinistre
        [right] dita del piede destre
       *[none] dita del piede
    }
    [shoulder] { $side ->
        [left] spalla sinistra
        [right] spalla destra
       *[none] spalla
    }
    [shoulders] { $side ->
        [left] spalle sinistre
        [right] spalle destre
       *[none] spalle
    }
    [neck] { $side ->
        [left] collo sinistro
        [right] collo destro
       *[none] collo
    }
    [thigh] { $side ->
        [left] coscia sinistra
        [right] coscia destra
       *[none] coscia
    }
    [thighs] { $side ->
        [left] cosce sinistre
        [right] cosce destre
       *[none] cosce
    }
    [inner-thigh] { $side ->
        [left] interno della coscia sinistra
        [right] interno della coscia destra
       *[none] interno coscia
    }
    [inner-thighs] { $side ->
        [left] interno della coscia sinistra
        [right] interno della coscia destra
       *[none] interno cosce
    }
    [outer-thigh] { $side ->
        [left] esterno della coscia sinistra
        [right] esterno della coscia destra
       *[none] esterno coscia
    }
    [outer-thighs] { $side ->
        [left] esterno della coscia sinistra
        [right] esterno della coscia destra
       *[none] esterno cosce
    }
    [inner-knee] { $side ->
        [left] parte interna del ginocchio sinistro
        [right] parte interna del ginocchio destro
       *[none] parte interna del ginocchio
    }
    [inner-knees] { $side ->
        [left] parte interna del ginocchio sinistro
        [right] parte interna del ginocchio destro
       *[none] parte interna delle ginocchia
    }
    [outer-knee] { $side ->
        [left] parte esterna del ginocchio sinistro
        [right] parte esterna del ginocchio destro
       *[none] parte esterna del ginocchio
    }
    [outer-knees] { $side ->
        [left] parte esterna del ginocchio sinistro
        [right] parte esterna del ginocchio destro
       *[none] parte esterna delle ginocchia
    }
    [hip-flexor] { $side ->
        [left] flessore dell’anca sinistro
        [right] flessore dell’anca destro
       *[none] flessore dell’anca
    }
    [hip-flexors] { $side ->
        [left] flessori dell’anca sinistri
        [right] flessori dell’anca destri
       *[none] flessori dell’anca
    }
    [adductor] { $side ->
        [left] adduttore sinistro
        [right] adduttore destro
       *[none] adduttore
    }
    [adductors] { $side ->
        [left] adduttori sinistri
        [right] adduttori destri
       *[none] adduttori
    }
    [piriformis] { $side ->
        [left] piriforme sinistro
        [right] piriforme destro
       *[none] piriforme
    }
    [chest] { $side ->
        [left] petto sinistro
        [right] petto destro
       *[none] petto
    }
    [side-stitch] { $side ->
        [left] fitta al fianco sinistra
        [right] fitta al fianco destra
       *[none] fitta al fianco
    }
    [soleus] { $side ->
        [left] soleo sinistro
        [right] soleo destro
       *[none] soleo
    }
    [tendon] { $side ->
        [left] tendine sinistro
        [right] tendine destro
       *[none] tendine
    }
    [tendons] { $side ->
        [left] tendini sinistri
        [right] tendini destri
       *[none] tendini
    }
    [back] { $side ->
        [left] schiena sinistra
        [right] schiena destra
       *[none] schiena
    }
    [lower-back] { $side ->
        [left] zona lombare sinistra
        [right] zona lombare destra
       *[none] zona lombare
    }
    [upper-back] { $side ->
        [left] parte alta della schiena sinistra
        [right] parte alta della schiena destra
       *[none] parte alta della schiena
    }
   *[other] { $raw }
}
