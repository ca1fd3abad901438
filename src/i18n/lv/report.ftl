# The words every format shares (src/view.rs): the check, the aim, the status, targets.

check-passed = plāns ievēro visus noteikumus
aim-min-own-cost = vismazāk pašvaldības naudas (plus sodi par nesasniegtām elastīgajām mērķvērtībām)
aim-max-impact = lielākā svērtā ietekme (mīnus sodi par nesasniegtām elastīgajām mērķvērtībām)
status-optimal = atrasts labākais iespējamais plāns (pierādīts optimāls)
status-within-gap = atrasts labs plāns, ne vairāk kā { $gap }% zem labākā iespējamā (atļautā --mip-gap robežās)
status-time-limit-plan = sasniegts laika ierobežojums: zemāk redzamais plāns var būt līdz { $gap }% zem labākā iespējamā
status-time-limit-no-plan = laika ierobežojums sasniegts, pirms tika atrasts kāds plāns
status-infeasible-diagnosed = neviens plāns nevar izpildīt visus noteikumus (kāpēc un kas to mainītu — zemāk)
status-infeasible = neviens plāns nevar izpildīt visus noteikumus (pārbaudiet obligātās darbības, stingrās mērķvērtības, budžetus un darbinieku kapacitāti)
status-unbounded = mērķfunkcijai nav robežas (lūdzu, ziņojiet par to)
target-hard = stingra
target-soft = elastīga

# The terminal summary of `fundmix solve` (src/report/text.rs). The labels are padded to one
# width in code.
term-scenario = Scenārijs
term-status = Statuss
term-checked = Pārbaude
term-checked-line = { $check } (neatkarīga pārbaude)
term-funded = Finansēts
term-funded-line = { $funded } no { $total } darbībām, kopējās izmaksas { $cost }
term-money = Nauda
term-money-line = pašu { $own } + ārējā { $external } (piesaiste { $leverage } EUR uz katru pašu EUR)
term-objective-own = Mērķfunkcija ({ $kind }): { $value } EUR pašu naudas (+ sodi)
term-objective-impact = Mērķfunkcija ({ $kind }): { $value } svērtās ietekmes punkti
term-target-hard = { $kind } mērķvērtība { $target }
term-target-soft = { $kind } mērķvērtība { $target }, trūkst { $shortfall }
term-why = Kāpēc
term-fix = Labojums
fix-or = Vai
term-limits = Robežas
term-limits-heading = Kas ierobežo šo plānu (vērtīgākais vispirms):
term-limits-rest = { $rest }; sk. report.md.
term-solved-in = Atrisināts { $seconds } s

# What limits the plan, and why there is no plan (src/report/limits.rs).
unit-hours = stundas
limits-caveat = Šīs vērtības ir spēkā ar pašreiz finansēto darbību kopu; cita izvēle var būt vērtīgāka — sk. { $explain } un { $frontier }.
limits-more-binding = { $count ->
    [one] vēl { $count } robeža ir pilnībā izmantota
   *[other] vēl { $count } robežas ir pilnībā izmantotas
}
limits-others-room-left = { $count ->
    [one] { $count } citā robežā vēl ir rezerve
   *[other] { $count } citās robežās vēl ir rezerve
}
limits-room-left = { $count ->
    [one] { $count } robežā vēl ir rezerve
   *[other] { $count } robežās vēl ir rezerve
}
limits-and = { $first }, un { $second }
limits-none-binding = Neviens budžets, partnera piedāvājums, darbinieku kapacitāte vai mērķvērtība nav izmantota pilnībā: { $count ->
    [one] vienīgajā robežā vēl ir rezerve
   *[other] visās { $count } robežās vēl ir rezerve
}. Citas darbības ārpus plāna patur kas cits — līdzfinansējuma likmes, grantu apmēri, saites starp darbībām — vai arī visas darbības jau ir finansētas.
limits-at-most = ne vairāk kā { $size }
limits-adds-impact = pievieno { $size } ietekmes punktus
limits-takes-impact = atņem { $size } ietekmes punktus
limits-saves-own = ietaupa { $size } EUR pašu naudas
limits-costs-own = maksā par { $size } EUR vairāk pašu naudas
limits-same-impact = ar to pašu ietekmi
limits-same-own = ar to pašu pašu naudu
limits-step-target = Mērķvērtības samazināšana par 1
limits-holds-at = ir spēkā tikai pie vērtības { $at } { $unit }
limits-holds-between = ir spēkā robežās { $from }–{ $to } { $unit }
limits-holds-from = ir spēkā no vērtības { $from } { $unit } un vairāk
limits-holds-up-to = ir spēkā līdz vērtībai { $to } { $unit }
limits-target-used = sasniegts { $reached }, mērķvērtība { $target }
limits-used = { $used } no { $limit } { $unit }
limits-target-worth-nothing = sasniegta tieši, bet zemāka mērķvērtība plānu nemainītu
limits-worth-nothing = izmantots pilnībā, bet viena vienība vairāk plānu nemainītu
limits-none-fully-used = Neviena robeža nav izmantota pilnībā.
fix-and = ; un
no-plan-one-limit = Šo robežu nevar ievērot neatkarīgi no budžetiem, piedāvājumiem un darbinieku laika:
no-plan-limits = Šīs robežas nevar ievērot visas kopā (jebkura no tām varētu piekāpties):
no-plan-smallest-set = Mazākais izmaiņu kopums, kas dod plānu
no-plan-smallest-change = Mazākā izmaiņa, kas dod plānu
no-plan-no-fix = Neviena budžeta, piedāvājuma, darbinieku laika, mērķvērtību vai obligāto darbību izmaiņa viena pati nedod plānu: pārbaudiet saites starp darbībām (requires, excludes) un līdzfinansējuma likmes.

