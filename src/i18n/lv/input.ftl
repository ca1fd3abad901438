# input: see the matching English file for where each message is used.

## How a CSV table was read
in-dialect-comma = nolasīts kā ar komatiem atdalīts fails ar decimālpunktiem
in-dialect-semicolon = nolasīts kā ar semikoliem atdalīts fails ar decimālkomatiem (Eiropas Excel)

## The header of a table
in-column-repeated = kolonna '{ $name }' galvenē ir { $count ->
    [one] { $count } reizi
   *[other] { $count } reizes
} (kolonnas { $columns })
in-column-repeated-fix = atstājiet vienu kolonnu '{ $name }', bet pārējās izdzēsiet vai pārdēvējiet

## Files in general
in-file-unreadable = failu nevar nolasīt ({ $reason })
in-file-not-utf8 = fails nav UTF-8 teksts
in-no-such-path = šāda faila vai mapes nav

## CSV tables
in-csv-missing = faila nav
in-csv-missing-fix = ielieciet failu plāna mapē tieši ar šo nosaukumu (mazajiem burtiem, ar galotni .csv); `fundmix init DIR` izveido paraugu, no kura kopēt
in-csv-unreadable-fix = pārbaudiet, vai failu var nolasīt (vai tas nav atvērts un bloķēts citā programmā)
in-csv-not-utf8-fix = saglabājiet to no izklājlapas kā 'CSV UTF-8' failu (ar komatiem atdalītu)
in-csv-empty = fails ir tukšs
in-csv-empty-fix = pievienojiet galvenes rindu ar kolonnu nosaukumiem un zem tās pa rindai katram ierakstam
in-csv-table-unreadable = tabulu nevar nolasīt: { $reason }
in-csv-table-unreadable-fix = pārbaudiet, vai katrā rindā ir tikpat šūnu, cik galvenē (fails ir { $dialect })
in-csv-column-unreadable = kolonnu '{ $column }' nevar nolasīt: { $reason }
in-csv-column-unreadable-fix = saglabājiet failu vēlreiz kā vienkāršu CSV
in-csv-tabs = šūnas ir atdalītas ar tabulācijas zīmēm, nevis ar komatiem
in-csv-tabs-fix = saglabājiet failu kā 'CSV UTF-8' (ar komatiem atdalītu) vai pirms saglabāšanas iestatiet izklājlapā saraksta atdalītāju ','
in-csv-ragged = rindā ir { $cells ->
    [one] { $cells } šūna
   *[other] { $cells } šūnas
}, bet galvenē { $columns ->
    [one] { $columns } kolonna
   *[other] { $columns } kolonnas
}, tāpēc tās vērtības var nonākt nepareizās kolonnās
in-csv-ragged-more-comma-fix = teksts, kurā ir komats, jāraksta pēdiņās ("Bērziņš, J."); citādi izdzēsiet liekās šūnas vai ierakstiet to kolonnas nosaukumu galvenes rindā
in-csv-ragged-more-semicolon-fix = teksts, kurā ir semikols, jāraksta pēdiņās ("a;b"); citādi izdzēsiet liekās šūnas vai ierakstiet to kolonnas nosaukumu galvenes rindā (fails ir nolasīts kā ar semikoliem atdalīts, Eiropas Excel)
in-csv-ragged-fewer-comma-fix = pievienojiet trūkstošās šūnas tur, kur tām jābūt (arī tukšai šūnai vajag savu komatu)
in-csv-ragged-fewer-semicolon-fix = pievienojiet trūkstošās šūnas tur, kur tām jābūt (arī tukšai šūnai vajag savu semikolu; fails ir nolasīts kā ar semikoliem atdalīts, Eiropas Excel)

## Scenario files
in-scenario-unreadable = scenārija failu nevar nolasīt ({ $reason })
in-scenario-read-fix = norādiet scenārija failu (.toml, sk. `fundmix init DIR`), plāna mapi vai darbgrāmatu (.xlsx)
in-scenario-file-fix = rakstiet rindas `atslēga = vērtība`; atļautās atslēgas: { $keys }; teksts jāraksta pēdiņās (name = "Pamatscenārijs")
in-keys-or = { $one } vai { $other }
in-placeholder-id = id
in-placeholder-indicator = rādītājs
in-placeholder-period = periods
in-placeholder-key = atslēga
in-extends-loop = 'extends' norādes veido noslēgtu loku: { $chain }
in-extends-loop-fix = pamatscenārijā extends nerakstiet; katrs variants paplašina iepriekšējo
in-extends-missing = paplašināmais scenārijs '{ $path }' neeksistē
in-extends-missing-fix = norādiet esoša scenārija faila ceļu attiecībā pret šo failu
in-folder-no-scenarios = mapē nav scenāriju failu (.toml)
in-folder-no-scenarios-fix = norādiet scenāriju failus vai mapi, kurā tie ir
in-no-such-path-scenarios-fix = norādiet scenāriju failus (.toml) vai mapes, kurās tie ir

