# analysis: see the matching English file for where each message is used.
#
# Vārdu izvēle: darbība (action), robeža (limit: budžets, piedāvājums, darbinieku laiks,
# mērķvērtība), finansējuma avots, partneris, rādītājs, robežlīkne (frontier), punkti (impact
# points).
# Nosaukumi un id no lietotāja failiem netiek locīti: tos ievada sugasvārds ģenitīvā ("avota
# ESF+ budžets", "partnera Telekom naudas piedāvājums") vai tie stāv aiz kola vai iekavās.

an-when-period = , { $period }
an-when-whole = {" "}visam plānam
an-budget-of = avota { $source } budžets
an-rule-scale = darbības { $action } finansētais apjoms
an-rule-covered = darbības { $action } pilnās izmaksas ir segtas{ $when }
an-rule-source-total = avota { $source } kopējais budžets
an-rule-source-total-budget = { $source }, kopā
an-rule-share = avots { $source } sedz ne vairāk kā { $share }% no darbības { $action } izmaksām
an-rule-grant-size = avota { $source } granta apmēra robežas darbībai { $action }
an-rule-partner-joins = partneris { $partner } dod tikai darbībām, kurās piedalās ({ $action })
an-rule-partner-hours-needed = partneru stundas darbībā { $action } atbilst tās vajadzībām{ $when }
an-rule-partner-cash = partnera { $partner } naudas piedāvājums{ $when }
an-rule-partner-hours = partnera { $partner } darba stundu piedāvājums{ $when }
an-rule-partner-actions = partneris { $partner } piedalās ne vairāk kā { $count ->
    [one] { $count } darbībā
   *[other] { $count } darbībās
}
an-rule-staff = pašvaldības darbinieku laiks{ $when }
an-rule-owner-staff = { $owner } darbinieku laiks{ $when }
an-rule-start = kad var sākties "{ $action }"
an-rule-past = { $action } jau iztērētā nauda{ $when }
an-rule-requires = darbībai { $action } vajadzīga arī darbība { $other }
an-rule-excludes = darbības { $action } un { $other } izslēdz viena otru
an-rule-must = darbība { $action } ir jāfinansē
an-rule-never = darbība { $action } netiek finansēta nekad
an-rule-target = rādītāja { $indicator } mērķvērtība: vismaz { $min }

an-unit-actions = darbības

an-fix-target = samaziniet rādītāja { $indicator } mērķvērtību no { $from } līdz { $to } (sasniedzams ir ne vairāk kā { $to })
an-fix-must = neiekļaujiet darbību "{ $action }" (tā ir atzīmēta kā obligāta, taču to nevar finansēt)
an-fix-partner-actions = ļaujiet partnerim { $partner } piedalīties vēl { $by ->
    [one] { $by } darbībā
   *[other] { $by } darbībās
} (pašlaik ne vairāk kā { $limit })
an-fix-add = pievienojiet { $by } { $unit } robežai „{ $what }” (no { $from } līdz { $to })

