# charts: see the matching English file for where each message is used.

chart-scenario = Scenārijs: { $scenario }
chart-scenario-time-limit = { $scenario } (sasniegts laika ierobežojums: līdz { $gap }% zem labākā iespējamā plāna)
chart-scenario-within-gap = { $scenario } (ne vairāk kā { $gap }% zem labākā iespējamā plāna, kā atļauj --mip-gap)
chart-infeasible = neizpildāms
chart-no-plan-found = plāns nav atrasts
chart-thousands = { $amount }k
chart-paid-by = Maksātāji
chart-paid-by-nobody = neviens: nauda netiek izmantota

chart-money-by-period-title = Nauda pa finansējuma avotiem un gadiem (EUR)

chart-money-by-source-title = Nauda pa finansējuma avotiem un scenārijiem (EUR)
chart-money-by-source-subtitle = Viss plāna periods, visi gadi kopā

chart-source-use-title = Katra finansējuma avota izlietojums pret tā budžetu (EUR)
chart-source-use-available = Pieejamais budžets
chart-source-use-used = Izlietotā nauda (avota krāsā)
chart-source-use-off = šajā scenārijā izslēgts
chart-source-use-share = izlietojums { $percent }%: { $used } no { $available }
chart-source-use-no-budget = izlietojums { $used }, budžeta nav
chart-source-use-no-cap = izlietojums { $used }, bez budžeta griestiem

chart-funding-matrix-title = Katras darbības finansējums pa avotiem (EUR)
chart-funding-matrix-subtitle = Scenārijs: { $scenario }. Tikai finansētās darbības; summas tūkstošos EUR (k)
chart-funding-matrix-total = Kopā
chart-funding-matrix-scale = EUR uz darbību un avotu
chart-funding-matrix-none = Šajā scenārijā netiek finansēta neviena darbība.

chart-indicators-title = Katrā scenārijā sasniegtie rādītāji pret to mērķvērtībām
chart-indicators-subtitle = Katram rādītājam savs panelis; stabiņi rāda, ko sasniedz katra scenārija plāns
chart-indicators-reached = Sasniegts
chart-indicators-target = Mērķvērtība (minimums)
chart-indicators-below = (sarkanā krāsā — vērtība zem mērķvērtības)
chart-indicator-with-target = { $indicator }: { $kind } mērķvērtība { $target }
chart-indicator-kind = { $indicator } ({ $kind } mērķvērtība)
chart-indicator-no-target = { $indicator } (bez mērķvērtības)

chart-selection-title = Katrā scenārijā finansētās darbības
chart-selection-subtitle = Darbības plāna secībā; katram scenārijam sava kolonna
chart-selection-not-funded = Nefinansēta
chart-selection-part = Daļēji finansēta (daļa šūnā)
chart-selection-full = Finansēta pilnībā
chart-selection-no-plan = Nav plāna

