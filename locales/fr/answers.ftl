# Réponses (zone 17q) : réponses du coach aux questions, /progress, /week, /plan. HTML Telegram.

## Réponses fixes avec source
ans-fuelling =
    <b>Avant une sortie longue</b>
    • 2 à 4 heures avant : un repas riche en glucides que tu connais bien (environ 1 à 4 g de glucides par kg de poids : porridge, tartines au miel, une banane, du riz), pauvre en graisses et en fibres.
    • Plus près du départ : une petite collation si tu as faim, et de l’eau selon la soif.
    • Au-delà de 75–90 minutes de course : 30 à 60 g de glucides par heure (un gel, une boisson d’effort ou des bonbons), dès le début.
    • Entraîne-toi sur les sorties longues ; rien de nouveau le jour de la course.
    <i>Source : ACSM, Academy of Nutrition and Dietetics &amp; Dietitians of Canada, « Nutrition and Athletic Performance » (2016).</i>
ans-cold =
    <b>Courir enrhumé : la règle « au-dessus du cou »</b>
    • Symptômes seulement au-dessus du cou (nez qui coule ou bouché, éternuements, léger mal de gorge) : un footing court et facile passe en général. Commence par 10 minutes tranquilles ; si ça empire, arrête et repose-toi.
    • Symptômes sous le cou (poitrine encombrée, grosse toux, fièvre, courbatures, estomac dérangé) : repos jusqu’à ce qu’ils passent, puis reprends doucement.
    • Pas de séance dure tant que tu es malade. Si ça s’aggrave, dis-moi que tu es malade et je te mets au repos les prochains jours.
    <i>Source : Eichner, « Infection, immunity, and exercise » (The Physician and Sportsmedicine, 1993) ; Mayo Clinic, « Exercise and illness ».</i>
ans-parkrun =
    <b>Un parkrun dans ton plan</b>
    • Le plus simple : cours-le en endurance comme un de tes footings, ou au milieu de ta sortie longue (échauffement avant, le reste après).
    • Le courir à fond, c’est une séance dure : à la place du tempo ou du fractionné de la semaine, pas en plus, et jamais dans les 10 jours avant ta course objectif.
    • Après un 5 km à fond, garde 2 jours faciles avant la séance dure suivante.
    Dis-moi le jour (<i>je peux faire un parkrun samedi ?</i>) et je le vérifie avec ton plan.
    <i>Source : Daniels’ Running Formula (un jour facile par tranche de 3 km de course avant la séance dure suivante).</i>

## Fréquence cardiaque et allures
ans-hr-how = Tes séances affichent ces plages à côté des allures. Le cœur met quelques minutes à monter et dérive vers le haut sur les sorties longues ou par forte chaleur : les jours faciles, reste dans la plage ; les jours durs, cours à l’allure et aux sensations.
ans-hr-unknown = Je t’entraîne à l’allure et aux sensations : je n’ai pas de données cardio de ta part. En endurance, tu dois pouvoir parler en phrases complètes ; au seuil, c’est dur mais maîtrisé. Donne-moi ta FC max et ta FC au repos (<i>ma FC max est 188, au repos 52</i>) et j’ajouterai des plages cardio à tes séances.
ans-paces-vdot = <i>D’après ta forme actuelle (VDOT { $vdot }, tables de Daniels).</i>
ans-paces-tempo = Le tempo se court à l’allure seuil : dur mais maîtrisé, une allure que tu tiendrais environ une heure en course.