## What the TOML library says about a scenario file
in-toml-unknown-key = nezināma atslēga `{ $key }`; atļautās atslēgas: { $expected }
in-toml-wrong-type = nepareizs vērtības veids: ir { $found }, bet vajag: { $expected }
in-toml-expected = { $problem }; gaidīts: { $expected }
in-toml-syntax = { $what ->
    [key-with-no-value] atslēgai nav vērtības
    [missing-value] trūkst vērtības
    [missing-value-for-key] atslēgai trūkst vērtības
    [string-values-must-be-quoted] teksta vērtībām jābūt pēdiņās
    [duplicate-key] atslēga ir norādīta divreiz
    [invalid-basic-string] teksts pēdiņās nav pareizi noslēgts
    [invalid-multi-line-basic-string] vairākrindu teksts nav pareizi noslēgts
    [unclosed-table] tabulas nosaukums nav noslēgts
    [unclosed-array-table] tabulu saraksta nosaukums nav noslēgts
    [unclosed-array] saraksts nav noslēgts
    [unclosed-inline-table] tabula vienā rindā nav noslēgta
    [unexpected-key-or-value] negaidīta atslēga vai vērtība
    [unexpected-content] negaidīts saturs
    [unexpected-content-between-comment-and-newline] negaidīts saturs komentāra beigās
    [invalid-value] nederīga vērtība
    [invalid-key-value-pair] nederīgs atslēgas un vērtības pāris
    [invalid-unquoted-key] nederīga atslēga bez pēdiņām
    [unquoted-keys-cannot-be-empty] atslēga bez pēdiņām nevar būt tukša
    [extra] lieka `=` zīme
    [extra-assignment-between-key-value-pairs] lieka `=` zīme starp atslēgām un vērtībām
    [missing-assignment-between-key-value-pairs] starp atslēgu un vērtību trūkst `=`
    [missing-comma-between-array-elements] starp saraksta elementiem trūkst komata
    [missing-comma-between-key-value-pairs] starp atslēgu un vērtību pāriem trūkst komata
    [extra-comma-in-array] lieks komats sarakstā
    [extra-comma-in-inline-table] lieks komats tabulā
    [missing-table-open] trūkst tabulas sākuma `[`
    [missing-array-opening] trūkst saraksta sākuma `[`
    [missing-inline-table-opening] trūkst tabulas sākuma `{"{"}`
    [missing-opening-quote] trūkst sākuma pēdiņas
    [missing-escaped-value] pēc `\` trūkst rakstzīmes
    [invalid-comment-character] nederīga rakstzīme komentārā
    [unexpected-leading-zero] negaidīta nulle skaitļa sākumā
    [may-only-go-between-digits] `_` drīkst būt tikai starp cipariem
    [unexpected-sign] negaidīta zīme
    [redundant-numeric-sign] lieka zīme pirms skaitļa
   *[other] TOML pieraksta kļūda: { $text }
}
in-toml-word = { $word ->
    [integer] vesels skaitlis
    [floating-point] daļskaitlis
    [string] teksts
    [boolean] patiesuma vērtība
    [map] tabula
    [sequence] saraksts
    [a-string] teksts pēdiņās
    [a-map] tabula
    [a-sequence] saraksts
    [newline] rindas beigas
    [literal-string] teksts pēdiņās
    [key] atslēga
    [value] vērtība
    [digits] cipari
    [numbers] cipari
    [letters] burti
    [characters] rakstzīmes
    [printable-characters] drukājamas rakstzīmes
    [nothing] nekas
   *[other] { $text }
}

## Workbooks
in-no-workbook = šādas darbgrāmatas nav
in-no-workbook-fix = norādiet esošas darbgrāmatas (.xlsx) ceļu vai plāna mapi
in-workbook-unreadable = darbgrāmatu nevar nolasīt ({ $reason })
in-workbook-unreadable-fix = pārbaudiet, vai tā ir Excel darbgrāmata, saglabāta kā .xlsx (nav aizsargāta ar paroli, nav atvērta un bloķēta citā programmā); saglabājiet to vēlreiz no izklājlapas
in-sheets-same-name = { $count ->
    [one] { $count } lapa saucas
   *[other] { $count } lapas saucas
} '{ $name }' ({ $sheets })
in-sheets-same-name-fix = atstājiet vienu lapu ar nosaukumu '{ $name }', bet pārējās pārdēvējiet
in-sheet-label = { $file }, lapa '{ $sheet }'
in-sheet-unreadable = lapu nevar nolasīt ({ $reason })
in-sheet-unreadable-fix = saglabājiet darbgrāmatu vēlreiz no izklājlapas kā .xlsx
in-sheet-missing = darbgrāmatā nav lapas '{ $name }'
in-sheet-missing-fix = pievienojiet lapu ar nosaukumu '{ $name }' un tām pašām kolonnām kā { $name }.csv (darbgrāmatā ir: { $sheets })
in-sheet-row1-empty = 1. rinda ir tukša, bet kolonnu nosaukumiem jābūt 1. rindā
in-sheet-row1-empty-fix = ierakstiet galvenes rindu (kolonnu nosaukumus) 1. rindā un datus tieši zem tās
in-sheet-empty = lapa ir tukša
in-sheet-empty-fix = ierakstiet 1. rindā galveni ar kolonnu nosaukumiem un zem tās pa rindai katram ierakstam
in-column-unnamed = kolonnā { $column } ir vērtības (no { $row }. rindas), bet 1. rindā nav tās nosaukuma, tāpēc tās netiktu ņemtas vērā
in-column-unnamed-fix = ierakstiet kolonnas nosaukumu 1. rindā vai izdzēsiet tās vērtības
in-cell-error = šūnā vērtības vietā redzama kļūda { $shown }
in-cell-error-fix = izlabojiet formulu (vai ierakstiet vērtību), lai šūnā būtu skaitlis vai teksts

## The scenario sheet of a workbook
in-sheet-settings-fix = rakstiet katrā rindā vienu iestatījumu: atslēgu kolonnā A, tās vērtību kolonnā B; atslēgas: { $keys }
in-sheet-key-cell-error = atslēgas šūnā redzama kļūda { $shown }
in-sheet-value-no-key = kolonnā B ir vērtība, bet kolonnā A nav atslēgas
in-sheet-key-empty-part = '{ $key }' nav atslēga: kāda daļa starp punktiem ir tukša
in-sheet-no-plan = scenārija lapā nevar norādīt plānu: tās plāns ir šī darbgrāmata
in-sheet-no-plan-fix = izdzēsiet rindu; lai šo scenāriju izmantotu ar citu plānu, uzrakstiet scenārija failu (.toml) ar extends = "<šī darbgrāmata>" un plan = "<otrs plāns>"
in-sheet-no-extends = scenārija lapa nevar paplašināt citu scenāriju
in-sheet-no-extends-fix = izdzēsiet rindu; lai izveidotu šīs darbgrāmatas scenārija variantu, uzrakstiet scenārija failu (.toml) ar extends = "<šī darbgrāmata>" un tikai to, kas atšķiras
in-sheet-value-cell-error = vērtības šūnā redzama kļūda { $shown }
in-sheet-value-cell-error-fix = izlabojiet formulu (vai ierakstiet vērtību), lai šūnā būtu vērtība
in-sheet-key-twice = '{ $key }' ir norādīts divreiz (pirmoreiz { $row }. rindā)
in-sheet-key-whole-and-part = '{ $whole }' ir norādīts gan kā viena vērtība, gan pa daļām ('{ $part }'; otrs ir { $row }. rindā)

## Pabulib files
in-pb-missing = faila nav
in-pb-missing-fix = pārbaudiet ceļu; Pabulib failiem ir galotne .pb, un tos var lejupielādēt no pabulib.org
in-pb-unreadable-fix = pārbaudiet, vai failu var nolasīt
in-pb-not-utf8 = fails nav UTF-8 teksts (nederīgs baits pozīcijā { $position })
in-pb-not-utf8-fix = saglabājiet failu UTF-8 kodējumā (Pabulib faili ir UTF-8)
in-pb-unclosed-quote = lauks pēdiņās (sākas ar ") šajā rindā nav noslēgts; noslēdziet to ar " vai noņemiet sākuma pēdiņu (pēdiņa " lauka iekšpusē jāraksta divreiz: "")
in-pb-fix-quotes = izlabojiet pēdiņas šajā rindā
in-pb-money-bad = '{ $text }' nav naudas summa; rakstiet ciparus, ja vajag, ar decimālpunktu, piemēram, 75000 vai 106165.64 (bez valūtas zīmes, atstarpēm un tūkstošu atdalītājiem)
in-pb-money-empty = summa ir tukša; ierakstiet summu, piemēram, 75000
in-pb-money-negative = '{ $text }' ir negatīvs; naudas summai šeit jābūt 0 vai lielākai
in-pb-money-decimals = '{ $text }' ir vairāk nekā divi cipari aiz decimālzīmes; noapaļojiet līdz veseliem centiem
in-pb-money-too-large = '{ $text }' ir par lielu; summa nedrīkst pārsniegt 10^15
in-pb-not-whole = '{ $text }' nav vesels skaitlis (0 vai lielāks)
in-pb-count-too-large = '{ $text }' ir par lielu skaitam
in-pb-section-twice = šeit sākas otra { $section } sadaļa
in-pb-section-twice-fix = .pb failā katra no sadaļām META, PROJECTS un VOTES ir tikai vienreiz: apvienojiet abas sadaļas
in-pb-section-order = { $section } sadaļa ir aiz kādas vēlākas sadaļas
in-pb-section-order-fix = sakārtojiet sadaļas secībā META, PROJECTS, VOTES
in-pb-before-sections = '{ $text }' ir pirms pirmās sadaļas
in-pb-before-sections-fix = .pb fails sākas ar rindu 'META', kurai seko rindas 'key;value'; izdzēsiet visu, kas ir virs tās
in-pb-no-section = failā nav { $section } sadaļas
in-pb-no-section-fix = .pb failā ir rinda 'META', kurai seko rindas 'key;value', tad rinda 'PROJECTS', kurai seko rindas 'project_id;cost;...', un tad 'VOTES'; sk. pabulib.org/format
in-pb-no-header = { $section } sadaļai nav galvenes rindas
in-pb-no-header-fix = rindā aiz sadaļas nosaukuma ir kolonnu nosaukumi, atdalīti ar ;
in-pb-column-twice = { $section } galvenē kolonna '{ $column }' ir divreiz
in-pb-column-twice-fix = pārdēvējiet vai izdzēsiet vienu no abām kolonnām
in-pb-too-many-fields = rindā ir { $fields ->
    [one] { $fields } lauks
   *[other] { $fields } lauki
}, bet galvenē { $columns } ('{ $text }')
in-pb-too-many-fields-fix = ';' teksta iekšpusē jāraksta laukā pēdiņās ("a;b"); citādi izdzēsiet lieko ';'
in-pb-meta-no-value = META rindai '{ $key }' nav vērtības
in-pb-meta-no-value-fix = rakstiet META rindas kā key;value, piemēram, budget;100000
in-pb-meta-twice = META atslēga '{ $key }' ir norādīta divreiz (arī { $line }. rindā)
in-pb-keep-one-line = atstājiet vienu no abām rindām
in-pb-no-budget = META nav rindas 'budget'
in-pb-no-budget-fix = pievienojiet META rindu budget;SUMMA, piemēram, budget;100000
in-pb-budget-fix = ierakstiet kopējo budžetu kā vienkāršu skaitli
in-pb-no-vote-type = META nav rindas 'vote_type'
in-pb-no-vote-type-fix = pievienojiet META rindu vote_type;approval (vai cumulative, ordinal, choose-1, scoring)
in-pb-bad-vote-type = '{ $value }' nav fundmix zināms balsojuma veids
in-pb-bad-vote-type-fix = izmantojiet approval, cumulative, ordinal, choose-1 vai scoring
in-pb-no-categories = META ir budget_per_category, bet nav rindas 'categories', kas pasaka, kurai kategorijai ir katra summa
in-pb-no-categories-fix = pievienojiet rindu categories;NOSAUKUMS1,NOSAUKUMS2,... tādā pašā secībā kā summas
in-pb-category-count = budget_per_category ir { $amounts ->
    [one] { $amounts } summa
   *[other] { $amounts } summas
}, bet categories nosauc { $names ->
    [one] { $names } kategoriju
   *[other] { $names } kategorijas
}
in-pb-category-count-fix = norādiet vienu summu katrai kategorijai categories rindas secībā
in-pb-category-amount = kategorija '{ $name }': { $problem }
in-pb-category-amount-fix = ierakstiet katras kategorijas budžetu kā vienkāršu skaitli
in-pb-category-unused = kategorijai '{ $name }' ir budžets, bet tajā nav neviena projekta, tāpēc tās budžets neko neierobežo
in-pb-category-unused-fix = rakstiet to tāpat kā projektu kolonnā category
in-pb-category-typo = kategorijai '{ $name }' ir budžets, bet tajā nav neviena projekta, savukārt projektu kategorijai '{ $meant }' nav budžeta: visticamāk, tā pati kategorija ar pārrakstīšanās kļūdu
in-pb-category-typo-fix = META categories rakstiet '{ $meant }', tāpat kā projektu kolonnā category
in-pb-no-cost-column = PROJECTS galvenē nav kolonnas 'cost'
in-pb-no-cost-column-fix = PROJECTS galvenes rindā ir kolonnu nosaukumi, piemēram, project_id;cost;votes;name
in-pb-no-support = failā nav VOTES sadaļas un PROJECTS nav kolonnas 'votes', tāpēc nekas nerāda, cik atbalsta ir katram projektam
in-pb-no-support-fix = pievienojiet VOTES sadaļu (katrā rindā viens balsojums) vai PROJECTS kolonnu votes
in-pb-no-id = projektam nav id
in-pb-no-id-fix = piešķiriet katram projektam unikālu id pirmajā kolonnā
in-pb-id-twice = projekta id '{ $id }' ir izmantots divreiz (arī { $line }. rindā)
in-pb-id-twice-fix = piešķiriet katram projektam savu id
in-pb-cost-fix = ierakstiet projekta izmaksas kā vienkāršu skaitli
in-pb-votes-empty = balsu skaits ir tukšs, un failā nav balsojumu, ko saskaitīt
in-pb-votes-empty-fix = ierakstiet, cik balsu projekts saņēma
in-pb-votes-fix = ierakstiet, cik balsojumos projekts ir izvēlēts
in-pb-selected-bad = '{ $value }' nav 1 vai 0
in-pb-selected-bad-fix = rakstiet 1 projektam, ko pilsēta finansēja, un 0 projektam, ko tā nefinansēja
in-pb-no-projects = PROJECTS nav neviena projekta
in-pb-no-projects-fix = zem PROJECTS galvenes pievienojiet pa rindai katram projektam
in-pb-no-vote-column = VOTES galvenē nav kolonnas 'vote'
in-pb-no-vote-column-fix = VOTES galvenes rindā ir kolonnu nosaukumi, piemēram, voter_id;vote
in-pb-no-points-column = balsojuma veids ir { $vote_type }, bet VOTES galvenē nav kolonnas 'points'
in-pb-no-points-column-fix = pievienojiet kolonnu points (piemēram, 3,2 balsojumam 12,15) vai izlabojiet META vote_type
in-pb-unknown-project = balsojumā ir '{ $id }', kas nav neviena PROJECTS projekta id
in-pb-unknown-project-fix = izmantojiet PROJECTS sadaļas projektu id, atdalot tos ar komatiem
in-pb-project-twice = balsojumā projekts '{ $id }' ir divreiz
in-pb-project-twice-fix = katrā balsojumā norādiet katru projektu tikai vienreiz
in-pb-choose-one = balsojuma veids ir choose-1, bet balsojumā ir { $count ->
    [one] { $count } projekts
   *[other] { $count } projekti
}
in-pb-choose-one-fix = atstājiet balsojumā vienu projektu vai iestatiet META vote_type uz approval
in-pb-points-count = balsojumā ir { $projects ->
    [one] { $projects } projekts
   *[other] { $projects } projekti
}, bet { $points ->
    [one] { $points } punkts
   *[other] { $points } punkti
}
in-pb-points-count-fix = norādiet punktu skaitu katram balsojuma projektam tādā pašā secībā
in-pb-points-fix = punkti ir veseli skaitļi, 0 vai vairāk

## An id on the command line
in-command-line = komandrinda ({ $option })
in-unknown-action = šajā plānā nav darbības "{ $id }"
in-unknown-source = šajā plānā nav finansējuma avota "{ $id }"
in-use-one-of = izmantojiet kādu no šiem: { $ids }

## A plan that breaks a rule on re-checking
in-plan-breaks-rules = atrastais plāns, to neatkarīgi pārbaudot, pārkāpj { $count ->
    [one] { $count } noteikumu
   *[other] { $count } noteikumus
}. Tā ir kļūda programmā fundmix; nekas netika ierakstīts. Lūdzu, ziņojiet par to un pievienojiet savus ievades failus:

## Output that could not be written
in-cannot-write-json = nevar ierakstīt JSON
in-cannot-build-workbook = nevar izveidot darbgrāmatu
in-cannot-write-table = nevar ierakstīt izložu tabulu (samples.parquet)
in-os-error = { $kind ->
    [not-found] šāda faila vai mapes nav
    [permission-denied] nav piekļuves tiesību
    [already-exists] tas jau eksistē
    [is-a-directory] tā ir mape, nevis fails
    [not-a-directory] ceļā ir fails, nevis mape
    [directory-not-empty] mape nav tukša
    [read-only-filesystem] failu sistēmā var tikai lasīt
    [storage-full] diskā nav vietas
    [invalid-data] dati nav derīgi
    [invalid-filename] nederīgs faila nosaukums
   *[other] { $text }
}
in-out-is-file = '{ $dir }' ir fails, nevis pārskata mape, tāpēc nekas netika ierakstīts. Izvēlieties pārskatam tukšu vai jaunu mapi (--out DIR)
in-out-not-report = mapē '{ $dir }' ir faili, kas nav fundmix pārskats (tajā nav { $markers } vai { $last }), tāpēc nekas netika ierakstīts: pārskats aizstāj visu savu mapi. Izvēlieties pārskatam tukšu vai jaunu mapi (--out DIR)
in-out-not-folder-name = '{ $dir }' nav mapes nosaukums
in-cannot-read-path = nevar nolasīt '{ $path }'
in-cannot-create-folder = nevar izveidot mapi '{ $path }'
in-cannot-create = nevar izveidot '{ $path }'
in-cannot-write-in = nevar ierakstīt { $file } mapē '{ $dir }'
in-cannot-replace-report = nevar aizstāt iepriekšējo pārskatu mapē '{ $dir }'
in-cannot-move-report = nevar pārvietot pārskatu uz '{ $dir }'

## The solver
in-cbc-missing = tika prasīts CBC risinātājs, bet programma `cbc` netika atrasta (instalējiet Debian pakotni coinor-cbc vai iestatiet FUNDMIX_CBC uz tās ceļu)
in-plain-plan-not-found = noturīgs plāns tika atrasts, bet laika ierobežojumā netika atrasts parastais plāns, ar ko to salīdzināt (atļaujiet vairāk laika ar --time-limit vai noņemiet ierobežojumu)
in-solve-cannot-write = nevar ierakstīt '{ $path }': { $reason }
in-solve-cannot-create = nevar izveidot '{ $path }': { $reason }
in-path-nul = ceļā ir NUL baits
in-highs-not-written = HiGHS to nevarēja ierakstīt
in-file-cut-short = fails tika nogriezts: disks var būt pilns vai sasniegts faila izmēra ierobežojums
in-solver-fault = risinātājs kļūdījās: { $solver }: { $detail }. Tā ir programmas kļūme, nevis jūsu plāna īpašība; lūdzu, ziņojiet par to un pievienojiet savus ievades failus
in-out-being-written = cits fundmix darbs šobrīd raksta pārskata mapi '{ $dir }'; nekas netika ierakstīts. Nogaidiet, kamēr tas beidzas, vai norādiet šim darbam citu mapi ar --out
in-interrupted = Apturēts. Neviens pārskats nav palicis pusrakstīts: katrā pārskata mapē ir tās iepriekšējais pārskats vai jaunais, ja tas jau tika likts vietā.
in-sheet-too-large = lapas vērtības sniedzas līdz šūnai { $cell }: vairāk nekā { $cells } šūnu, ko plāna tabula drīkst aptvert no A1
in-sheet-too-large-fix = izdzēsiet nejaušās vērtības tālu zem tabulas vai pa labi no tās (Excel taustiņi Ctrl+End parāda pēdējo izmantoto šūnu), tad saglabājiet darbgrāmatu vēlreiz
in-sheet-reader-fault = darbgrāmatas lasītājs apstājās pie kļūdainas šūnas (piemēram, šūnas atsauces, kādu neraksta neviena izklājlapa)