chart-frontier-title = Ko dod papildu nauda ({ $money }) – { $scenario }
chart-frontier-money-axis = { $money }: izlietotā summa (EUR)
chart-frontier-impact-axis = Svērtā ietekme (punkti)
chart-frontier-subtitle-exact = Lielākā svērtā ietekme, ko kāds plāns sasniedz ar katru šīs naudas summu (aprēķināta precīzi); visi pārējie scenārija noteikumi ir spēkā
chart-frontier-subtitle-grid = Lielākā svērtā ietekme, ko kāds plāns sasniedz ar katru šīs naudas summu (aprēķināta summu režģī); visi pārējie scenārija noteikumi ir spēkā
chart-frontier-caption-exact = Kā to lasīt: katrs punkts ir plāns, ko nepārspēj neviens cits: neviens nedod lielāku ietekmi par savu naudu, neviens tikpat lielu par mazāku. Starp diviem punktiem nauda dod vismaz zemākā punkta ietekmi un ne vairāk kā par { $step } lielāku. Pelēkajā joslā pa kreisi no 1. punkta neviens plāns neievēro visus noteikumus. Punktu numuri ir tie paši, kas failos frontier.csv un frontier.md.
chart-frontier-caption-grid = Kā to lasīt: katrs punkts ir plāns, ko nepārspēj neviens cits: neviens nedod lielāku ietekmi par savu naudu, neviens tikpat lielu par mazāku. Starp diviem punktiem nauda dod vismaz zemākā punkta ietekmi. Pelēkajā joslā pa kreisi no 1. punkta neviens plāns neievēro visus noteikumus. Punktu numuri ir tie paši, kas failos frontier.csv un frontier.md.
chart-frontier-no-plan = Neviens plāns neievēro visus šī scenārija noteikumus
chart-frontier-legend-line = Lielākā ietekme par šo naudu; katrs punkts ir plāns
chart-frontier-legend-flat = Vairāk naudas neko vairāk nedod
chart-frontier-legend-current = Šis plāns: paša scenārija plāns
chart-frontier-this-plan = šis plāns
chart-frontier-current-detail = { $money } EUR, ietekme { $impact }
chart-core-index-title = Cik bieži katra darbība tiek finansēta (kodola indekss)
chart-core-index-subtitle = { $samples } izlozes par to, kuri konkursi izdodas; 100% = finansēta jebkurā gadījumā
chart-targets-met-title = Cik bieži katra mērķvērtība tiek sasniegta
chart-targets-met-subtitle = { $samples } izlozes; izloze bez plāna skaitās kā nesasniegta
chart-objective-title = Mērķfunkcija pa izlozēm
chart-objective-subtitle = Cik no { $plans } izlozēm ar plānu (no { $samples }) sasniedz katru līmeni
chart-objective-draws = izlozes

# The chart of solve --risk (src/plot/holds.rs).
chart-holds-title = Noturības cena
chart-holds-subtitle = Daļa no { $fresh } jauniem izlozes gadījumiem par to, kas izmaksā
chart-holds-target = Mērķis { $indicator } sasniegts
chart-holds-impact = Saglabātā ietekme (parastais plāns = 100%)

chart-timeline-title = Kad notiek katra finansētā darbība
chart-timeline-subtitle-owner = Scenārijs: { $scenario }. Sagrupēts pēc atbildīgā; katra josla tās galvenā maksātāja krāsā
chart-timeline-subtitle-goal = Scenārijs: { $scenario }. Sagrupēts pēc mērķa; katra josla tās galvenā maksātāja krāsā
chart-timeline-subtitle-plain = Scenārijs: { $scenario }. Katra josla tās galvenā maksātāja krāsā
chart-timeline-main-payer = Galvenais maksātājs:
chart-timeline-nobody-pays = neviens (tikai darbinieku stundas)
chart-timeline-written = Sākotnēji paredzētais sākums (darbība pārcelta vēlāk)
chart-timeline-deadline = Beigu termiņš
chart-timeline-later = { $count ->
    [one] +{ $count } gads
   *[other] +{ $count } gadi
}
chart-timeline-no-periods = nevienā gadā nav ne izmaksu, ne darbinieku stundu

chart-workload-title = Nepieciešamās darbinieku stundas pret pieejamajām
chart-workload-subtitle = Scenārijs: { $scenario }. Stundas, kas finansētajām darbībām katru gadu vajadzīgas no darbiniekiem, atskaitot partneru stundas
chart-workload-needed = Vajadzīgās stundas
chart-workload-full = Stundas izmantotas pilnībā
chart-workload-capacity = Pieejamās stundas
chart-workload-unit = stundas
chart-workload-used-of = { $used } no { $capacity }

## Burn-up chart of fundmix monitor (src/plot/burnup.rs)
chart-burnup-title = { $indicator }: plānotais un sasniegtais
chart-burnup-subtitle = Kopsumma katra gada beigās; sasniegtais līdz { $as_of }; mērķvērtība ir { $last }. gada beigām
chart-burnup-planned = Plāns
chart-burnup-reached = Sasniegts
chart-burnup-projected = Prognoze, ja pārējais notiks, kā plānots
chart-burnup-target = Mērķvērtība
# $kind: target-hard or target-soft of report.ftl.
chart-burnup-target-label = mērķvērtība { $target } ({ $kind })
chart-burnup-start = sākums
chart-burnup-axis = gada beigas
chart-burnup-as-of = stāvoklis { $as_of }