## Pourquoi une semaine a ce volume
ans-load = La semaine du { $date } prévoit { $planned } : { $reason }
ans-load-previous = La semaine du { $date } prévoit { $planned } (la semaine d’avant : { $previous }) : { $reason }
ans-load-taper = c’est une semaine d’affûtage : le volume baisse pour que tu arrives frais le jour J, avec un peu d’intensité gardée (Bosquet 2007).
ans-load-race = c’est la semaine de course : juste assez de course pour rester vif.
ans-load-cutback = c’est une semaine allégée : toutes les trois ou quatre semaines, le volume baisse pour assimiler le travail des semaines précédentes.
ans-load-adapted = des séances ont été supprimées ou allégées après ce que tu m’as dit.
ans-load-partial = le plan commence en milieu de semaine, au volume que tu cours maintenant.
ans-load-first = c’est la première semaine du plan : elle part du volume que tu cours maintenant, et les suivantes montent à partir de là, de 10 % par semaine au plus.
ans-load-build = elle monte par rapport à la semaine d’avant, dans les 10 % par semaine que le plan permet.
ans-load-steady = elle garde le volume de la semaine d’avant.

## À quoi sert une séance
ans-purpose-none = Rien n’est prévu ce jour-là.
ans-purpose-next = La prochaine : { $day }, { $distance }.
ans-purpose-none-planned = Il n’y en a plus dans ton plan.
ans-purpose-easy = <b>Les footings</b> construisent la base : plus de capillaires et de mitochondries, un cœur, des tendons et des os plus solides, à un effort dont tu récupères pour le lendemain. L’essentiel de ta course se fait en endurance, à allure de conversation.
ans-purpose-recovery = <b>Les footings de récupération</b> sont courts et très faciles : ils ajoutent un peu de volume et délient les jambes après une journée dure, sans ajouter de fatigue.
ans-purpose-long = <b>La sortie longue</b> développe l’endurance : tes muscles stockent plus de glycogène et brûlent plus de graisses, le cœur et les jambes apprennent à tenir des heures, et la tête aussi. Cours-la facile : c’est le temps passé sur les jambes qui compte.
ans-purpose-tempo = <b>Le tempo</b> se court à l’allure seuil, dur mais maîtrisé : il relève l’allure que tu tiens avant que le lactate s’accumule, celle qui décide du 10 km au marathon.
ans-purpose-intervals = <b>Le fractionné</b> (répétitions de 3 à 5 minutes à l’effort du 5 km, avec récup en trottinant) fait monter ta VMA et ta VO₂max, le plafond de ton moteur aérobie.
ans-purpose-marathon_pace = <b>Les sorties à allure marathon</b> apprennent l’allure de course à ton corps et à ta tête, et te permettent de tester boisson et gels à cette allure.
ans-purpose-hills = <b>Les côtes</b> renforcent les jambes et la puissance avec moins de chocs que la vitesse sur le plat, et rendent ta foulée plus efficace.
ans-purpose-race = <b>La course</b> : l’objectif vers lequel mène le plan. Première moitié maîtrisée, ensuite à fond.
ans-purpose-strides = <b>Les lignes droites</b> sont des accélérations relâchées de 15 à 20 secondes après un footing : elles gardent ta foulée vive et fluide sans te fatiguer.
ans-purpose-source = <i>Source : Daniels’ Running Formula ; Pfitzinger &amp; Douglas, Advanced Marathoning.</i>

## Si une course rentre dans le plan un jour donné
ans-fit-passed = { $day } est déjà passé.
ans-fit-after-race = { $day } est après ta course objectif : cours ce que tu veux ce jour-là !
ans-fit-too-close = { $day } est à { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } de ta course objectif : je ne la courrais pas à fond. Cours-la facile si tu veux, dans la séance du jour, et garde l’effort pour le jour J.
ans-fit-rest-day = { $day } est un jour de repos dans ton plan. La courir facile, ça va ; à fond, c’est un jour dur de plus, donc seulement si tu te sens frais.
ans-fit-long-run = { $day }, c’est ta sortie longue ({ $distance }). Intègre le parkrun dedans : échauffement avant, parkrun en endurance ou un peu plus vite, et le reste après. Le courir à fond te coûterait la sortie longue.
ans-fit-instead = Oui : cours-le à fond à la place de « { $workout } » du { $day } : un 5 km en course, c’est une excellente séance dure. Échauffe-toi bien.
ans-fit-easy-day = { $day }, tu as un footing ({ $distance }). Cours le parkrun facile et il rentre tel quel ; à fond, il devient la séance dure de la semaine.
ans-fit-then = Ensuite, { $days ->
        [one] { $days } jour facile
       *[other] { $days } jours faciles
    } avant la séance dure suivante : { $sessions } viendrait trop tôt (dis-le-moi et je le déplace).
