# fundmix robust (src/report/robust.rs): the plan against funding risk.
risk-title = Finansējuma risks: { $scenario }
risk-intro = { $samples } izlozes par to, kuri avoti izmaksā un kuri partneri tur vārdu (sēkla { $seed }); { $plans } no tām ir plāns, kas ievēro visus noteikumus.
risk-spread = vidēji { $mean } (5% izložu zem { $p5 }, mediāna { $p50 }, 5% virs { $p95 })
risk-objective = Mērķfunkcija
risk-own-money = Pašu nauda (EUR)
risk-core-heading = Kodola indekss: cik bieži katra darbība tiek finansēta
risk-core-hint = 100% = finansēta jebkurā gadījumā; 0% = nekad netiek finansēta; starp tiem — atkarīgs no tā, kuri konkursi izdodas.
risk-col-core = Finansēta
risk-targets-heading = Cik bieži katra mērķvērtība tiek sasniegta
risk-col-met = Sasniegta
risk-sources-heading = Ko katrs avots gaidāmi dos
risk-col-chance = Izmaksas varbūtība
risk-col-expected = Gaidāmi (EUR)
risk-indicators-heading = Rādītāji pa izlozēm
risk-col-spread = Sasniegts
risk-files = Katra izloze ir failā samples.csv; visi skaitļi — robust.json.
risk-core-line = { $always } darbības finansētas katrā izlozē, { $never } nevienā, { $luck } atkarīgas no veiksmes:
risk-target-line = mērķvērtība { $indicator } sasniegta { $share } izložu
# Uncertain costs and impacts (cost_low/cost_high, impact_<indicator>_low/_high).
risk-intro-ranges = Izlozētas arī nenoteiktās izmaksas ({ $costs }) un nenoteiktā ietekme ({ $impacts }), katra starp zemāko un augstāko vērtību, visbiežāk tuvu visticamākajai.
risk-plan-cost = Plāna izmaksas (EUR)
risk-costs-heading = Nenoteiktās izmaksas
risk-ranges-hint = Katras darbības kopējās izmaksas visos periodos pilnā apjomā. Izloze dod vērtību starp zemāko un augstāko, visbiežāk tuvu visticamākajai (trīsstūra sadalījums); vienas darbības izmaksas visos periodos pārsniedz plānoto kopā.
risk-impacts-heading = Nenoteiktā ietekme
risk-col-low = Zemākā
risk-col-most-likely = Visticamākā
risk-col-high = Augstākā
risk-col-mean-drawn = Izložu vidējā

# fundmix solve --risk (src/view/holds.rs, src/report/holds.rs): a plan that holds.
holds-title = Noturīgs plāns: { $scenario }
holds-plan-name = { $scenario }, noturīgs plāns ({ $measure })
holds-measure-expected = labākais vidēji visos izlozes gadījumos
holds-measure-cvar = labākais sliktākajos { $alpha } izlozes gadījumu
holds-intro = Sastādīts tā, lai noturētu { $samples } izlozes gadījumos, kuros izlozēts, kuri avoti izmaksā un kuri partneri tur solīto (sēkla { $seed }; { $distinct } atšķirīgi gadījumi), { $measure }. Šajā mapē ir plāns, kā tas iesniegts: visi avoti izmaksā, visi partneri tur solīto. Pēc tam abi plāni pārbaudīti { $fresh } jaunos izlozes gadījumos (sēkla { $fresh_seed }).
holds-price-impact = Noturīgais plāns atsakās no { $share } ietekmes ({ $plain } → { $holding } punkti, ja tiek atrasts katrs apņemtais eiro)
holds-price-own = Pašu līdzekļi vidēji izlozes gadījumos: { $plain } EUR ar parasto plānu, { $holding } EUR ar noturīgo plānu
holds-price-gap = { $direction ->
    [falls] , un iespēja, ka trūks naudas, ko neviens nedod, samazinās no { $plain } līdz { $holding } izlozes gadījumu.
    [rises] , un iespēja, ka trūks naudas, ko neviens nedod, palielinās no { $plain } līdz { $holding } izlozes gadījumu.
   *[same] ; iespēja, ka trūks naudas, ko neviens nedod, paliek { $holding } izlozes gadījumu.
}
holds-price-heading = Noturības cena
holds-col-plain = Parastais plāns
holds-col-holding = Noturīgais plāns
holds-row-actions = Finansētās darbības
holds-row-cost = Izmaksas, ja izmaksā visi avoti (EUR)
holds-row-objective = Mērķfunkcija, ja atrasts katrs apņemtais eiro (vidēji)
holds-row-secured = Pilnībā finansēto darbību ietekme (vidēji)
holds-row-gap = Iespēja, ka trūks naudas, ko neviens nedod
holds-row-unfinanced = Nauda, ko neviens nedod, vidēji (EUR)
holds-row-hours = Iespēja, ka darbinieku stundas pārsniegs kapacitāti
holds-row-own = Pašu līdzekļi vidēji (EUR)
holds-row-target = Mērķis { $indicator } sasniegts ar pilnībā finansētajām darbībām
holds-changes-heading = Kas mainās
holds-changes-none = Abi plāni finansē tās pašas darbības tādā pašā apjomā.
holds-model-heading = Kā plāns sastādīts
holds-weight-impact = Nefinansēts eiro sver tikpat, cik ietekme, ko nopērk plāna labākais eiro: { $points } punkti uz 1 000 EUR (stunda virs darbinieku kapacitātes: { $hour } punkti).
holds-weight-own = Nefinansēts eiro sver { $factor } reizes vairāk nekā pašu līdzekļu eiro, tāpēc pašvaldības budžets sedz iztrūkumu, pirms tas paliek nesegts (stunda virs darbinieku kapacitātes: { $hour } EUR).
holds-model-size = Modelis: { $distinct } atšķirīgi izlozes gadījumi, { $variables } mainīgie, { $constraints } ierobežojumi.
holds-model-time = Atrisināts { $seconds } s.
holds-files = Visi skaitļi ir failā robustness.json; paša plāna pārskats ir report.md.
holds-terminal = Noturīgs plāns ({ $measure }), salīdzināts ar parasto plānu { $fresh } jaunos izlozes gadījumos:
