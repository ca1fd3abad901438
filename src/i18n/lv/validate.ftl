# validate: the problems found in the plan tables and the scenario settings (src/validate/**),
# and what `fundmix check` (src/check.rs) and `fundmix show` (src/show.rs) print.
# Ids, column names, keys and values the user writes stay as they are in every language.

## Cells of a table (src/validate/cells.rs)
val-fix-amount = ievadiet summu, kas ir 0 vai vairāk, tikai ciparus (piem., 12500 vai 12500.50)
val-negative = '{ $text }' ir negatīvs skaitlis
val-range-between = no { $min } līdz { $max }
val-range-at-least = vismaz { $min }
val-out-of-range = '{ $text }' ir ārpus pieļaujamā diapazona (jābūt { $range })
val-fix-decimal-comma = rakstiet { $comma } (ar decimālkomatu)
val-decimal-point = '{ $text }' nav skaitlis: tajā ir decimālpunkts, bet fails ir { $how }, kur '.' tikai atdala tūkstošus
val-not-a-number = '{ $text }' nav skaitlis
val-column-missing = trūkst kolonnas '{ $column }'
val-fix-add-column = pievienojiet galvenes rindai kolonnu '{ $column }' ({ $what })

## Header names (src/validate/columns.rs)
val-column-misspelt = fundmix nelasa kolonnu '{ $column }', tāpēc tās vērtības tiktu ignorētas; vai domājāt '{ $suggestion }'?
val-fix-column-misspelt = pārdēvējiet kolonnu par '{ $suggestion }' (nosaukumi rakstāmi ar mazajiem burtiem un precīzi) vai, ja tajā ir tikai piezīmes, dodiet tai skaidri atšķirīgu nosaukumu

## The plan folder, ids and links between actions (src/validate/mod.rs)
val-no-plan-folder = plāna mape neeksistē
val-fix-no-plan-folder = norādiet mapi, kurā ir actions.csv un sources.csv (vai izveidojiet jaunu ar `fundmix init DIR`)
val-no-actions = plānā nav nevienas darbības
val-fix-no-actions = zem galvenes pievienojiet pa rindai katrai iespējamajai darbībai
val-support-column-and-votes = actions.csv jau ir kolonna 'impact_support', bet balsojums kļūst par rādītāju 'support'
val-fix-support-column-and-votes = pārdēvējiet kolonnu 'impact_support' failā actions.csv vai izņemiet votes.csv
val-no-sources = plānā nav neviena finansējuma avota
val-fix-no-sources = zem galvenes pievienojiet pa rindai katram finansējuma avotam
# $what: action, source, partner or owner.
val-duplicate-id = { $what ->
    [action] darbības
    [owner] atbildīgā
    [partner] partnera
   *[source] avota
} id '{ $id }' ir lietots divreiz (pirmoreiz { $row }. rindā)
val-fix-duplicate-id = { $what ->
    [action] katrai darbībai
    [owner] katram atbildīgajam
    [partner] katram partnerim
   *[source] katram avotam
} piešķiriet savu id
val-lists-itself = darbība '{ $id }' norāda pati sevi
val-fix-lists-itself = izņemiet '{ $id }' no šīs pašas darbības saraksta '{ $column }'
val-not-an-action = '{ $name }' nav darbības id failā actions.csv
val-fix-link = norādiet esošu darbību id, atdalot tos ar ';'
val-requires-cycle = 'requires' saites veido ciklu: { $cycle }
val-fix-requires-cycle = izņemiet vienu no šīm 'requires' saitēm; darbības, kurām jāiet kopā, katra var prasīt tikai iepriekšējo

## actions.csv (src/validate/actions.rs)
val-no-impact-column = nav ietekmes kolonnas: vajadzīga vismaz viena kolonna 'impact_<indicator>' (piem., 'impact_seniors_trained')
val-fix-no-impact-column = pievienojiet kolonnu 'impact_<indicator>' ar to, ko katra darbība sasniedz pilnā apjomā
val-what-action-id = katras darbības unikāls īss nosaukums
val-empty-id = id nav norādīts
# $what: action, source, partner or owner.
val-fix-empty-id = { $what ->
    [action] katrai darbībai
    [owner] katram atbildīgajam
    [partner] katram partnerim
   *[source] katram avotam
} piešķiriet unikālu id
val-plain-staff-hours = ir vienkārša kolonna 'staff_hours', bet plānā ir vairāki periodi
val-fix-plain-staff-hours = izmantojiet pa vienai kolonnai 'staff_hours_<period>' katram periodam, nosauktas tāpat kā kolonnas 'cost_<period>'
val-fix-min-scale = ievadiet daļu, kas lielāka par 0 un ne lielāka par 1 (1 = visu vai neko, 0.5 = drīkst finansēt arī tikai pusi apjoma)
val-min-scale-range = '{ $text }' ir ārpus pieļaujamā diapazona (jābūt lielākam par 0 un ne lielākam par 1)
val-not-a-status = '{ $text }' nav statuss
val-fix-status = rakstiet 'must' (jāfinansē), 'never' (nedrīkst finansēt) vai atstājiet šūnu tukšu

## Periods: the columns per period (src/validate/periods.rs)
val-both-columns = ir gan vienkārša kolonna '{ $prefix }', gan kolonnas '{ $prefix }_<period>'
val-fix-cost-both = atstājiet vai nu vienu kolonnu 'cost' (viens periods), vai pa vienai kolonnai 'cost_<period>' katram gadam
val-no-cost-column = nav izmaksu kolonnas: nav ne 'cost', ne 'cost_<period>' (piem., 'cost_2025')
val-fix-no-cost-column = pievienojiet kolonnu 'cost' vai pa vienai kolonnai 'cost_<year>' katram plāna gadam
# $columns: the column names, joined by "', '".
val-period-column-single-period = kolonna '{ $columns }' norāda periodu, bet plānā ir viens periods (actions.csv ir vienkārša kolonna 'cost')
val-period-columns-single-period = kolonnas '{ $columns }' norāda periodus, bet plānā ir viens periods (actions.csv ir vienkārša kolonna 'cost')
val-fix-period-columns-single-period = izmantojiet vienu vienkāršu kolonnu '{ $prefix }' vai dodiet actions.csv pa vienai kolonnai 'cost_<period>' katram periodam
val-period-not-in-plan = periods '{ $period }' nav plāna periods (actions.csv kolonnas 'cost_<period>' nosaka: { $periods })
val-fix-period-not-in-plan = pārdēvējiet vai izņemiet '{ $column }', lai periodi atbilstu actions.csv kolonnām 'cost_<period>'
val-period-column-missing = nav kolonnas '{ $column }', lai gan plānā ir periods '{ $period }'
val-fix-period-column-missing = pievienojiet kolonnu '{ $column }' (kur nekā nav, atstājiet šūnas tukšas)