# Kinds of funding source (English: as sources.csv writes them).
kind-own = pašvaldības
kind-eu = ES
kind-national = valsts
kind-grant = grants
kind-private = privātais
kind-other = cits

# report.md (src/report/markdown.rs).
md-no-plan-undiagnosed = Šim scenārijam nevar sastādīt finansēšanas plānu. Atslābiniet kādu noteikumu un risiniet vēlreiz: obligātu (`must`) darbību, stingru mērķvērtību, budžetu vai darbinieku kapacitāti.
md-aim = Mērķfunkcija
md-funded = Finansēts
md-funded-line = { $funded } no { $total } darbībām, { $cost }
md-money = Nauda
md-money-line = pašu { $own }, ārējais finansējums { $external } (tostarp partneru nauda { $partners }); piesaiste { $leverage } EUR ārējā finansējuma uz katru pašu EUR
md-money-by-source = Nauda pa avotiem (EUR)
md-files = Naudas plūsmas pa gadiem ir failā { $allocation }; visi skaitļi — { $summary }.
md-no-choice = Neviena darbību, avotu un gadu izvēle nevienlaikus neievēro visus šī scenārija noteikumus.
md-limits-rest = { $rest }; visas ir failā { $summary }.

# Statuses in tables (English: as summary.json writes them).
status-short-optimal = optimāls
status-short-within-gap = pieļautās atkāpes robežās
status-short-time-limit = laika ierobežojums
status-short-infeasible = neizpildāms
status-short-unbounded = neierobežots

# comparison.md and the terminal table of `fundmix compare` (src/report/comparison.rs,
# src/cmd/compare.rs).
cmp-partners-cash = partneru nauda
cmp-indicators = Rādītāji (sasniegts / mērķvērtība)
cmp-folders = Katra scenārija pilnais pārskats ir tā mapē; { $selection } rāda, kuras darbības katrs finansē.
cmp-what-limits = Kas ierobežo katru scenāriju
cmp-what-limits-intro = Plānam — tā vērtīgākā pilnībā izmantotā robeža un ko dod viena vienība vairāk; scenārijam bez plāna — mazākā izmaiņa, kas dod plānu.
cmp-term-actions = Darbības
cmp-term-total = Kopā EUR
cmp-term-own = Pašu EUR
term-reports = Pārskati
term-model = Modelis
term-model-line = { $file } (nauda vienībās pa { $unit } EUR)

# Problems in the user's input (src/error.rs), in the language of --lang (or the scenario's
# lang). The messages themselves are in input.ftl.
err-problems = ievaddatos { $count ->
    [one] ir { $count } problēma
   *[other] ir { $count } problēmas
} (nekas netika ierakstīts):
err-line = { $line }. rinda
err-row = { $row }. rinda
err-key = atslēga '{ $key }'
err-column = kolonna '{ $column }'
err-how-to-fix = kā labot
err-prefix = Kļūda
err-if-not-meant = ja tā nav domāts
note-prefix = Piezīme

