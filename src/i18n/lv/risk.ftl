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