## Ranges of uncertain costs and impacts in actions.csv (src/validate/ranges.rs)
# $of: the value column, as 'cost_2025', or val-range-total-of.
val-range-without-column = '{ $column }' ir kolonnas '{ $of }' diapazona robeža, bet kolonnas '{ $of }' nav (kolonna, kuras nosaukums beidzas ar _low vai _high, vienmēr ir diapazona robeža)
val-fix-range-period = viena perioda izmaksām rakstiet cost_<period>_low un cost_<period>_high (periodi: { $periods }); kopējām izmaksām – cost_low un cost_high
val-fix-range-single = plānā ir viens periods (vienkārša kolonna 'cost'): izmaksu diapazonu rakstiet kolonnās cost_low un cost_high
val-fix-range-indicator = rakstiet impact_<indicator>_low un impact_<indicator>_high kādam plāna rādītājam ({ $indicators }); paša rādītāja nosaukums nedrīkst beigties ar _low vai _high
val-range-end-missing = kolonnai '{ $column }' nav pāra kolonnas '{ $other }'
val-fix-range-end-missing = pievienojiet kolonnu '{ $other }': diapazonam vajadzīga gan zemākā, gan augstākā vērtība
val-range-total-and-periods = ir gan cost_low/cost_high (kopējo izmaksu diapazons), gan kolonnas cost_<period>_low/cost_<period>_high
val-fix-range-total-and-periods = norādiet vai nu kopējo izmaksu diapazonu (cost_low, cost_high), vai pa diapazonam katram periodam (cost_<period>_low, cost_<period>_high), ne abus
val-range-half = '{ $given }' ir aizpildīta, bet '{ $column }' ir tukša
val-fix-range-half = aizpildiet abas diapazona robežas vai atstājiet abas tukšas, ja vērtība ir droša (robeža var būt vienāda ar visticamāko vērtību: izmaksām, kas var tikai pārsniegt plānoto, zemākā ir visticamākās izmaksas)
val-range-total-of = kolonnu '{ $columns }' kopsumma
# $end: low or high.
val-range-end-wrong = { $end ->
    [low] zemākā vērtība { $given } ir lielāka
   *[high] augstākā vērtība { $given } ir mazāka
} par visticamāko vērtību { $value } ({ $of })
val-fix-range-end = { $end ->
    [low] ierakstiet kolonnā '{ $column }' ne vairāk kā { $value }: zemākā vērtība nevar būt lielāka
   *[high] ierakstiet kolonnā '{ $column }' ne mazāk kā { $value }: augstākā vērtība nevar būt mazāka
} par visticamāko ({ $of })

## sources.csv, partners.csv, targets.csv (src/validate/funders.rs)
val-eligible-typo = '{ $token }' nav ne darbības id, ne kategorija failā actions.csv, bet '{ $meant }' ir: visticamāk, pārrakstīšanās kļūda
val-fix-eligible-typo = rakstiet '{ $meant }', ja domāts tas; nosaukumam, kas ar nolūku ir cits, jāatšķiras no '{ $meant }' vairāk nekā par vienu vai diviem burtiem
val-eligible-unused-source = '{ $token }' nenosauc nevienu šī plāna darbību vai kategoriju, tāpēc šis avots caur to neko nefinansē
val-eligible-unused-partner = '{ $token }' nenosauc nevienu šī plāna darbību vai kategoriju, tāpēc šis partneris caur to nepievienojas nevienai darbībai
val-fix-eligible-source = norādiet kategorijas vai darbību id, ko šis avots drīkst finansēt, atdalot ar ';' (tukšs = visas darbības)
val-fix-eligible-partner = norādiet kategorijas vai darbību id, kurās šis partneris drīkst piedalīties, atdalot ar ';' (tukšs = visas darbības)
val-what-source-id = katra avota unikāls īss nosaukums
val-what-partner-id = katra partnera unikāls īss nosaukums
val-no-budget-column = nav budžeta kolonnas: nav ne 'budget', ne 'budget_<period>'
val-fix-no-budget-column = pievienojiet kolonnu 'budget' (kopā visam plānam) un/vai pa vienai kolonnai 'budget_<period>' katram periodam
val-not-a-kind = '{ $text }' nav finansējuma avota veids
val-fix-kind = rakstiet vienu no: own (pašvaldības budžets), eu, national, grant, private, other
val-no-budget = avotam '{ $id }' nav ne kopējā budžeta, ne budžeta katram periodam
val-fix-no-budget = ievadiet tā kopējo budžetu kolonnā 'budget' vai budžetu katram periodam kolonnās 'budget_<period>'
val-fix-probability = ievadiet varbūtību no 0 līdz 1 (0.6 = 60% iespēja; tukšs: 1, droši)
val-fix-max-share = ievadiet līdzfinansējuma likmi kā daļu no 0 līdz 1 (85% = 0.85)
val-min-above-max-grant = min_grant { $min } ir lielāks par max_grant { $max }
val-fix-min-above-max-grant = min_grant nedrīkst pārsniegt max_grant (vai samainiet abas vērtības vietām)
val-fix-money = ievadiet summu EUR, kas ir 0 vai vairāk, tikai ciparus (piem., 150000), vai atstājiet šūnu tukšu
val-fix-partner-both-columns = atstājiet vai nu '{ $prefix }' (viena summa visam plānam), vai kolonnas '{ $prefix }_<period>'
val-fix-max-actions = ievadiet veselu darbību skaitu, 0 vai vairāk
val-not-whole = '{ $value }' nav vesels skaitlis
val-fix-whole-actions = ievadiet veselu darbību skaitu
val-what-indicator = rādītāja nosaukums, kā aiz 'impact_' failā actions.csv
val-what-min = sasniedzamais līmenis
val-empty-indicator = rādītājs nav norādīts
val-fix-empty-indicator = norādiet rādītāju, kuram ir šī mērķvērtība
val-not-an-indicator = '{ $name }' nav rādītājs: actions.csv nav kolonnas 'impact_{ $name }'
val-fix-use-one-of = izmantojiet vienu no: { $list }
val-second-target = otra mērķvērtība rādītājam '{ $name }' (pirmā ir { $row }. rindā)
val-fix-second-target = atstājiet vienu mērķvērtību katram rādītājam
val-fix-target-min = ievadiet sasniedzamo līmeni, 0 vai vairāk
val-empty-target-min = mērķvērtība nav norādīta
val-not-true-or-false = '{ $text }' nav ne true, ne false
val-fix-hard = rakstiet true (jāsasniedz obligāti) vai false (par iztrūkumu jāmaksā sods)