# Where the time went (`solve --timings`, src/timings.rs) and the progress line of a long
# solve (src/solve/progress.rs). summary.json keeps the steps' English names.
step-heading = Kur aizgāja laiks:
step-total = kopā
step-read = ievaddatu nolasīšana un pārbaude
step-export = modeļa eksports
step-build = modeļa izveide
step-most-impact = risināšana: lielākā ietekme
step-least-own = risināšana: vismazāk pašu naudas
step-tie-least-own = risināšana: neizšķirta gadījumā vismazāk pašu naudas
step-tie-most-impact = risināšana: neizšķirta gadījumā lielākā ietekme
step-tie-partnerships = risināšana: neizšķirta gadījumā vismazāk partnerību
step-settle-cbc = risināšana: CBC plāna naudas precizēšana
step-highs-after-cbc = risināšana: pirmais posms ar HiGHS (CBC plānu neatrada)
step-best-value = risināšana: labākā vērtība
step-check = plāna neatkarīga pārbaude
step-limits = analīze: kas ierobežo plānu
step-diagnose = analīze: kāpēc plāns nav iespējams
step-frontier = analīze: pašu naudas robežlīkne
step-charts = grafiku zīmēšana
step-write = pārskatu rakstīšana
progress-line = { $step }: { $seconds } s, labākais plāns līdz šim { $best }, labākais iespējamais { $bound }, ne vairāk kā { $gap } attālumā
progress-no-plan = { $step }: { $seconds } s, plāns vēl nav atrasts
progress-gap-unknown = nezināms

# Table columns and section headings shared by the report formats (report.md, report.html,
# the workbooks, the comparison): one wording for each.
col-action = Darbība
col-name = Nosaukums
col-goal = Mērķis
col-scale = Apjoms
col-cost-eur = Izmaksas (EUR)
col-source = Avots
col-kind = Veids
col-total = Kopā
col-budget = Budžets
col-used = Izlietots
col-partner = Partneris
col-joins = Piedalās
col-cash-eur = Nauda (EUR)
col-hours = Stundas
col-needed = Vajadzīgas
col-given-by-partners = Dod partneri
col-municipal-staff = Pašvaldības darbinieki
col-capacity = Kapacitāte
col-indicator = Rādītājs
col-weight = Svars
col-reached = Sasniegts
col-target = Mērķvērtība
col-shortfall = Iztrūkums
col-limit = Robeža
col-used-available = Izmantots / pieejams
col-worth = Ko dod viena vienība vairāk
no-cap = bez ierobežojuma
no-limit = bez ierobežojuma
sec-title = Finansējuma plāns: { $scenario }
sec-check = Neatkarīgā pārbaude
sec-funded-actions = Finansētās darbības
sec-not-funded = Nefinansētās darbības
sec-partners = Partneri
sec-staff-hours = Darbinieku stundas
sec-indicators = Rādītāji un mērķvērtības
sec-why-no-plan = Kāpēc plāna nav
sec-make-a-change = Veiciet vienu no šīm izmaiņām scenārija failā un risiniet vēlreiz.
sec-limits = Kas ierobežo šo plānu
sec-limits-intro = Robežas, ko šis plāns izmanto pilnībā (vērtīgākā vispirms), un ko dod viena vienība vairāk (mērķvērtībai — viena vienība mazāk).
col-status = Statuss
col-scenario = Scenārijs
cmp-title = Scenāriju salīdzinājums
cmp-actions-funded = Finansētās darbības
cmp-own-money = Pašu nauda
cmp-leverage = Piesaistes koeficients
cmp-must-not-funded = Nefinansētās obligātās darbības
source-switched-off = { $name } (šajā scenārijā izslēgts)
all-sources = Visi finansējuma avoti
col-year = Gads
col-result = Rezultāts
verdict-met = sasniegta
verdict-no-target = nav mērķvērtības
verdict-short-by = trūkst { $shortfall }
sec-sources = Nauda pa finansējuma avotiem un gadiem (EUR)
sec-matrix = Finansējuma matrica (EUR, visi gadi)
replan-added = pievienota
replan-dropped = izņemta
replan-delayed = pārcelta no { $from } uz { $to }
replan-stopped = apturēta; iztērētā nauda paliek iztērēta
replan-why-stopped = jūs to apturējāt failā stopped.csv
replan-why-start-passed = tā nebija sākusies, un tās vēlākais sākums vai beigu termiņš neļauj sākt vēlāk
replan-why-not-started = tā nesākās, kad plānots, tāpēc tā sākas pēc pagājušajiem periodiem
replan-why-money-left = pēc iztērētā atlikusī nauda un darba laiks dod vairāk citām darbībām
replan-why-money-freed = to apmaksā nauda vai darba laiks, kas atbrīvojās citu izmaiņu dēļ
replan-col-change = Kas mainās
replan-col-why = Kāpēc
replan-col-planned = Plānots turpmāk (EUR)
replan-col-replanned = Pārplānots turpmāk (EUR)
replan-col-difference = Starpība (EUR)

