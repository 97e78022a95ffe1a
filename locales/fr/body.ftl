# Les parties du corps où ça fait mal, comme les nomment coureurs et kinés (src/messages/body.ts).

body-part = { $part ->
    [knee] { $side ->
        [left] genou gauche
        [right] genou droit
       *[none] genou
    }
    [knees] { $side ->
        [left] genoux gauches
        [right] genoux droits
       *[none] genoux
    }
    [ankle] { $side ->
        [left] cheville gauche
        [right] cheville droite
       *[none] cheville
    }
    [ankles] { $side ->
        [left] chevilles gauches
        [right] chevilles droites
       *[none] chevilles
    }
    [shin] { $side ->
        [left] tibia gauche
        [right] tibia droit
       *[none] tibia
    }
    [shins] { $side ->
        [left] tibias gauches
        [right] tibias droits
       *[none] tibias
    }
    [calf] { $side ->
        [left] mollet gauche
        [right] mollet droit
       *[none] mollet
    }
    [calves] { $side ->
        [left] mollets gauches
        [right] mollets droits
       *[none] mollets
    }
    [hamstring] { $side ->
        [left] ischio-jambier gauche
        [right] ischio-jambier droit
       *[none] ischio-jambier
    }
    [hamstrings] { $side ->
        [left] ischio-jambiers gauches
        [right] ischio-jambiers droits
       *[none] ischio-jambiers
    }
    [hip] { $side ->
        [left] hanche gauche
        [right] hanche droite
       *[none] hanche
    }
    [hips] { $side ->
        [left] hanches gauches
        [right] hanches droites
       *[none] hanches
    }
    [achilles] { $side ->
        [left] tendon d’Achille gauche
        [right] tendon d’Achille droit
       *[none] tendon d’Achille
    }
    [foot] { $side ->
        [left] pied gauche
        [right] pied droit
       *[none] pied
    }
    [feet] { $side ->
        [left] pieds gauches
        [right] pieds droits
       *[none] pieds
    }
    [heel] { $side ->
        [left] talon gauche
        [right] talon droit
       *[none] talon
    }
    [heels] { $side ->
        [left] talons gauches
        [right] talons droits
       *[none] talons
    }
    [arch] { $side ->
        [left] voûte plantaire gauche
        [right] voûte plantaire droite
       *[none] voûte plantaire
    }
    [arches] { $side ->
        [left] voûtes plantaires gauches
        [right] voûtes plantaires droites
       *[none] voûtes plantaires
    }
    [plantar] { $side ->
        [left] aponévrose plantaire gauche
        [right] aponévrose plantaire droite
       *[none] aponévrose plantaire
    }
    [it-band] { $side ->
        [left] bandelette ilio-tibiale gauche
        [right] bandelette ilio-tibiale droite
       *[none] bandelette ilio-tibiale
    }
    [quad] { $side ->
        [left] quadriceps gauche
        [right] quadriceps droit
       *[none] quadriceps
    }
    [quads] { $side ->
        [left] quadriceps gauches
        [right] quadriceps droits
       *[none] quadriceps
    }
    [glute] { $side ->
        [left] fessier gauche
        [right] fessier droit
       *[none] fessier
    }
    [glutes] { $side ->
        [left] fessiers gauches
        [right] fessiers droits
       *[none] fessiers
    }
    [groin] { $side ->
        [left] aine gauche
        [right] aine droite
       *[none] aine
    }
    [toe] { $side ->
        [left] orteil gauche
        [right] orteil droit
       *[none] orteil
    }
    [toes] { $side ->
        [left] orteils gauches
        [right] orteils droits
       *[none] orteils
    }
    [shoulder] { $side ->
        [left] épaule gauche
        [right] épaule droite
       *[none] épaule
    }
    [shoulders] { $side ->
        [left] épaules gauches
        [right] épaules droites
       *[none] épaules
    }
    [neck] { $side ->
        [left] cou gauche
        [right] cou droit
       *[none] cou
    }
    [thigh] { $side ->
        [left] cuisse gauche
        [right] cuisse droite
       *[none] cuisse
    }
    [thighs] { $side ->
        [left] cuisses gauches
        [right] cuisses droites
       *[none] cuisses
    }
    [inner-thigh] { $side ->
        [left] intérieur de la cuisse gauche
        [right] intérieur de la cuisse droite
       *[none] intérieur de la cuisse
    }
    [inner-thighs] { $side ->
        [left] intérieur de la cuisse gauche
        [right] intérieur de la cuisse droite
       *[none] intérieur des cuisses
    }
    [outer-thigh] { $side ->
        [left] extérieur de la cuisse gauche
        [right] extérieur de la cuisse droite
       *[none] extérieur de la cuisse
    }
    [outer-thighs] { $side ->
        [left] extérieur de la cuisse gauche
        [right] extérieur de la cuisse droite
       *[none] extérieur des cuisses
    }
    [inner-knee] { $side ->
        [left] intérieur du genou gauche
        [right] intérieur du genou droit
       *[none] intérieur du genou
    }
    [inner-knees] { $side ->
        [left] intérieur du genou gauche
        [right] intérieur du genou droit
       *[none] intérieur des genoux
    }
    [outer-knee] { $side ->
        [left] extérieur du genou gauche
        [right] extérieur du genou droit
       *[none] extérieur du genou
    }
    [outer-knees] { $side ->
        [left] extérieur du genou gauche
        [right] extérieur du genou droit
       *[none] extérieur des genoux
    }
    [hip-flexor] { $side ->
        [left] fléchisseur de la hanche gauche
        [right] fléchisseur de la hanche droit
       *[none] fléchisseur de la hanche
    }
    [hip-flexors] { $side ->
        [left] fléchisseurs de la hanche gauches
        [right] fléchisseurs de la hanche droits
       *[none] fléchisseurs de la hanche
    }
    [adductor] { $side ->
        [left] adducteur gauche
        [right] adducteur droit
       *[none] adducteur
    }
    [adductors] { $side ->
        [left] adducteurs gauches
        [right] adducteurs droits
       *[none] adducteurs
    }
    [piriformis] { $side ->
        [left] piriforme gauche
        [right] piriforme droit
       *[none] piriforme
    }
    [chest] { $side ->
        [left] poitrine gauche
        [right] poitrine droite
       *[none] poitrine
    }
    [side-stitch] { $side ->
        [left] point de côté gauche
        [right] point de côté droit
       *[none] point de côté
    }
    [soleus] { $side ->
        [left] soléaire gauche
        [right] soléaire droit
       *[none] soléaire
    }
    [tendon] { $side ->
        [left] tendon gauche
        [right] tendon droit
       *[none] tendon
    }
    [tendons] { $side ->
        [left] tendons gauches
        [right] tendons droits
       *[none] tendons
    }
    [back] { $side ->
        [left] dos gauche
        [right] dos droit
       *[none] dos
    }
    [lower-back] { $side ->
        [left] bas du dos gauche
        [right] bas du dos droit
       *[none] bas du dos
    }
    [upper-back] { $side ->
        [left] haut du dos gauche
        [right] haut du dos droit
       *[none] haut du dos
    }
   *[other] { $raw }
}