## votes.csv (src/validate/votes.rs)
val-what-voter = kas balsoja: vārds, numurs vai kods
val-what-vote-action = tās darbības id, par kuru balsots, kā failā actions.csv
val-fix-points = ievadiet punktus kā skaitli, kas ir 0 vai vairāk (tukša šūna nozīmē 1 punktu)
val-empty-voter = balsotājs nav norādīts
val-fix-empty-voter = katrā rindā norādiet balsotāja vārdu, numuru vai kodu
val-empty-vote-action = darbība nav norādīta
val-fix-empty-vote-action = norādiet tās darbības id, par kuru balsots, kā failā actions.csv
val-second-vote = balsotājs '{ $voter }' balso par '{ $action }' otrreiz (pirmoreiz { $row }. rindā)
val-fix-second-vote = katram balsotājam dodiet vienu rindu katrai darbībai ar visiem viņa punktiem par to

## Scenario settings (src/validate/scenario.rs)
val-table-not-scenario = šī ir tabula, nevis scenārija fails vai plāna mape
val-fix-table-not-scenario = norādiet plāna mapi, kurā ir tabulas ('{ $folder }'), scenārija failu (.toml), kas uz to norāda, vai darbgrāmatu (.xlsx) ar vienu lapu katrai tabulai
val-plan-workbook-missing = darbgrāmata '{ $path }' neeksistē
val-fix-plan-workbook-missing = iestatiet `plan` uz darbgrāmatu ar lapām actions un sources (vai uz plāna mapi), relatīvi pret šo scenārija failu
val-plan-folder-missing = plāna mape '{ $path }' neeksistē
val-fix-plan-folder-missing = iestatiet `plan` uz mapi, kurā ir actions.csv un sources.csv, relatīvi pret šo scenārija failu
val-not-an-objective = '{ $value }' nav mērķfunkcija
val-fix-objective = rakstiet "max-impact" (lielākā svērtā ietekme par pieejamo naudu) vai "min-own-cost" (vismazāk pašvaldības naudas)
val-not-a-support-rule = '{ $value }' nav balsojuma skaitīšanas veids
val-fix-support = rakstiet "sum" (katras darbības punkti tiek saskaitīti) vai "equal-shares" (punktus saglabā tikai tās darbības, ko finansē vienlīdzīgo daļu metode)
val-not-a-lang = '{ $value }' nav pārskatu valoda: rakstiet en vai lv
val-fix-lang = rakstiet lang = "en" (pārskati angļu valodā) vai lang = "lv" (pārskati latviešu valodā)
val-weight-not-an-indicator = '{ $name }' nav plāna rādītājs: actions.csv nav kolonnas 'impact_{ $name }'
val-fix-weight-not-an-indicator = izmantojiet vienu no: { $list } (vai izdzēsiet šo rindu)
val-bad-weight = svars { $value } nav skaitlis, kas ir 0 vai vairāk
val-fix-weight = rakstiet skaitli, piemēram, 1 vai 2.5
val-empty-name = scenārija nosaukums ir tukšs
val-fix-empty-name = ierakstiet īsu nosaukumu, piem., name = "Bāzes scenārijs"
val-equal-shares-without-votes = iestatījumam support = "equal-shares" vajadzīgs darbnīcas balsojums, bet plānā nav votes.csv
val-fix-equal-shares-without-votes = pievienojiet plāna mapei votes.csv (voter, action, points) vai izņemiet iestatījumu 'support'
val-fix-staff-capacity = ierakstiet stundas periodā kā skaitli (staff_capacity = 4000) vai kā tabulu pa periodiem (staff_capacity = {"{"} "2025" = 1200, "2026" = 1300 {"}"})
val-staff-negative = { $hours } stundas ir negatīvs skaitlis
val-fix-staff-negative = ierakstiet darbinieku stundas, kas pieejamas periodā, 0 vai vairāk (ja ierobežojuma nav, izlaidiet staff_capacity)
val-staff-not-a-number = { $value } nav stundu skaits
val-not-a-period-single = '{ $period }' nav plāna periods: plānā ir viens periods (actions.csv ir vienkārša kolonna 'cost')
val-fix-staff-single-period = ierakstiet vienu stundu skaitu: staff_capacity = 600
val-not-a-period-of = '{ $period }' nav plāna periods (actions.csv kolonnas 'cost_<period>' nosaka: { $periods })
val-staff-bad-hours = { $value } nav stundu skaits, kas ir 0 vai vairāk
val-staff-period-missing = periodam '{ $period }' nav norādīta kapacitāte
val-fix-staff-period-missing = pievienojiet tabulai staff_capacity "{ $period }" = <stundas> vai norādiet vienu skaitli visiem periodiem

