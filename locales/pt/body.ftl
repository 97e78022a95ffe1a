# Partes do corpo onde dói, como lhes chamam corredores e fisioterapeutas (src/messages/body.ts).

body-part = { $part ->
    [knee] { $side ->
        [left] joelho esquerdo
        [right] joelho direito
       *[none] joelho
    }
    [knees] { $side ->
        [left] joelhos esquerdos
        [right] joelhos direitos
       *[none] joelhos
    }
    [ankle] { $side ->
        [left] tornozelo esquerdo
        [right] tornozelo direito
       *[none] tornozelo
    }
    [ankles] { $side ->
        [left] tornozelos esquerdos
        [right] tornozelos direitos
       *[none] tornozelos
    }
    [shin] { $side ->
        [left] canela esquerda
        [right] canela direita
       *[none] canela
    }
    [shins] { $side ->
        [left] canelas esquerdas
        [right] canelas direitas
       *[none] canelas
    }
    [calf] { $side ->
        [left] gémeo esquerdo
        [right] gémeo direito
       *[none] gémeo
    }
    [calves] { $side ->
        [left] gémeos esquerdos
        [right] gémeos direitos
       *[none] gémeos
    }
    [hamstring] { $side ->
        [left] isquiotibial esquerdo
        [right] isquiotibial direito
       *[none] isquiotibial
    }
    [hamstrings] { $side ->
        [left] isquiotibiais esquerdos
        [right] isquiotibiais direitos
       *[none] isquiotibiais
    }
    [hip] { $side ->
        [left] anca esquerda
        [right] anca direita
       *[none] anca
    }
    [hips] { $side ->
        [left] ancas esquerdas
        [right] ancas direitas
       *[none] ancas
    }
    [achilles] { $side ->
        [left] tendão de Aquiles esquerdo
        [right] tendão de Aquiles direito
       *[none] tendão de Aquiles
    }
    [foot] { $side ->
        [left] pé esquerdo
        [right] pé direito
       *[none] pé
    }
    [feet] { $side ->
        [left] pés esquerdos
        [right] pés direitos
       *[none] pés
    }
    [heel] { $side ->
        [left] calcanhar esquerdo
        [right] calcanhar direito
       *[none] calcanhar
    }
    [heels] { $side ->
        [left] calcanhares esquerdos
        [right] calcanhares direitos
       *[none] calcanhares
    }
    [arch] { $side ->
        [left] arco do pé esquerdo
        [right] arco do pé direito
       *[none] arco do pé
    }
    [arches] { $side ->
        [left] arcos do pé esquerdos
        [right] arcos do pé direitos
       *[none] arcos do pé
    }
    [plantar] { $side ->
        [left] fáscia plantar esquerda
        [right] fáscia plantar direita
       *[none] fáscia plantar
    }
    [it-band] { $side ->
        [left] banda iliotibial esquerda
        [right] banda iliotibial direita
       *[none] banda iliotibial
    }
    [quad] { $side ->
        [left] quadricípite esquerdo
        [right] quadricípite direito
       *[none] quadricípite
    }
    [quads] { $side ->
        [left] quadricípites esquerdos
        [right] quadricípites direitos
       *[none] quadricípites
    }
    [glute] { $side ->
        [left] glúteo esquerdo
        [right] glúteo direito
       *[none] glúteo
    }
    [glutes] { $side ->
        [left] glúteos esquerdos
        [right] glúteos direitos
       *[none] glúteos
    }
    [groin] { $side ->
        [left] virilha esquerda
        [right] virilha direita
       *[none] virilha
    }
    [toe] { $side ->
        [left] dedo do pé esquerdo
        [right] dedo do pé direito
       *[none] dedo do pé
    }
    [toes] { $side ->
        [left] dedos do pé esquerdos
        [right] dedos do pé direitos
       *[none] dedos do pé
    }
    [shoulder] { $side ->
        [left] ombro esquerdo
        [right] ombro direito
       *[none] ombro
    }
    [shoulders] { $side ->
        [left] ombros esquerdos
        [right] ombros direitos
       *[none] ombros
    }
    [neck] { $side ->
        [left] pescoço esquerdo
        [right] pescoço direito
       *[none] pescoço
    }
    [thigh] { $side ->
        [left] coxa esquerda
        [right] coxa direita
       *[none] coxa
    }
    [thighs] { $side ->
        [left] coxas esquerdas
        [right] coxas direitas
       *[none] coxas
    }
    [inner-thigh] { $side ->
        [left] parte interna da coxa esquerda
        [right] parte interna da coxa direita
       *[none] parte interna da coxa
    }
    [inner-thighs] { $side ->
        [left] parte interna da coxa esquerda
        [right] parte interna da coxa direita
       *[none] parte interna das coxas
    }
    [outer-thigh] { $side ->
        [left] parte externa da coxa esquerda
        [right] parte externa da coxa direita
       *[none] parte externa da coxa
    }
    [outer-thighs] { $side ->
        [left] parte externa da coxa esquerda
        [right] parte externa da coxa direita
       *[none] parte externa das coxas
    }
    [inner-knee] { $side ->
        [left] parte interna do joelho esquerdo
        [right] parte interna do joelho direito
       *[none] parte interna do joelho
    }
    [inner-knees] { $side ->
        [left] parte interna do joelho esquerdo
        [right] parte interna do joelho direito
       *[none] parte interna dos joelhos
    }
    [outer-knee] { $side ->
        [left] parte externa do joelho esquerdo
        [right] parte externa do joelho direito
       *[none] parte externa do joelho
    }
    [outer-knees] { $side ->
        [left] parte externa do joelho esquerdo
        [right] parte externa do joelho direito
       *[none] parte externa dos joelhos
    }
    [hip-flexor] { $side ->
        [left] flexor da anca esquerdo
        [right] flexor da anca direito
       *[none] flexor da anca
    }
    [hip-flexors] { $side ->
        [left] flexores da anca esquerdos
        [right] flexores da anca direitos
       *[none] flexores da anca
    }
    [adductor] { $side ->
        [left] adutor esquerdo
        [right] adutor direito
       *[none] adutor
    }
    [adductors] { $side ->
        [left] adutores esquerdos
        [right] adutores direitos
       *[none] adutores
    }
    [piriformis] { $side ->
        [left] piriforme esquerdo
        [right] piriforme direito
       *[none] piriforme
    }
    [chest] { $side ->
        [left] peito esquerdo
        [right] peito direito
       *[none] peito
    }
    [side-stitch] { $side ->
        [left] pontada no lado esquerda
        [right] pontada no lado direita
       *[none] pontada no lado
    }
    [soleus] { $side ->
        [left] sóleo esquerdo
        [right] sóleo direito
       *[none] sóleo
    }
    [tendon] { $side ->
        [left] tendão esquerdo
        [right] tendão direito
       *[none] tendão
    }
    [tendons] { $side ->
        [left] tendões esquerdos
        [right] tendões direitos
       *[none] tendões
    }
    [back] { $side ->
        [left] costas esquerdas
        [right] costas direitas
       *[none] costas
    }
    [lower-back] { $side ->
        [left] zona lombar esquerda
        [right] zona lombar direita
       *[none] zona lombar
    }
    [upper-back] { $side ->
        [left] parte de cima das costas esquerda
        [right] parte de cima das costas direita
       *[none] parte de cima das costas
    }
   *[other] { $raw }
}