an-label-action = Darbība:
an-label-status = Statuss:
an-label-plan = Plāns:
an-label-paid-by = Apmaksā:
an-status-left-out = nav iekļauta plānā
an-status-scaled = finansēta { $percent }% apmērā no pilnā apjoma
an-status-full = finansēta pilnā apjomā
an-plan-value = { $value } { $aim ->
    [impact] ietekmes punkti
   *[own] EUR pašu naudas
}
an-if-left-out = Ja to izslēgtu no plāna:
an-if-forced-in = Ja to iekļautu plānā piespiedu kārtā:
an-better = plāns būtu par { $by } { $aim ->
    [impact] ietekmes punktiem
   *[own] EUR pašu naudas
} labāks ({ $value }, nevis { $now }): { $why }.
an-why-must = tā ir finansēta, jo scenārijs to atzīmē kā obligātu (must)
an-why-never = tā nav plānā, jo scenārijs to atzīmē kā nefinansējamu (never)
an-why-tie = šo plānu starp vienlīdz labiem izvēlējās papildu kritērijs
an-tie = plāns būtu tikpat labs ({ $value } { $aim ->
    [impact] ietekmes punkti
   *[own] EUR pašu naudas
}): rezultāts ir neizšķirts.
an-worse = plāns būtu par { $by } { $aim ->
    [impact] ietekmes punktiem
   *[own] EUR pašu naudas
} sliktāks ({ $value }, nevis { $now }, { $change }%).
an-also-left-out = Darbības, kas arī tiktu izslēgtas: { $actions }
an-funded-instead = Darbības, kas tiktu finansētas tās vietā: { $actions }
an-left-out-for-room = Darbības, kas tiktu izslēgtas, lai atbrīvotu vietu: { $actions }
an-funded-as-well = Darbības, kas arī tiktu finansētas: { $actions }
an-no-actions = nav
an-cannot-left-out = To nevar izslēgt: scenārijam nebūtu plāna.
an-cannot-forced-in = To nevar iekļaut piespiedu kārtā: scenārijam nebūtu plāna.
an-smallest-change-allow = Mazākā izmaiņa, kas to ļautu
an-would-enter = Darbība iekļūtu plānā arī bez piespiešanas:
an-enter-cost = ja tās izmaksas samazinātos no { $cost } EUR līdz { $at } EUR vai mazāk (-{ $cut }%);
an-enter-never = pat ne bez maksas: to ārpus plāna patur cits noteikums (sk. augstāk);
an-enter-impact = vai ja tās svērtā ietekme pieaugtu no { $now } līdz vairāk nekā { $needed } punktiem.
an-enter-no-impact = ne arī ar lielāku ietekmi: to ārpus plāna patur iepriekš minētie noteikumi.
an-enter-impact-not-worked-out = (tikai ietekmes izmaiņa šī scenārija mērķfunkcijai netiek aprēķināta).
an-top-limits = Kas visvairāk ierobežo visu plānu (pilnībā izmantotās robežas; vērtības ir spēkā, ja finansētās darbības paliek tās pašas):
an-step-one = +1 { $unit }
an-step-one-hour = +1 stunda
an-limit-worth = { $aim ->
    [impact] pievieno { $objective } ietekmes punktus, ietaupa { $tiebreak } EUR pašu naudas
   *[own] ietaupa { $objective } EUR pašu naudas, pievieno { $tiebreak } ietekmes punktus
}
an-no-plan-explain = Šim scenārijam nav plāna, kas ievērotu visus noteikumus, tāpēc nevienu darbību vēl nevar izskaidrot.

an-money-own = pašu nauda
an-money-all = visi avoti