## What-if overrides in a scenario file (src/validate/overrides.rs)
val-fix-budget-single-period = ierakstiet budžetu kā budget = <EUR>
val-not-a-period = '{ $period }' nav plāna periods
val-fix-budget-period = rakstiet budget_<period> kādam no periodiem: { $periods }
val-source-settings = budget, budget_<period> (plāna periods), max_share, enabled, award_probability
# The amount a factor makes too large ($what of val-factor-too-large), in the nominative.
val-source-budget = avota '{ $id }' budžets
val-action-cost = darbības '{ $id }' izmaksas
val-factor-too-large = ar koeficientu { $factor } { $what } pārsniedz to, ko fundmix pieņem (10^15 EUR)
val-fix-factor-too-large = rakstiet koeficientu, ar kuru neviena summa nepārsniedz 10^15 EUR, piemēram, 0.9 (par 10% mazāk) vai 1.15 (par 15% vairāk)
val-above-max-eur = { $value } EUR ir vairāk, nekā fundmix pieņem (10^15 EUR)
val-fix-above-max-eur = ierakstiet summu EUR, ne vairāk kā 10^15 EUR (1 000 000 000 000 000)
val-fix-status-override = rakstiet "must", "never" vai "free" (izlemj optimizētājs)
val-not-a-source = '{ $name }' nav avota id failā sources.csv
val-not-a-partner = '{ $name }' nav partnera id failā partners.csv
val-not-an-indicator-of-plan = '{ $name }' nav plāna rādītājs (actions.csv kolonna 'impact_<indicator>')
val-not-a-setting = '{ $key }' šeit nav iestatījums
val-not-allowed = { $value } šeit nav atļauts
val-not-a-share = { $value } nav daļa no 0 līdz 1 (85% = 0.85)
val-fix-share = rakstiet daļu no 0 līdz 1 (85% = 0.85)
val-not-an-amount = { $value } nav skaitlis, kas ir 0 vai vairāk
val-fix-amount-override = rakstiet skaitli, kas ir 0 vai vairāk
val-not-a-factor = { $value } nav koeficients, kas ir 0 vai vairāk (0.9 = par 10% mazāk, 1.15 = par 15% vairāk)
val-fix-factor = rakstiet koeficientu, kas ir 0 vai vairāk (0.9 = par 10% mazāk, 1.15 = par 15% vairāk)
val-fix-true-or-false = rakstiet true vai false
val-fix-offer = ierakstiet vienu summu visam plānam vai tabulu pa periodiem: {"{"} "2025" = 5000, "2026" = 5000 {"}"}
val-fix-use-periods = izmantojiet periodus: { $periods }
val-fix-amounts = rakstiet skaitļus, kas ir 0 vai vairāk

