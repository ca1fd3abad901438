# Darbgrāmatas, kurās ieraksta rezultātus (src/report/xlsx): plan.xlsx no `solve --xlsx` un
# comparison.xlsx no `compare --xlsx`. Kur katru ziņojumu lieto, sk. atbilstošo angļu failu.
#
# Lapu nosaukumi (xlsx-sheet-*): ne vairāk kā 31 rakstzīme, bez [ ] : * ? / \ (Excel tos
# neņem pretī). "EUR" ir mērvienība un paliek, kā ir.

xlsx-comparison-title = Finansējuma scenāriju salīdzinājums

xlsx-sheet-summary = Kopsavilkums
xlsx-sheet-funding-table = Finansējuma tabula
xlsx-sheet-allocation = Sadalījums
xlsx-sheet-sources = Finansējuma avoti
xlsx-sheet-charts = Diagrammas
xlsx-sheet-comparison = Salīdzinājums
xlsx-sheet-scenario = Scenārijs

xlsx-what-now = Ko darīt tālāk
xlsx-no-plan-what-now = Finansējuma plānu nevar sastādīt: report.md skaidro, kāpēc, un ko mainīt, lai plāns būtu iespējams.
xlsx-aim = Optimizācijas mērķis
xlsx-objective-value = Mērķfunkcijas vērtība
xlsx-of-total = no { $total }
xlsx-total-cost = Kopējās izmaksas (EUR)
xlsx-own-money = Pašvaldības nauda (EUR)
xlsx-external-money = Ārējais finansējums (EUR)
xlsx-of-which-partner-cash = tostarp partneru nauda (EUR)
xlsx-leverage = Piesaistes koeficients (ārējā finansējuma EUR uz pašu naudas EUR)
xlsx-indicators = Rādītāji
xlsx-hard-target = Stingra mērķvērtība
xlsx-yes = jā
xlsx-no = nē
xlsx-staff-hours = Pašvaldības darbinieku stundas
xlsx-year = Gads
xlsx-hours-municipal = Pašvaldības

xlsx-action-name = Darbības nosaukums
xlsx-source-name = Avota nosaukums
xlsx-amount = Summa (EUR)
xlsx-all-sources = Visi avoti
xlsx-funding-table-title = Finansējuma plāns pa darbībām, avotiem un gadiem (EUR): { $scenario }
xlsx-no-plan = Finansējuma plāna nav: { $status }.

xlsx-used-in-year = Izlietots { $year }
xlsx-used-in-total = Izlietots kopā
xlsx-cap-in-year = Griesti { $year }
xlsx-total-budget = Kopējais budžets
xlsx-budget-available = Pieejamais budžets
xlsx-share-used = Izlietotā daļa
xlsx-note = Piezīme
xlsx-switched-off = šajā scenārijā izslēgts

xlsx-no-charts = Diagrammu nav: { $status }.
xlsx-chart-money-by-year = Finansējums pa avotiem un gadiem (EUR): { $scenario }
xlsx-chart-use-against-budget = Katra finansējuma avota izlietojums pret tā budžetu (EUR)

xlsx-objective = Mērķfunkcija
xlsx-partners-cash = Partneru nauda (EUR)
xlsx-indicator-reached = { $indicator }: sasniegts
xlsx-what-limits = Kas ierobežo
xlsx-chart-money-by-scenario = Finansējums pa avotiem katrā scenārijā (EUR)

# robust.xlsx from `robust --xlsx`: the funding-risk run (src/report/xlsx/robust.rs). Its
# sentences and table headers are those of risk.ftl.
xlsx-sheet-core-index = Kodola indekss
xlsx-sheet-targets = Mērķvērtības
xlsx-sheet-draws = Izlozes
xlsx-sheet-uncertain = Nenoteiktība
xlsx-risk-draws = Izlozes
xlsx-risk-seed = Sēkla
xlsx-risk-plan-share = Izlozes ar plānu
xlsx-risk-spreads = Pa izlozēm, kurās ir plāns
xlsx-risk-col-what = Kas
xlsx-risk-col-mean = Vidēji
xlsx-risk-col-p5 = 5. procentile
xlsx-risk-col-p50 = Mediāna
xlsx-risk-col-p95 = 95. procentile
xlsx-risk-col-keeps-word = Varbūtība, ka tur vārdu
xlsx-risk-partners = Partneri
# The columns of the Draws sheet (one row per draw, as samples.csv).
xlsx-risk-col-draw = Izloze
xlsx-risk-col-paid = { $source } izmaksāja
xlsx-risk-col-committed = { $partner } turēja vārdu
xlsx-risk-col-has-plan = Ir plāns
xlsx-risk-col-scale = { $action } apjoms
xlsx-risk-col-drawn-cost = { $action } izmaksas (EUR)
xlsx-risk-draws-note = Pa rindai katrai izlozei, kā samples.csv: 1 = jā, 0 = nē; apjoms ir finansētā darbības daļa.
xlsx-sheet-timeline = Laika grafiks
xlsx-timeline-no-plan = Laika grafika nav: { $status }.
xlsx-timeline-start = Sākas
xlsx-timeline-end = Beidzas
xlsx-timeline-delay = Par cik gadiem vēlāk, nekā paredzēts
xlsx-timeline-written-start = Sākotnēji paredzētais sākums
xlsx-timeline-latest-start = Vēlākais sākums
xlsx-timeline-deadline = Beigu termiņš
xlsx-timeline-main-payer = Galvenais maksātājs
xlsx-timeline-main-share = Galvenā maksātāja daļa
xlsx-timeline-written-here = paredzēts

## monitor.xlsx (src/report/xlsx/monitor.rs)
xlsx-sheet-mon-actions = Darbības
xlsx-sheet-mon-payers = Maksātāji
xlsx-sheet-mon-indicators = Rādītāji
xlsx-sheet-mon-absorption = Apguve
xlsx-sheet-mon-per-year = Pa gadiem
