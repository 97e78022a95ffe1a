# Body parts where it hurts, as runners and physios name them (src/messages/body.ts). $part is the canonical part
# (plural ids for plurals), $side left/right/none, $raw the runner's own words for anything else.

body-part = { $part ->
    [knee] { $side ->
        [left] left knee
        [right] right knee
       *[none] knee
    }
    [knees] { $side ->
        [left] left knees
        [right] right knees
       *[none] knees
    }
    [ankle] { $side ->
        [left] left ankle
        [right] right ankle
       *[none] ankle
    }
    [ankles] { $side ->
        [left] left ankles
        [right] right ankles
       *[none] ankles
    }
    [shin] { $side ->
        [left] left shin
        [right] right shin
       *[none] shin
    }
    [shins] { $side ->
        [left] left shins
        [right] right shins
       *[none] shins
    }
    [calf] { $side ->
        [left] left calf
        [right] right calf
       *[none] calf
    }
    [calves] { $side ->
        [left] left calves
        [right] right calves
       *[none] calves
    }
    [hamstring] { $side ->
        [left] left hamstring
        [right] right hamstring
       *[none] hamstring
    }
    [hamstrings] { $side ->
        [left] left hamstrings
        [right] right hamstrings
       *[none] hamstrings
    }
    [hip] { $side ->
        [left] left hip
        [right] right hip
       *[none] hip
    }
    [hips] { $side ->
        [left] left hips
        [right] right hips
       *[none] hips
    }
    [achilles] { $side ->
        [left] left achilles
        [right] right achilles
       *[none] achilles
    }
    [foot] { $side ->
        [left] left foot
        [right] right foot
       *[none] foot
    }
    [feet] { $side ->
        [left] left feet
        [right] right feet
       *[none] feet
    }
    [heel] { $side ->
        [left] left heel
        [right] right heel
       *[none] heel
    }
    [heels] { $side ->
        [left] left heels
        [right] right heels
       *[none] heels
    }
    [arch] { $side ->
        [left] left arch
        [right] right arch
       *[none] arch
    }
    [arches] { $side ->
        [left] left arches
        [right] right arches
       *[none] arches
    }
    [plantar] { $side ->
        [left] left plantar
        [right] right plantar
       *[none] plantar
    }
    [it-band] { $side ->
        [left] left IT band
        [right] right IT band
       *[none] IT band
    }
    [quad] { $side ->
        [left] left quad
        [right] right quad
       *[none] quad
    }
    [quads] { $side ->
        [left] left quads
        [right] right quads
       *[none] quads
    }
    [glute] { $side ->
        [left] left glute
        [right] right glute
       *[none] glute
    }
    [glutes] { $side ->
        [left] left glutes
        [right] right glutes
       *[none] glutes
    }
    [groin] { $side ->
        [left] left groin
        [right] right groin
       *[none] groin
    }
    [toe] { $side ->
        [left] left toe
        [right] right toe
       *[none] toe
    }
    [toes] { $side ->
        [left] left toes
        [right] right toes
       *[none] toes
    }
    [shoulder] { $side ->
        [left] left shoulder
        [right] right shoulder
       *[none] shoulder
    }
    [shoulders] { $side ->
        [left] left shoulders
        [right] right shoulders
       *[none] shoulders
    }
    [neck] { $side ->
        [left] left neck
        [right] right neck
       *[none] neck
    }
    [thigh] { $side ->
        [left] left thigh
        [right] right thigh
       *[none] thigh
    }
    [thighs] { $side ->
        [left] left thighs
        [right] right thighs
       *[none] thighs
    }
    [inner-thigh] { $side ->
        [left] left inner thigh
        [right] right inner thigh
       *[none] inner thigh
    }
    [inner-thighs] { $side ->
        [left] left inner thigh
        [right] right inner thigh
       *[none] inner thighs
    }
    [outer-thigh] { $side ->
        [left] left outer thigh
        [right] right outer thigh
       *[none] outer thigh
    }
    [outer-thighs] { $side ->
        [left] left outer thigh
        [right] right outer thigh
       *[none] outer thighs
    }
    [inner-knee] { $side ->
        [left] inside of the left knee
        [right] inside of the right knee
       *[none] inside of the knee
    }
    [inner-knees] { $side ->
        [left] inside of the left knee
        [right] inside of the right knee
       *[none] inside of the knees
    }
    [outer-knee] { $side ->
        [left] outside of the left knee
        [right] outside of the right knee
       *[none] outside of the knee
    }
    [outer-knees] { $side ->
        [left] outside of the left knee
        [right] outside of the right knee
       *[none] outside of the knees
    }
    [hip-flexor] { $side ->
        [left] left hip flexor
        [right] right hip flexor
       *[none] hip flexor
    }
    [hip-flexors] { $side ->
        [left] left hip flexors
        [right] right hip flexors
       *[none] hip flexors
    }
    [adductor] { $side ->
        [left] left adductor
        [right] right adductor
       *[none] adductor
    }
    [adductors] { $side ->
        [left] left adductors
        [right] right adductors
       *[none] adductors
    }
    [piriformis] { $side ->
        [left] left piriformis
        [right] right piriformis
       *[none] piriformis
    }
    [chest] { $side ->
        [left] left chest
        [right] right chest
       *[none] chest
    }
    [side-stitch] { $side ->
        [left] left side stitch
        [right] right side stitch
       *[none] side stitch
    }
    [soleus] { $side ->
        [left] left soleus
        [right] right soleus
       *[none] soleus
    }
    [tendon] { $side ->
        [left] left tendon
        [right] right tendon
       *[none] tendon
    }
    [tendons] { $side ->
        [left] left tendons
        [right] right tendons
       *[none] tendons
    }
    [back] { $side ->
        [left] left back
        [right] right back
       *[none] back
    }
    [lower-back] { $side ->
        [left] left lower back
        [right] right lower back
       *[none] lower back
    }
    [upper-back] { $side ->
        [left] left upper back
        [right] right upper back
       *[none] upper back
    }
   *[other] { $raw }
}