## What `fundmix check` prints (src/check.rs). Row labels are padded to 34 characters in code:
## keep them shorter.
chk-valid = Ievaddati ir derīgi. Scenārijs '{ $name }' ({ $objective }), plāns { $plan }:
chk-counts = { $actions ->
    [one] { $actions } darbība
   *[other] { $actions } darbības
}, { $sources ->
    [one] { $sources } finansējuma avots
   *[other] { $sources } finansējuma avoti
}, { $partners ->
    [one] { $partners } partneris
   *[other] { $partners } partneri
}, { $targets ->
    [one] { $targets } mērķvērtība
   *[other] { $targets } mērķvērtības
}; periodi: { $periods }
chk-units = EUR / stundas
chk-cost-all = Visu darbību izmaksas
chk-cost-must = t. sk. obligātās darbības
chk-cost-lowest = ar zemākajām izmaksām
chk-cost-highest = ar augstākajām izmaksām
chk-source = Avots { $id } ({ $kind })
chk-partner-cash = Partneris { $id }: nauda
chk-money = Visas darbības kopā maksā { $cost } EUR; avoti un partneri piedāvā ne vairāk kā { $offer } EUR ({ $percent }% no izmaksām).
chk-money-note = Līdzfinansējuma likmes, atbilstība un grantu apmēri to vēl ierobežo; `fundmix solve` atrod labāko izlietojumu.
chk-staff-hours = Visu darbību darbinieku stundas
chk-staff-capacity = Darbinieku kapacitāte
chk-no-staff-limit = Darbinieku kapacitāte: scenārijā nav ierobežojuma
chk-partner-hours = Partneris { $id }: stundas
chk-targets = Mērķvērtības (ko visas darbības kopā sasniegtu pilnā apjomā):
# $kind: target-soft of report.ftl.
chk-soft-penalty = { $kind }, sods { $penalty }
chk-target = { $indicator } >= { $min } ({ $kind }): ne vairāk kā { $reachable }
chk-unreachable = nav sasniedzama pat ar visām darbībām

