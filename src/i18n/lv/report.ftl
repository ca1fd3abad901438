# The words every format shares (src/view.rs): the check, the aim, the status, targets.

check-passed = plāns ievēro visus noteikumus
aim-min-own-cost = vismazāk pašvaldības naudas (plus sodi par neizpildītiem elastīgajiem mērķiem)
aim-max-impact = lielākā svērtā ietekme (mīnus sodi par neizpildītiem elastīgajiem mērķiem)
status-optimal = atrasts labākais iespējamais plāns (pierādīts optimāls)
status-within-gap = atrasts labs plāns, ne vairāk kā { $gap }% zem labākā iespējamā (jūsu atļautā --mip-gap)
status-time-limit-plan = sasniegts laika ierobežojums: zemāk redzamais plāns var būt līdz { $gap }% zem labākā iespējamā
status-time-limit-no-plan = laika ierobežojums sasniegts, pirms tika atrasts kāds plāns
status-infeasible-diagnosed = neviens plāns nevar izpildīt visus noteikumus (kāpēc un kas to mainītu — zemāk)
status-infeasible = neviens plāns nevar izpildīt visus noteikumus (pārbaudiet obligātās darbības, stingros mērķus, budžetus un darbinieku kapacitāti)
status-unbounded = mērķfunkcijai nav robežas (lūdzu, ziņojiet par to)
target-hard = stingrs
target-soft = elastīgs

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
term-target-hard = { $kind } mērķis { $target }
term-target-soft = { $kind } mērķis { $target }, trūkst { $shortfall }
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
limits-none-binding = Neviens budžets, partnera piedāvājums, darbinieku kapacitāte vai mērķis nav izmantots pilnībā: { $count ->
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
limits-step-target = Mērķa samazināšana par 1
limits-holds-at = ir spēkā tikai pie { $at } { $unit }
limits-holds-between = ir spēkā no { $from } līdz { $to } { $unit }
limits-holds-from = ir spēkā no { $from } { $unit } un vairāk
limits-holds-up-to = ir spēkā līdz { $to } { $unit }
limits-target-used = sasniegts { $reached }, mērķis { $target }
limits-used = { $used } no { $limit } { $unit }
limits-target-worth-nothing = sasniegts tieši, bet zemāks mērķis plānu nemainītu
limits-worth-nothing = izmantots pilnībā, bet viena vienība vairāk plānu nemainītu
limits-none-fully-used = Neviena robeža nav izmantota pilnībā.
fix-and = ; un
no-plan-one-limit = Šo robežu nevar ievērot neatkarīgi no budžetiem, piedāvājumiem un darbinieku laika:
no-plan-limits = Šīs robežas nevar ievērot visas kopā (jebkura no tām varētu piekāpties):
no-plan-smallest-set = Mazākais izmaiņu kopums, kas dod plānu
no-plan-smallest-change = Mazākā izmaiņa, kas dod plānu
no-plan-no-fix = Neviena budžeta, piedāvājuma, darbinieku laika, mērķu vai obligāto darbību izmaiņa viena pati nedod plānu: pārbaudiet saites starp darbībām (requires, excludes) un līdzfinansējuma likmes.
