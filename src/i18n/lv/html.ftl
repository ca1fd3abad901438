# html: see the matching English file for where each message is used, and which messages are
# HTML (ids ending in -markup: write &, < and > there as &amp;, &lt; and &gt;).

## The frame of both pages (html/mod.rs).

html-charts = Diagrammas
html-status-best = optimāls plāns
html-status-within-gap = labs plāns (≤ { $gap }% no labākā)
html-status-time-limit-plan = laiks beidzās: plānu var uzlabot
html-status-time-limit-no-plan = laiks beidzās: plāna nav
html-status-infeasible = plāna nav
html-status-unbounded = neierobežots (lūdzu, ziņojiet)
html-aim-own = { $value } EUR pašu naudas
html-aim-impact = { $value } ietekmes punkti
html-of = { $part } no { $whole }
html-total-cost = Kopējās izmaksas

## report.html (html/scenario_page.rs).

html-scenario-kicker = fundmix · finansējuma plāns
html-status-label = Statuss:
html-footer-markup = Izveidots ar fundmix. Plūsmas pa gadiem ir failā allocation.csv, visi skaitļi — failā summary.json.

html-no-plan-footer-markup = Izveidots ar fundmix. Visi skaitļi ir failā summary.json.
html-no-plan-intro = Šim scenārijam nevar izveidot finansējuma plānu: neviena darbību, avotu un gadu izvēle neievēro visus noteikumus vienlaikus.
html-no-plan-time-limit-markup = Risinātājs apstājās pie laika ierobežojuma, pirms atrada kādu plānu. Atļaujiet vairāk laika ar <code>--time-limit</code> vai atvieglojiet kādu no šiem noteikumiem, lai plānu būtu vieglāk atrast:
html-no-plan-unbounded = Mērķfunkcijai nav robežas. Ar derīgiem ievaddatiem tā nevar notikt: lūdzu, ziņojiet par to un pievienojiet ievaddatu failus. Pagaidām pārbaudiet šos noteikumus:
html-no-plan-loosen = Šim scenārijam nevar izveidot finansējuma plānu: neviena darbību, avotu un gadu izvēle neievēro visus noteikumus vienlaikus. Atvieglojiet kādu no šiem noteikumiem un atrisiniet vēlreiz:
html-rule-must-markup = <strong>obligāta</strong> darbība (statuss <code>must</code>), ko nevar apmaksāt vai nodrošināt ar darbiniekiem;
html-rule-hard-target-markup = <strong>stingra mērķvērtība</strong>, ko finansējamās darbības nevar sasniegt;
html-rule-budget-markup = finansējuma avota <strong>budžets</strong>, līdzfinansējuma likme vai granta apmērs;
html-rule-staff-markup = pašvaldības <strong>darbinieku kapacitāte</strong>.
html-must-actions-markup = <strong>Obligātās</strong> darbības (statuss <code>must</code>): { $actions }.

html-not-funded-count = { $count ->
    [one] { $count } nav finansēta
   *[other] { $count } nav finansētas
}
html-total-cost-note = finansētajām darbībām
html-own-money-note = pašvaldības budžets
html-external-money = Ārējais finansējums
html-external-money-note = t. sk. partneru nauda { $cash }
html-leverage-note = EUR ārējā finansējuma uz 1 EUR pašu naudas
html-aim = Mērķfunkcija
html-solve-time = Risināšanas laiks
html-seconds = { $seconds } s

html-must-mark = (obligāta)

html-sources-hint = Katram gadam parādīta izmantotā nauda un zem tās — tā gada budžets.
html-of-budget = no { $budget }




html-limits-rest = { $rest }; visas ir failā summary.json.

html-matrix-hint = Kas maksā par katru finansēto darbību: finansējuma avoti, tad partneri, kas iegulda naudu.

## comparison.html (html/comparison_page.rs).

html-comparison-kicker = fundmix · salīdzinājums
html-comparison-lead-markup = { $count ->
    [one] Salīdzināts { $count } scenārijs
   *[other] Salīdzināti { $count } scenāriji
}: { $names }.
html-comparison-footer-markup = Izveidots ar fundmix. Visa informācija ir katra scenārija atskaitē.

html-outcome-heading = Iznākums
html-col-objective = Mērķfunkcija
html-col-staff-hours = Pašvaldības darbinieku stundas
html-col-what-limits = Kas to ierobežo
html-none = nav
html-outcome-hint = Kas to ierobežo: plānam — tā vērtīgākā pilnībā izmantotā robeža un cik vērta ir viena vienība vairāk; ja plāna nav — mazākā izmaiņa, kas to dod.

html-money-heading = Nauda (EUR, visi gadi)
html-money-hint-markup = Izmantotā nauda no katra finansējuma avota (<em>{ $off }</em>: avots šajā scenārijā nav pieejams). Pašu nauda ir pašvaldības nauda; ārējais finansējums ir visi pārējie finansējuma avoti un partneru nauda.
html-off = izslēgts
html-col-partners-cash = Partneru nauda
html-col-own = Pašu nauda
html-col-external = Ārējais finansējums

html-targets-heading = Rādītāji salīdzinājumā ar mērķvērtībām
html-targets-hint = Katra plāna sasniegtā vērtība; zem tās — mērķvērtība un vai tā ir sasniegta.
html-target-value = mērķvērtība { $target }
html-short = trūkst { $shortfall }

html-selection-heading = Kuras darbības finansē katrs scenārijs
html-selection-hint = Katras darbības finansētā daļa: 100% — pilnībā, mazāk — ja apjoms samazināts, – ja nav finansēta.
html-no-plan = nav plāna
html-risk-kicker = fundmix · finansējuma risks
html-monitor-kicker = fundmix · plāna uzraudzība