## What `fundmix show` prints (src/show.rs). The labels of the first lines are padded to one
## width in code.
show-scenario = Scenārijs
show-file = Fails
show-plan = Plāns
show-objective = Mērķfunkcija
show-lang = Pārskatu valoda
show-periods = Periodi
show-staff-capacity = Darbinieku kapacitāte
show-weights = Svari
show-vote = Balsojums
show-none = nav
show-whole-plan = { $amount } visam plānam
show-hours = { $hours } stundas
show-vote-line = { $voters ->
    [one] { $voters } balsotājs
   *[other] { $voters } balsotāji
}, { $votes ->
    [one] { $votes } balss
   *[other] { $votes } balsis
}; atbalsts: { $how }
show-support-sum = katras darbības punkti tiek saskaitīti
show-support-equal-shares = vienlīdzīgas daļas: punktus saglabā tikai tās darbības, ko finansē vienlīdzīgo daļu metode
show-sources = Avoti (budžets pa periodiem; kopā; maks. daļa; atbilstīgās darbības):
show-source = { $budgets }; kopā { $total }; maks. daļa { $share }; { $eligible } no { $actions ->
    [one] { $actions } darbības
   *[other] { $actions } darbībām
}
show-source-disabled = atslēgts: nefinansē neko
show-actions = Darbības (izmaksas pa periodiem, EUR; statuss):
show-status-must = obligāta (must)
show-status-never = izslēgta (never)
show-range-line = nenoteikts: { $ranges }
show-range-cost = izmaksas no { $low } līdz { $high } EUR visā plānā (visticamāk { $value })
show-range-impact = { $indicator } no { $low } līdz { $high } (visticamāk { $value })
show-partners = Partneri (nauda EUR; darbinieku stundas; atbilstīgās darbības):
show-partner = nauda { $cash }; stundas { $hours }; { $eligible ->
    [one] { $eligible } darbība
   *[other] { $eligible } darbības
}
show-partner-disabled = atslēgts: nepiedalās nevienā darbībā
show-targets = Mērķvērtības:
# $kind: target-soft of report.ftl.
show-soft-penalty = { $kind }, sods { $penalty } par katru trūkstošo vienību
val-risk-samples = { $value } nav izložu skaits
val-fix-risk-samples = ierakstiet veselu skaitli no 1 līdz 100000, piem., samples = 200
val-risk-seed = { $value } nav sēkla
val-fix-risk-seed = ierakstiet veselu skaitli, kas ir 0 vai vairāk, piem., seed = 7
val-risk-measure = { $value } nav riska mērs
val-fix-risk-measure = rakstiet measure = "expected" (plāns, kas vidēji ir labākais visos izlozes gadījumos) vai measure = "cvar" (plāns, kura sliktākie izlozes gadījumi ir vislabākie)
val-risk-alpha = { $value } nav izlozes gadījumu daļa
val-fix-risk-alpha = rakstiet skaitli, lielāku par 0 un ne lielāku par 1, piem., alpha = 0.2 (sliktākā piektdaļa izlozes gadījumu)
show-risk-expected = ; solve --risk: labākais vidēji
show-risk-cvar = ; solve --risk: labākais sliktākajos { $alpha } izlozes gadījumu
show-risk = Riska izlozes
show-risk-line = { $samples } izlozes, sēkla { $seed }
show-risk-default = noklusējums
val-cell-not-a-period = '{ $text }' nav plāna periods ({ $periods })
val-fix-period = ierakstiet vienu no plāna periodiem: { $periods }
val-latest-start-early = latest_start { $latest } ir pirms { $start }, pirmā perioda, kurā darbībai ir izmaksas vai vajadzīgas darba stundas
val-fix-latest-start-early = ierakstiet { $start } vai vēlāku periodu (darbības izmaksas un stundas tad var pārcelt vēlāk, visas kopā, līdz šim sākumam) vai atstājiet šūnu tukšu: tad tā notiek, kā ierakstīts
val-deadline-early = darbība, kā ierakstīta, ilgst līdz { $end }, pēc tās beigu termiņa { $deadline }
val-fix-deadline-early = ierakstiet { $end } vai vēlāku periodu kā beigu termiņu vai pārceliet tās izmaksas un stundas agrāk
val-what-owner-id = id, ko šai nodaļai lieto actions.csv kolonna owner
val-fix-owner-both-columns = atstājiet vai nu 'hours' (vienādas stundas katrā periodā), vai 'hours_<periods>' kolonnas
val-owner-no-hours = owners.csv nav darba stundu: nav ne kolonnas 'hours', ne kolonnu 'hours_<periods>'
val-fix-owner-no-hours = pievienojiet stundas, kas katram atbildīgajam ir katrā periodā (hours_2025, hours_2026, ...), vai vienu kolonnu 'hours' ar vienādām stundām katrā periodā
val-not-an-owner = '{ $name }' nav ne atbildīgais failā owners.csv, ne partneris failā partners.csv
val-fix-owner = ierakstiet kādu no atbildīgajiem ({ $ids }) vai partnera id, vai pievienojiet rindu '{ $name }' failā owners.csv

