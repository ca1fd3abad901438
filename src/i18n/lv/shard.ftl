# Daļās sadalīti aprēķini (--shard I/N) un `fundmix merge` (src/cmd/, src/partial/).
part-robust-done = { $index }. daļa no { $count }: atrisinātas { $done } no { $total } izlozēm.
part-compare-done = { $index }. daļa no { $count }: atrisināti { $done } no { $total } scenārijiem.
part-frontier-exact-done = { $index }. daļa no { $count }: izsekoti { $done } no { $total } robežlīknes posmiem.
part-frontier-grid-done = { $index }. daļa no { $count }: atrisinātas { $done } no { $total } naudas summām.
part-folder = Starprezultāts
part-next = Kad visas { $count } daļas ir gatavas, `fundmix merge` ar to mapēm uzraksta pārskatus.
part-too-many-draws = { $count } daļas { $items } izlozēm: dažām daļām nepaliktu nevienas izlozes
part-too-many-scenarios = { $count } daļas { $items } scenārijiem: dažām daļām nepaliktu neviena scenārija
part-too-many-segments = precīzu robežlīkni izseko { $items } posmos, un katru posma punktu atrod no iepriekšējā, tāpēc to var sadalīt ne vairāk kā { $items } daļās, nevis { $count }
part-too-many-amounts = { $count } daļas režģim ar { $items } summām: dažām daļām nepaliktu nevienas summas
part-fix-fewer = izmantojiet ne vairāk kā { $items } daļas (--shard I/{ $items })
part-fix-fewer-segments = izmantojiet ne vairāk kā { $items } daļas (--shard I/{ $items }) vai --grid N, kura N summas risina katru atsevišķi
part-out-is-file = '{ $dir }' ir fails, nevis starprezultāta mape, tāpēc nekas netika ierakstīts. Katrai daļai izvēlieties jaunu vai tukšu mapi (--out DIR)
part-out-not-part = mapē '{ $dir }' ir faili, kas nav fundmix starprezultāts (tajā nav { $file }), tāpēc nekas netika ierakstīts: daļa aizstāj visu savu mapi. Katrai daļai izvēlieties jaunu vai tukšu mapi (--out DIR)
part-not-exact = starprezultātu mapei '{ $dir }' nevarētu nolasīt atpakaļ tieši aprēķinātos skaitļus (skaitlis, ko JSON nevar saturēt), tāpēc nekas netika ierakstīts. Šī ir kļūda fundmix: lūdzu, ziņojiet par to kopā ar ievades failiem
merge-no-parts = nav norādīta neviena daļa
merge-fix-give-parts = norādiet mapes, ko uzrakstīja palaidieni ar --shard I/N (to --out)
merge-not-found = šādas mapes nav
merge-not-folder = tas ir fails, nevis daļas mape
merge-is-report = tas ir pārskats, nevis starprezultāts
merge-not-part = šajā mapē nav { $file }: tā nav fundmix starprezultāts
merge-unreadable = { $file } nevar nolasīt: { $detail }
merge-fix-rerun = palaidiet šo daļu vēlreiz (to pašu komandu ar tās --shard I/N)
merge-other-version = šo daļu uzrakstīja fundmix { $theirs }; šī ir fundmix { $ours }
merge-fix-same-version = palaidiet visas daļas un apvienošanu ar vienu un to pašu fundmix
merge-other-command = šī ir komandas `fundmix { $theirs }` daļa, bet '{ $first }' ir komandas `fundmix { $ours }` daļa
merge-fix-one-run = apvienojiet viena palaidiena daļas vienlaikus
merge-other-count = šī ir { $index }. daļa no { $count }, bet '{ $first }' ir daļa no { $first_count }
merge-fix-same-count = norādiet viena palaidiena daļas: visas uzrakstītas ar vienu un to pašu N opcijā --shard I/N
merge-other-settings = šī daļa palaista ar { $setting } = { $theirs }, bet '{ $first }' ar { $setting } = { $ours }
merge-fix-same-settings = palaidiet šo daļu vēlreiz ar tām pašām opcijām kā pārējās
merge-other-inputs = šī daļa palaista ar citiem ievades datiem nekā '{ $first }': atšķiras plāns vai scenārijs
merge-fix-same-inputs = palaidiet visas daļas ar vieniem un tiem pašiem failiem un tad apvienojiet
merge-missing = trūkst { $index }. daļas no { $count }
merge-fix-missing = palaidiet to (fundmix { $command } { $input } … --shard { $index }/{ $count } ar tām pašām opcijām kā pārējām daļām) un norādiet arī tās mapi
merge-duplicate = šī ir { $index }. daļa no { $count }, tāpat kā '{ $other }'
merge-fix-once = norādiet katru daļu vienu reizi
merge-damaged = { $file } nesatur to, kas jāsatur { $index }. daļai no { $count }: fails mainīts pēc palaidiena
merge-other-ends = robežlīknes gali iznāca citādi nekā '{ $first }' (risinātājs tajā datorā atbildēja citādi)
merge-fix-same-machines = palaidiet visas daļas viena veida datoros ar vienu un to pašu fundmix vai izsekojiet šo robežlīkni vienā palaidienā
merge-out-is-part = '{ $dir }' ir starprezultāts: pārskati to aizstātu
merge-fix-out = izvēlieties pārskatiem citu mapi (--out DIR)
merge-done = { $count ->
    [one] Apvienota { $count } komandas `fundmix { $command }` daļa.
   *[other] Apvienotas { $count } komandas `fundmix { $command }` daļas.
}
