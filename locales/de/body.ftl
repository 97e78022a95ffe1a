# Körperstellen, an denen es wehtut, wie Läufer und Physios sie nennen (src/messages/body.ts).

body-part = { $part ->
    [knee] { $side ->
        [left] linkes Knie
        [right] rechtes Knie
       *[none] Knie
    }
    [knees] { $side ->
        [left] linke Knie
        [right] rechte Knie
       *[none] Knie
    }
    [ankle] { $side ->
        [left] linkes Sprunggelenk
        [right] rechtes Sprunggelenk
       *[none] Sprunggelenk
    }
    [ankles] { $side ->
        [left] linke Sprunggelenke
        [right] rechte Sprunggelenke
       *[none] Sprunggelenke
    }
    [shin] { $side ->
        [left] linkes Schienbein
        [right] rechtes Schienbein
       *[none] Schienbein
    }
    [shins] { $side ->
        [left] linke Schienbeine
        [right] rechte Schienbeine
       *[none] Schienbeine
    }
    [calf] { $side ->
        [left] linke Wade
        [right] rechte Wade
       *[none] Wade
    }
    [calves] { $side ->
        [left] linke Waden
        [right] rechte Waden
       *[none] Waden
    }
    [hamstring] { $side ->
        [left] linker Beinbeuger
        [right] rechter Beinbeuger
       *[none] Beinbeuger
    }
    [hamstrings] { $side ->
        [left] linke Beinbeuger
        [right] rechte Beinbeuger
       *[none] Beinbeuger
    }
    [hip] { $side ->
        [left] linke Hüfte
        [right] rechte Hüfte
       *[none] Hüfte
    }
    [hips] { $side ->
        [left] linke Hüften
        [right] rechte Hüften
       *[none] Hüften
    }
    [achilles] { $side ->
        [left] linke Achillessehne
        [right] rechte Achillessehne
       *[none] Achillessehne
    }
    [foot] { $side ->
        [left] linker Fuß
        [right] rechter Fuß
       *[none] Fuß
    }
    [feet] { $side ->
        [left] linke Füße
        [right] rechte Füße
       *[none] Füße
    }
    [heel] { $side ->
        [left] linke Ferse
        [right] rechte Ferse
       *[none] Ferse
    }
    [heels] { $side ->
        [left] linke Fersen
        [right] rechte Fersen
       *[none] Fersen
    }
    [arch] { $side ->
        [left] linkes Fußgewölbe
        [right] rechtes Fußgewölbe
       *[none] Fußgewölbe
    }
    [arches] { $side ->
        [left] linke Fußgewölbe
        [right] rechte Fußgewölbe
       *[none] Fußgewölbe
    }
    [plantar] { $side ->
        [left] linke Plantarfaszie
        [right] rechte Plantarfaszie
       *[none] Plantarfaszie
    }
    [it-band] { $side ->
        [left] linker Tractus iliotibialis
        [right] rechter Tractus iliotibialis
       *[none] Tractus iliotibialis
    }
    [quad] { $side ->
        [left] linker Quadrizeps
        [right] rechter Quadrizeps
       *[none] Quadrizeps
    }
    [quads] { $side ->
        [left] linke Quadrizepse
        [right] rechte Quadrizepse
       *[none] Quadrizepse
    }
    [glute] { $side ->
        [left] linker Gesäßmuskel
        [right] rechter Gesäßmuskel
       *[none] Gesäßmuskel
    }
    [glutes] { $side ->
        [left] linke Gesäßmuskeln
        [right] rechte Gesäßmuskeln
       *[none] Gesäßmuskeln
    }
    [groin] { $side ->
        [left] linke Leiste
        [right] rechte Leiste
       *[none] Leiste
    }
    [toe] { $side ->
        [left] linker Zeh
        [right] rechter Zeh
       *[none] Zeh
    }
    [toes] { $side ->
        [left] linke Zehen
        [right] rechte Zehen
       *[none] Zehen
    }
    [shoulder] { $side ->
        [left] linke Schulter
        [right] rechte Schulter
       *[none] Schulter
    }
    [shoulders] { $side ->
        [left] linke Schultern
        [right] rechte Schultern
       *[none] Schultern
    }
    [neck] { $side ->
        [left] linker Nacken
        [right] rechter Nacken
       *[none] Nacken
    }
    [thigh] { $side ->
        [left] linker Oberschenkel
        [right] rechter Oberschenkel
       *[none] Oberschenkel
    }
    [thighs] { $side ->
        [left] linke Oberschenkel
        [right] rechte Oberschenkel
       *[none] Oberschenkel
    }
    [inner-thigh] { $side ->
        [left] Innenseite des linken Oberschenkels
        [right] Innenseite des rechten Oberschenkels
       *[none] Oberschenkelinnenseite
    }
    [inner-thighs] { $side ->
        [left] Innenseite des linken Oberschenkels
        [right] Innenseite des rechten Oberschenkels
       *[none] Innenseiten der Oberschenkel
    }
    [outer-thigh] { $side ->
        [left] Außenseite des linken Oberschenkels
        [right] Außenseite des rechten Oberschenkels
       *[none] Oberschenkelaußenseite
    }
    [outer-thighs] { $side ->
        [left] Außenseite des linken Oberschenkels
        [right] Außenseite des rechten Oberschenkels
       *[none] Außenseiten der Oberschenkel
    }
    [inner-knee] { $side ->
        [left] Innenseite des linken Knies
        [right] Innenseite des rechten Knies
       *[none] Knieinnenseite
    }
    [inner-knees] { $side ->
        [left] Innenseite des linken Knies
        [right] Innenseite des rechten Knies
       *[none] Innenseiten der Knie
    }
    [outer-knee] { $side ->
        [left] Außenseite des linken Knies
        [right] Außenseite des rechten Knies
       *[none] Knieaußenseite
    }
    [outer-knees] { $side ->
        [left] Außenseite des linken Knies
        [right] Außenseite des rechten Knies
       *[none] Außenseiten der Knie
    }
    [hip-flexor] { $side ->
        [left] linker Hüftbeuger
        [right] rechter Hüftbeuger
       *[none] Hüftbeuger
    }
    [hip-flexors] { $side ->
        [left] linke Hüftbeuger
        [right] rechte Hüftbeuger
       *[none] Hüftbeuger
    }
    [adductor] { $side ->
        [left] linker Adduktor
        [right] rechter Adduktor
       *[none] Adduktor
    }
    [adductors] { $side ->
        [left] linke Adduktoren
        [right] rechte Adduktoren
       *[none] Adduktoren
    }
    [piriformis] { $side ->
        [left] linker Piriformis
        [right] rechter Piriformis
       *[none] Piriformis
    }
    [chest] { $side ->
        [left] linke Brust
        [right] rechte Brust
       *[none] Brust
    }
    [side-stitch] { $side ->
        [left] linkes Seitenstechen
        [right] rechtes Seitenstechen
       *[none] Seitenstechen
    }
    [soleus] { $side ->
        [left] linker Soleus
        [right] rechter Soleus
       *[none] Soleus
    }
    [tendon] { $side ->
        [left] linke Sehne
        [right] rechte Sehne
       *[none] Sehne
    }
    [tendons] { $side ->
        [left] linke Sehnen
        [right] rechte Sehnen
       *[none] Sehnen
    }
    [back] { $side ->
        [left] linker Rücken
        [right] rechter Rücken
       *[none] Rücken
    }
    [lower-back] { $side ->
        [left] linker unterer Rücken
        [right] rechter unterer Rücken
       *[none] unterer Rücken
    }
    [upper-back] { $side ->
        [left] linker oberer Rücken
        [right] rechter oberer Rücken
       *[none] oberer Rücken
    }
   *[other] { $raw }
}