## The actuals of `fundmix monitor`: actuals.csv, progress.csv, stopped.csv (src/validate/actuals.rs)
val-as-of-not-a-period = '{ $text }' nav plāna periods ({ $periods })
val-fix-as-of = norādiet pēdējo noslēgušos periodu kā vienu no plāna periodiem: { $periods }
val-no-actuals-folder = faktisko datu mape neeksistē
val-fix-no-actuals-folder = norādiet mapi, kurā ir actuals.csv un progress.csv (un, ja kāda darbība ir apturēta, stopped.csv), vai darbgrāmatu (.xlsx) ar lapām actuals, progress un stopped; kolonnas ir aprakstītas failā docs/monitor.md
val-actuals-file-missing = fails nav atrasts
# $columns: the column names, separated by commas.
val-fix-actuals-file-missing = ievietojiet { $file } faktisko datu mapē ar galvenes rindu { $columns } (kamēr nav ko ierakstīt, pietiek ar galvenes rindu)
val-what-actuals-action = tās darbības id, kurai nauda iztērēta, kā failā actions.csv
val-what-actuals-source = kas maksāja: avota id no sources.csv vai, ja maksāja partneris no saviem līdzekļiem, partnera id no partners.csv
val-what-period = periods, kā plānā (piem., 2025)
val-what-spent = iztērētie EUR
val-what-progress-indicator = rādītājs, kā pēc 'impact_' failā actions.csv
val-what-progress-value = tas, ko rādītājs sasniedza tieši šajā periodā (nevis kopsumma kopš sākuma)
val-what-stopped-action = apturētās darbības id, kā failā actions.csv
val-actuals-empty = šūna '{ $column }' ir tukša
val-fix-actuals-empty = ierakstiet { $what } vai izdzēsiet rindu
val-not-a-payer = '{ $name }' nav ne avota id failā sources.csv, ne partnera id failā partners.csv
val-fix-payer = ierakstiet avota id ({ $sources }) vai, ja maksāja partneris no saviem līdzekļiem, partnera id ({ $partners })
val-fix-payer-no-partners = ierakstiet avota id: { $sources } (plānā nav partneru)
val-period-after-as-of = { $period } ir pēc --as-of { $as_of }: periodā, kas vēl nav beidzies, nekas nevar būt iztērēts vai sasniegts
val-fix-period-after-as-of = izdzēsiet rindu (vai izlabojiet tās periodu) vai palaidiet fundmix monitor ar --as-of { $period } vai vēlāku periodu
val-fix-spent = ievadiet iztērētos EUR, 0 vai vairāk, tikai ciparus (piem., 12500 vai 12500.50); atmaksu atskaita no perioda summas, nevis raksta kā negatīvu rindu
val-fix-progress-value = ievadiet to, ko rādītājs sasniedza tieši šajā periodā, 0 vai vairāk (piem., 120); labojumu izdara paša perioda rindā