sec-timeline = Laika grafiks
sec-timeline-intro = Kad notiek katra finansētā darbība, kas par to atbild un kas to apmaksā (lielākā daļa vispirms). Darbību, kurai norādīts latest_start, var sākt vēlāk, nekā sākotnēji paredzēts, kopā ar tās izmaksām un darbinieku stundām, ja tā plānā var finansēt vairāk.
col-owner = Atbildīgais
col-runs = Norises laiks
col-start = Sākums
col-paid-by = Apmaksā
timeline-as-written = kā sākotnēji paredzēts
timeline-moved-later = pārcelta no { $from } uz { $to }, { $count ->
    [one] par { $count } gadu vēlāk
   *[other] par { $count } gadiem vēlāk
}
timeline-no-owner = Atbildīgais nav norādīts
timeline-no-goal = Mērķis nav norādīts
timeline-none-moved = Visas finansētās darbības notiek, kā sākotnēji paredzēts.
timeline-some-moved = { $count ->
    [one] { $count } finansētā darbība sākas vēlāk, nekā sākotnēji paredzēts
   *[other] { $count } finansētās darbības sākas vēlāk, nekā sākotnēji paredzēts
}: { $actions }.
term-timing = Laiks
md-timeline-files = Laika grafiks ir arī failā { $file }, pa vienai rindai katrai finansētajai darbībai.
workload-all-staff = Visi pašvaldības darbinieki