ans-fit-then-item = « { $workout } » du { $day }
ans-fit-keep-easy = { $days ->
        [one] Garde le jour suivant facile.
       *[other] Garde les { $days } jours suivants faciles.
    }
ans-fit-that-session = cette séance

## Prédiction de course
ans-predict-unknown = Je peux prédire tes chronos dès que je connais ta forme : donne-moi un résultat récent (<i>10 km en 48:30 le mois dernier</i>).
ans-predict = Avec ta forme actuelle (VDOT { $vdot }), ton { $goal } prendrait environ { $time }.
ans-predict-within = Ton objectif de { $time } est à ta portée.
ans-predict-gap = Ton objectif de { $time } demande plus : les semaines d’entraînement sont là pour combler l’écart.
ans-predict-source = <i>Tables VDOT de Daniels &amp; Gilbert ; une prédiction suppose l’entraînement pour cette distance.</i>

## /progress
ans-progress-title = Ton entraînement
ans-progress-empty = Pas encore de semaines à montrer.
ans-progress-week = Semaine du { $date } : { $done } sur { $planned }
ans-progress-week-pct = Semaine du { $date } : { $done } sur { $planned } ({ $pct } %)
ans-progress-acwr = Rapport de charge (7 jours contre 28) : { $ratio }, { $note }.
ans-acwr-spike = un pic : j’allège la semaine prochaine
ans-acwr-low = sous ton habitude : de la marge pour progresser
ans-acwr-ok = une zone saine
ans-progress-fitness-from = La forme et la fatigue apparaîtront à partir du { $date }, après trois semaines de sorties enregistrées.
ans-progress-fitness = Forme { $fitness } · fatigue { $fatigue } · fraîcheur { $form }
ans-progress-prediction = Prédiction : { $goal } en environ { $time }.

## /week
ans-ran = couru { $distance }
ans-ran-pace = couru { $distance } à { $pace }
ans-totals = { $done } sur { $planned } · { $sessionsDone } sur { $sessions ->
        [one] { $sessions } séance faite
       *[other] { $sessions } séances faites
    }
ans-totals-skipped = { $skipped ->
        [one] { $skipped } sautée
       *[other] { $skipped } sautées
    } ({ $distance })
ans-week-title = <b>{ $from } – { $to }</b> · { $planned } prévus
ans-week-extra = 🏃 { $day } : sortie en plus, { $ran }
ans-week-so-far = Pour l’instant : { $totals }.
ans-week-done = Semaine bouclée : { $totals }.
ans-week-morning = <i>Cette semaine pour l’instant : { $totals }.</i>

## /plan
ans-plan-none = Tu n’as pas encore de plan. Donne-moi ton objectif (<i>10 km le 3 mai, 4 jours par semaine</i>) ou touche ci-dessous.
ans-plan-goal = <b>{ $goal }</b> le { $date }
ans-plan-goal-time = <b>{ $goal }</b> le { $date } · objectif { $time }
ans-plan-to-go = J-{ $days } · semaine { $week } sur { $weeks }
ans-plan-passed = Le jour de la course est passé. Dis-moi ton prochain objectif !
ans-plan-this-week = Cette semaine
ans-plan-today = Aujourd’hui
ans-plan-open = 📅 Ouvrir le plan
ans-col-week = Sem
ans-col-phase = Phase
ans-col-from = Début
ans-col-plan = Prévu
ans-col-done = Fait
