# Частини тіла, де болить, як їх називають бігуни й фізіотерапевти (src/messages/body.ts).

body-part = { $part ->
    [knee] { $side ->
        [left] ліве коліно
        [right] праве коліно
       *[none] коліно
    }
    [knees] { $side ->
        [left] ліві коліна
        [right] праві коліна
       *[none] коліна
    }
    [ankle] { $side ->
        [left] лівий гомілкостоп
        [right] правий гомілкостоп
       *[none] гомілкостоп
    }
    [ankles] { $side ->
        [left] ліві гомілкостопи
        [right] праві гомілкостопи
       *[none] гомілкостопи
    }
    [shin] { $side ->
        [left] ліва гомілка
        [right] права гомілка
       *[none] гомілка
    }
    [shins] { $side ->
        [left] ліві гомілки
        [right] праві гомілки
       *[none] гомілки
    }
    [calf] { $side ->
        [left] ліва литка
        [right] права литка
       *[none] литка
    }
    [calves] { $side ->
        [left] ліві литки
        [right] праві литки
       *[none] литки
    }
    [hamstring] { $side ->
        [left] лівий біцепс стегна
        [right] правий біцепс стегна
       *[none] біцепс стегна
    }
    [hamstrings] { $side ->
        [left] ліві біцепси стегна
        [right] праві біцепси стегна
       *[none] біцепси стегна
    }
    [hip] { $side ->
        [left] лівий кульшовий суглоб
        [right] правий кульшовий суглоб
       *[none] кульшовий суглоб
    }
    [hips] { $side ->
        [left] ліві кульшові суглоби
        [right] праві кульшові суглоби
       *[none] кульшові суглоби
    }
    [achilles] { $side ->
        [left] лівий ахілл
        [right] правий ахілл
       *[none] ахілл
    }
    [foot] { $side ->
        [left] ліва стопа
        [right] права стопа
       *[none] стопа
    }
    [feet] { $side ->
        [left] ліві стопи
        [right] праві стопи
       *[none] стопи
    }
    [heel] { $side ->
        [left] ліва пʼята
        [right] права пʼята
       *[none] пʼята
    }
    [heels] { $side ->
        [left] ліві пʼяти
        [right] праві пʼяти
       *[none] пʼяти
    }
    [arch] { $side ->
        [left] ліве склепіння стопи
        [right] праве склепіння стопи
       *[none] склепіння стопи
    }
    [arches] { $side ->
        [left] ліві склепіння стоп
        [right] праві склепіння стоп
       *[none] склепіння стоп
    }
    [plantar] { $side ->
        [left] ліва підошовна фасція
        [right] права підошовна фасція
       *[none] підошовна фасція
    }
    [it-band] { $side ->
        [left] лівий іліотибіальний тракт
        [right] правий іліотибіальний тракт
       *[none] іліотибіальний тракт
    }
    [quad] { $side ->
        [left] лівий квадрицепс
        [right] правий квадрицепс
       *[none] квадрицепс
    }
    [quads] { $side ->
        [left] ліві квадрицепси
        [right] праві квадрицепси
       *[none] квадрицепси
    }
    [glute] { $side ->
        [left] ліва сідниця
        [right] права сідниця
       *[none] сідниця
    }
    [glutes] { $side ->
        [left] ліві сідниці
        [right] праві сідниці
       *[none] сідниці
    }
    [groin] { $side ->
        [left] лівий пах
        [right] правий пах
       *[none] пах
    }
    [toe] { $side ->
        [left] лівий палець ноги
        [right] правий палець ноги
       *[none] палець ноги
    }
    [toes] { $side ->
        [left] ліві пальці ніг
        [right] праві пальці ніг
       *[none] пальці ніг
    }
    [shoulder] { $side ->
        [left] ліве плече
        [right] праве плече
       *[none] плече
    }
    [shoulders] { $side ->
        [left] ліві плечі
        [right] праві плечі
       *[none] плечі
    }
    [neck] { $side ->
        [left] ліва шия
        [right] права шия
       *[none] шия
    }
    [thigh] { $side ->
        [left] ліве стегно
        [right] праве стегно
       *[none] стегно
    }
    [thighs] { $side ->
        [left] ліві стегна
        [right] праві стегна
       *[none] стегна
    }
    [hip-flexor] { $side ->
        [left] лівий згинач стегна
        [right] правий згинач стегна
       *[none] згинач стегна
    }
    [hip-flexors] { $side ->
        [left] ліві згиначі стегна
        [right] праві згиначі стегна
       *[none] згиначі стегна
    }
    [adductor] { $side ->
        [left] лівий привідний мʼяз
        [right] правий привідний мʼяз
       *[none] привідний мʼяз
    }
    [adductors] { $side ->
        [left] ліві привідні мʼязи
        [right] праві привідні мʼязи
       *[none] привідні мʼязи
    }
    [piriformis] { $side ->
        [left] лівий грушоподібний мʼяз
        [right] правий грушоподібний мʼяз
       *[none] грушоподібний мʼяз
    }
    [chest] { $side ->
        [left] ліві груди
        [right] праві груди
       *[none] груди
    }
    [side-stitch] { $side ->
        [left] ліва колька в боці
        [right] права колька в боці
       *[none] колька в боці
    }
    [soleus] { $side ->
        [left] лівий камбалоподібний мʼяз
        [right] правий камбалоподібний мʼяз
       *[none] камбалоподібний мʼяз
    }
    [tendon] { $side ->
        [left] ліве сухожилля
        [right] праве сухожилля
       *[none] сухожилля
    }
    [tendons] { $side ->
        [left] ліві сухожилля
        [right] праві сухожилля
       *[none] сухожилля
    }
    [back] { $side ->
        [left] ліва спина
        [right] права спина
       *[none] спина
    }
    [lower-back] { $side ->
        [left] лівий поперек
        [right] правий поперек
       *[none] поперек
    }
    [upper-back] { $side ->
        [left] лівий верх спини
        [right] правий верх спини
       *[none] верх спини
    }
   *[other] { $raw }
}