## fundmix monitor: the plan as adopted against what happened (src/view/monitor.rs, src/report/monitor.rs)
mon-title = Uzraudzība – { $scenario }, līdz { $as_of } (ieskaitot)
mon-intro = Līdz { $as_of } (ieskaitot) iztērēti { $spent } no plānotajiem { $planned } ({ $share }); { $warnings ->
    [0] nekas neprasa uzmanību.
    [one] { $warnings } konstatējums prasa uzmanību.
   *[other] { $warnings } konstatējumi prasa uzmanību.
}
mon-spent-label = Iztērēts līdz { $as_of }
mon-spent-of-planned = { $spent } no plānotajiem { $planned }; novirze { $variance }
mon-plan-label = Pieņemtais plāns
mon-plan-total = { $total } visos gados, līdz { $last }
mon-attention-heading = Kam jāpievērš uzmanība
mon-nothing-to-flag = Nekas neprasa uzmanību: nav apdraudētas naudas, nav pārtēriņa, nav aizkavētu darbību, visas mērķvērtības vēl ir sasniedzamas.
mon-urgent = Steidzami:
mon-urgent-pill = steidzami
mon-check-pill = pārbaudīt
mon-no-plan = Scenārijam nav plāna, ar ko salīdzināt faktiskos datus ({ $status }). Palaidiet tam fundmix solve, lai redzētu, kāpēc, un uzraugiet tā plāna scenāriju, kas tika pieņemts.
# $amount: an amount with its unit, e.g. 42 000 EUR; $spend_by: a period.
mon-warn-at-risk = { $name }: { $amount } vēl nav iztērēti un nav plānoti atlikušajos periodos: tie jāiztērē līdz { $spend_by }, citādi tie tiks zaudēti.
mon-warn-lost = { $name }: { $amount } netika iztērēti līdz { $spend_by }, pēdējam periodam, kurā šo naudu varēja izlietot: tie ir zaudēti, ja vien programma nepagarina termiņu.
mon-warn-after-deadline = { $name }: plāns no šī avota maksā { $amount } pēc { $spend_by }, pēdējā perioda, kurā tā naudu drīkst izlietot; pārceliet šos izdevumus agrāk vai uz citu avotu.
mon-warn-slow-eu = { $name }: { $amount }, kas plānoti līdz { $as_of }, vēl nav iztērēti. ES naudai ir izlietošanas termiņš (n+2/n+3): norādiet to sources.csv kolonnā spend_by, lai redzētu, kas ir apdraudēts.
mon-warn-target = { $indicator }: mērķvērtība { $target } nav sasniedzama, ja pārējais notiks, kā plānots (prognoze līdz beigām { $projected }).
mon-warn-overrun = { $action }: iztērēti { $spent }, par { $over } vairāk nekā līdz { $as_of } plānotie { $planned }.
mon-warn-not-in-plan = { $action }: iztērēti { $spent }, bet plāns šo darbību nefinansē.
mon-warn-payer-not-in-plan = { $action }: { $payer } samaksāja { $spent }, bet plāns šai darbībai no { $payer } neko neparedz.
mon-warn-not-started = { $action }: nekas nav iztērēts, lai gan plānā tai līdz { $as_of } bija paredzēti { $planned }: darbība kavējas.
mon-state-on-plan = atbilst plānam
mon-state-over = virs plāna
mon-state-behind = atpaliek no plāna
mon-state-not-started = nav sākta (kavējas)
mon-state-not-due = sāksies vēlāk
mon-state-not-in-plan = nav plānā
mon-state-stopped = apturēta
mon-state-stopped-because = apturēta: { $reason }
mon-col-state = Stāvoklis
mon-col-payer = Maksātājs
mon-col-planned = Plānots
mon-col-planned-total = Plānots, visi gadi
mon-col-planned-to-date = Plānots līdz { $as_of }
mon-col-spent = Iztērēts
mon-col-variance = Novirze
mon-col-variance-share = Novirze %
mon-kind-partner = partneris (nauda)
mon-col-reached = Sasniegts līdz { $as_of }
mon-col-planned-by = Plānots līdz { $period }
mon-col-still-expected = Vēl gaidāms
mon-col-projected = Prognoze līdz { $period }
mon-col-target-verdict = Izredzes
mon-reachable = sasniedzama
mon-out-of-reach = nav sasniedzama (trūkst { $short })
mon-col-spend-by = Izlietot līdz
mon-no-deadline = bez termiņa
mon-col-committed = Paredzēts plānā
mon-col-absorbed = Apgūts
mon-col-remaining = Atlikums
mon-col-still-planned = Vēl plānots līdz termiņam
mon-col-at-risk = Apdraudēts
mon-actions-heading = Darbības: plānotais pret iztērēto
mon-actions-hint = Nauda EUR līdz { $as_of } (ieskaitot). Novirze ir iztērētais mīnus plānotais: virs 0 darbība iztērējusi vairāk nekā plānots, zem 0 — mazāk; procentos — no plānotās summas.
mon-payers-heading = Kas maksāja: plānotais pret iztērēto pa avotiem un partneriem
mon-indicators-heading = Rādītāji: sasniegtais pret plānu un mērķvērtību
mon-indicators-hint = Sasniegtais ir līdzšinējā progress.csv summa. Plāns sagaida katras finansētās darbības ietekmi līdz ar tās izdevumiem: tās izmaksu daļa, kas plānota līdz gada beigām, reizināta ar tās ietekmi. Prognoze sasniegtajam pieskaita to, ko plāns vēl sagaida pēc uzraudzības datuma (bez apturētajām darbībām); mērķvērtība ir sasniedzama, ja prognoze to sasniedz.
mon-absorption-heading = Apguve: paredzētais, iztērētais un apdraudētais pa avotiem
mon-absorption-hint = Paredzēts plānā ir tas, ko plāns no avota maksā visos gados. Apgūts ir iztērētais kā daļa no līdz šim plānotā. Apdraudēts (avotam ar termiņu spend_by) ir paredzētais mīnus iztērētais mīnus tas, ko plāns no tā vēl maksā pirms termiņa: nauda, kas tiks zaudēta, ja vien to neiztērēs ātrāk, nekā plānots.
mon-periods-heading = Nauda pa darbībām, maksātājiem un gadiem
mon-files = Kā aprēķināts katrs skaitlis: docs/monitor.md. Faili: monitor.json (viss), variance.csv, indicators.csv, absorption.csv, charts/burnup_<indicator>.png un .svg.
replan-heading = { $periods } pārplānojums
replan-no-plan = Pārplānot nav iespējams ({ $status }): iztērētais un darbības, kurām jāturpinās, neatstāj noteikumiem atbilstošu plānu; replan/report.md paskaidro, kāpēc, un kas to padarītu iespējamu.
# $status: tukšs vai " (pieļaujamās atkāpes robežās)" u. tml.
replan-summary = Periodi pēc { $as_of } plānoti no jauna ar to, kas palicis, iztērēto atstājot, kā bija{ $status }: { $objective } pret { $adopted } pieņemtajā plānā; { $changes ->
    [0] neviena darbība nemainās.
    [one] mainās 1 darbība.
   *[other] mainās { $changes } darbības.
} Viss pārplānojums (finansējuma matrica, laika grafiks, diagrammas, pārbaudīts kā jebkurš plāns, ieskaitot pagātni) ir failā replan/report.md.
replan-money-heading = Turpmākā nauda pa avotiem
replan-name = { $scenario }, pārplānots pēc { $as_of }
replan-why-spent-already = tai jau tērēta nauda, lai gan pieņemtais plāns to nefinansēja: tā turpinās
replan-why-fits-later = tās sākums vēl nebija pienācis; atlikusī nauda un darba laiks labāk ļauj to sākt vēlākā gadā
replan-advanced = pārcelta agrāk, no { $from } uz { $to }