an-frontier-same-actions = tās pašas darbības, dažas lielākā apjomā
an-frontier-no-own-plan = Scenārijam nav sava plāna, ar ko salīdzināt.
an-frontier-this-plan = Šis plāns izmanto { $money } EUR ({ $label }) un iegūst { $points } punktus
an-frontier-below-all = { $this } — mazāk nekā jebkurš robežlīknes punkts.
an-frontier-next-none = vairāk naudas ({ $label }) ietekmi vairs nepalielina
an-frontier-next = vēl { $money } EUR dotu par { $points } punktiem vairāk (punkts { $point })
an-frontier-at-point = { $this }: tas ir robežlīknes punkts { $point }, un { $next }.
an-frontier-same-impact = { $this }: punkts { $point } sasniedz to pašu ietekmi ar { $less } EUR mazāk, un { $next }.
an-frontier-more-impact = { $this }: punkts { $point } ar to pašu naudu ({ $money } EUR) iegūst par { $points } punktiem vairāk.
an-frontier-missed = { $this }: vairāk nekā punkts { $point }, labākais, ko robežlīkne rāda par šo naudu (palaists garām kāds punkts starp aprēķinātajām summām).
an-frontier-md-empty = Neviens plāns neievēro visus šī scenārija noteikumus, tāpēc nav ko aprēķināt. Atslābiniet kādu noteikumu un mēģiniet vēlreiz: obligātu (`must`) darbību, stingru mērķvērtību, budžetu vai darbinieku kapacitāti.
an-frontier-md-intro = Katra rinda ir plāns, kas ar savu naudas summu ({ $label }) iegūst vislielāko svērto ietekmi: neviens plāns ar šo naudu neiegūst vairāk ietekmes, un neviens neiegūst tikpat daudz ar mazāku summu. Visi pārējie scenārija noteikumi joprojām ir spēkā (budžeti, līdzfinansējuma daļas, darbinieku stundas, mērķvērtības).
an-frontier-md-money = Skaitītā nauda:
an-frontier-md-money-line = { $label } (avoti: { $sources })
an-frontier-md-method = Kā aprēķināts:
an-frontier-md-grid = vienmērīgi izvietotu summu režģī; labāks plāns starp divām rindām var palikt nepamanīts
an-frontier-md-exact = precīzi; jebkurai summai starp divām rindām labākais plāns iegūst ne vairāk kā par { $step } punktiem vairāk nekā zemākās rindas plāns
an-frontier-md-stands = Kur atrodas šis plāns:
an-frontier-col-point = Punkts
an-frontier-col-extra-money = Papildu nauda (EUR)
an-frontier-col-extra-impact = Papildu ietekme (punkti)
an-frontier-col-per-1000 = Punkti uz 1 000 EUR papildu naudas
an-frontier-col-added = Pievienotās darbības
an-frontier-col-dropped = Izņemtās darbības
an-frontier-md-first = { $count ->
    [one] { $count } darbība
   *[other] { $count } darbības
} (mazākā summa, kas vajadzīga jebkuram plānam: { $label })
an-frontier-md-first-funds = Punktā 1 finansētās darbības: { $actions }.
an-frontier-md-span = No punkta 1 līdz punktam { $point } vēl { $money } EUR ({ $label }) dod par { $points } punktiem vairāk.
an-frontier-md-span-rate = No punkta 1 līdz punktam { $point } vēl { $money } EUR ({ $label }) dod par { $points } punktiem vairāk ({ $rate } uz 1 000 EUR).
an-frontier-md-best = Vislabākā vērtība par naudu ir solim uz punktu { $point }: { $rate } punkti uz 1 000 EUR.
an-frontier-md-files = Katrā punktā finansētās darbības ir uzskaitītas failā `frontier.csv`; grafiks ir `charts/frontier.png`.
an-frontier-term-title = { $title } (aprēķināts { $method ->
    [grid] režģī
   *[exact] precīzi
}, { $count ->
    [one] { $count } punkts
   *[other] { $count } punkti
})
an-frontier-term-empty = Neviens plāns neievēro visus šī scenārija noteikumus.
an-frontier-col-impact = Ietekme (punkti)
an-frontier-col-changes = Pievienotās (+) vai izņemtās (-) darbības
an-frontier-term-first = { $count ->
    [one] { $count } darbība
   *[other] { $count } darbības
} (lētākais plāns)
an-frontier-term-more = { $changes } un vēl { $count }
an-frontier-files = Faili

an-label-runs = Norise:
an-why-later = Kāpēc tā sākas vēlāk, nekā sākotnēji paredzēts:
an-later-worse = ja to sāktu, kā sākotnēji paredzēts ({ $from }), plāns būtu par { $by } { $aim ->
    [impact] ietekmes punktiem
   *[own] EUR pašu naudas
} sliktāks ({ $value }, nevis { $now }, { $change }%).
an-later-tie = ja to sāktu, kā sākotnēji paredzēts ({ $from }), plāns būtu tikpat labs ({ $value } { $aim ->
    [impact] ietekmes punkti
   *[own] EUR pašu naudas
}): vēlāko sākumu izvēlējās, izšķirot vienlīdz labus plānus.
an-later-cannot = To nevar sākt, kā sākotnēji paredzēts ({ $from }): scenārijam nebūtu plāna.
an-later-full = Jau pilnībā izmantots periodā { $periods }, kur darbībai, kā sākotnēji paredzēts, tas būtu vajadzīgs:
an-later-full-item = { $what }: { $used } no { $limit } { $unit }
an-later-none-full = Periodā { $periods } nav pilnībā izmantots neviens budžets, piedāvājums vai darbinieku laiks, ko tā varētu izmantot: no sākotnēji paredzētā sākuma to attur kas cits (līdzfinansējuma likme, granta apmērs, avota spend_by, saites starp darbībām).
