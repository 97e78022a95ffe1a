# Части тела, где болит, как их называют бегуны и физиотерапевты (src/messages/body.ts).

body-part = { $part ->
    [knee] { $side ->
        [left] левое колено
        [right] правое колено
       *[none] колено
    }
    [knees] { $side ->
        [left] левые колени
        [right] правые колени
       *[none] колени
    }
    [ankle] { $side ->
        [left] левый голеностоп
        [right] правый голеностоп
       *[none] голеностоп
    }
    [ankles] { $side ->
        [left] левые голеностопы
        [right] правые голеностопы
       *[none] голеностопы
    }
    [shin] { $side ->
        [left] левая голень
        [right] правая голень
       *[none] голень
    }
    [shins] { $side ->
        [left] левые голени
        [right] правые голени
       *[none] голени
    }
    [calf] { $side ->
        [left] левая икра
        [right] правая икра
       *[none] икра
    }
    [calves] { $side ->
        [left] левые икры
        [right] правые икры
       *[none] икры
    }
    [hamstring] { $side ->
        [left] левый бицепс бедра
        [right] правый бицепс бедра
       *[none] бицепс бедра
    }
    [hamstrings] { $side ->
        [left] левые бицепсы бедра
        [right] правые бицепсы бедра
       *[none] бицепсы бедра
    }
    [hip] { $side ->
        [left] левый тазобедренный сустав
        [right] правый тазобедренный сустав
       *[none] тазобедренный сустав
    }
    [hips] { $side ->
        [left] левые тазобедренные суставы
        [right] правые тазобедренные суставы
       *[none] тазобедренные суставы
    }
    [achilles] { $side ->
        [left] левый ахилл
        [right] правый ахилл
       *[none] ахилл
    }
    [foot] { $side ->
        [left] левая стопа
        [right] правая стопа
       *[none] стопа
    }
    [feet] { $side ->
        [left] левые стопы
        [right] правые стопы
       *[none] стопы
    }
    [heel] { $side ->
        [left] левая пятка
        [right] правая пятка
       *[none] пятка
    }
    [heels] { $side ->
        [left] левые пятки
        [right] правые пятки
       *[none] пятки
    }
    [arch] { $side ->
        [left] левый свод стопы
        [right] правый свод стопы
       *[none] свод стопы
    }
    [arches] { $side ->
        [left] левые своды стоп
        [right] правые своды стоп
       *[none] своды стоп
    }
    [plantar] { $side ->
        [left] левая подошвенная фасция
        [right] правая подошвенная фасция
       *[none] подошвенная фасция
    }
    [it-band] { $side ->
        [left] левый илиотибиальный тракт
        [right] правый илиотибиальный тракт
       *[none] илиотибиальный тракт
    }
    [quad] { $side ->
        [left] левый квадрицепс
        [right] правый квадрицепс
       *[none] квадрицепс
    }
    [quads] { $side ->
        [left] левые квадрицепсы
        [right] правые квадрицепсы
       *[none] квадрицепсы
    }
    [glute] { $side ->
        [left] левая ягодица
        [right] правая ягодица
       *[none] ягодица
    }
    [glutes] { $side ->
        [left] левые ягодицы
        [right] правые ягодицы
       *[none] ягодицы
    }
    [groin] { $side ->
        [left] левый пах
        [right] правый пах
       *[none] пах
    }
    [toe] { $side ->
        [left] левый палец ноги
        [right] правый палец ноги
       *[none] палец ноги
    }
    [toes] { $side ->
        [left] левые пальцы ног
        [right] правые пальцы ног
       *[none] пальцы ног
    }
    [shoulder] { $side ->
        [left] левое плечо
        [right] правое плечо
       *[none] плечо
    }
    [shoulders] { $side ->
        [left] левые плечи
        [right] правые плечи
       *[none] плечи
    }
    [neck] { $side ->
        [left] левая шея
        [right] правая шея
       *[none] шея
    }
    [thigh] { $side ->
        [left] левое бедро
        [right] правое бедро
       *[none] бедро
    }
    [thighs] { $side ->
        [left] левые бёдра
        [right] правые бёдра
       *[none] бёдра
    }
    [hip-flexor] { $side ->
        [left] левый сгибатель бедра
        [right] правый сгибатель бедра
       *[none] сгибатель бедра
    }
    [hip-flexors] { $side ->
        [left] левые сгибатели бедра
        [right] правые сгибатели бедра
       *[none] сгибатели бедра
    }
    [adductor] { $side ->
        [left] левая приводящая мышца
        [right] правая приводящая мышца
       *[none] приводящая мышца
    }
    [adductors] { $side ->
        [left] левые приводящие мышцы
        [right] правые приводящие мышцы
       *[none] приводящие мышцы
    }
    [piriformis] { $side ->
        [left] левая грушевидная мышца
        [right] правая грушевидная мышца
       *[none] грушевидная мышца
    }
    [chest] { $side ->
        [left] левая грудь
        [right] правая грудь
       *[none] грудь
    }
    [side-stitch] { $side ->
        [left] левая колика в боку
        [right] правая колика в боку
       *[none] колика в боку
    }
    [soleus] { $side ->
        [left] левая камбаловидная мышца
        [right] правая камбаловидная мышца
       *[none] камбаловидная мышца
    }
    [tendon] { $side ->
        [left] левое сухожилие
        [right] правое сухожилие
       *[none] сухожилие
    }
    [tendons] { $side ->
        [left] левые сухожилия
        [right] правые сухожилия
       *[none] сухожилия
    }
    [back] { $side ->
        [left] левая спина
        [right] правая спина
       *[none] спина
    }
    [lower-back] { $side ->
        [left] левая поясница
        [right] правая поясница
       *[none] поясница
    }
    [upper-back] { $side ->
        [left] левый верх спины
        [right] правый верх спины
       *[none] верх спины
    }
   *[other] { $raw }
}
