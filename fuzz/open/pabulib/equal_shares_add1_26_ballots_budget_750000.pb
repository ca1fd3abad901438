META
key;value
description;District PB in Wrocław, 250, Rejon nr 1
country;Poland
unit;Wrocław
district;Rejon nr 1
subunit;Rejon nr 1, 250
instance;2016
num_projects;24
num_votes;5349
budget;750000
vote_type;choose-1
rule;greedy-no-skip
date_begif;30.09.2016
date_end;10.10.2016
min_length;1
max_length;1
edition;4
language;pl
currency;PLN
PROJECTS
project_id;cost;votes;name;category;selected
747;100000;722;Drzewa dla Wrocławia - nasadzenia w centrum i śródmieściu;greenery/recreation;1
774;250000;687;Poprawa bezpieczeństwa przejazdu i przejścia ulicą Artura Młodnickiego we Wrocławiu - budowa fragmentu drogi wraz z infrastrukturą towarzyszącą;roads;1
450;250000;502;Staromiejskie Cudo - edukacyjne ogrodzenie przestrzenią do różnorakiej aktywności i kreatywnego spędzania wolnego czasu.;education;1
165;150000;353;zielona enklawa | rondo reagana;greenery/recreation;1
517;100000;314;Workout Tołpa- projekt budowy siłowni na powietrzu;greenery/recreation;0
589;250000;273;Zielone Podwórko  Ołbin – zasadzenie zieleni oraz montaż oświetlenia na podwórku Barlickiego – Kluczborska - Stein – Nowowiejska.;redevelopment;0
159;200000;265;Oświetlenie Kolumny Chrystusa Króla umiejscowionej w centralnym punkcie Placu Katedralnego, vis a vis Seminarium Duchownego;other;0
148;250000;257;Remont chodników w ciągu ul. Rychtalskiej na odcinku od ul. Jedności Narodowej do wiaduktu kolejowego nad ul. Rychtalską;walking/cycling infrastructure;0
258;150000;233;Oświetlenie Wnętrza Podwórkowego w obrębie ulic Nowowiejska, Wyszyńskiego, Orzeszkowej, Jaracza;redevelopment;0
791;250000;191;"""Dla każdego coś dobrego"" - przebudowa podwórka (boiska) przy Szkole Podstawowej nr 58 ul. Składowa";education;0
49;200000;160;Rewitalizacja skweru przy ul. Sępa-Sarzyńskiego i Rozbrat;greenery/recreation;0
768;250000;142;Słoneczny Plac Zabaw, Sportu i Rekreacji Śródmieście/Plac Grunwaldzki;playgrounds;0
368;250000;136;Nowe i Wygodne Podwórko;redevelopment;0
689;150000;132;Zieleń i rekreacja przy Centrum Naukowej Informacji Medycznej i Klinikach - ławeczki i kwitnące krzewy na Wybrzeżu Pasteura - dla studentów i pacjentów.;greenery/recreation;0
646;100000;127;Kwietny Ołbin;greenery/recreation;0
28;100000;124;Wymiana nierównej nawierzchni chodnika przed Galerią Dominikanską;walking/cycling infrastructure;0
769;250000;123;Chodniki dla pieszych w śródmieściu;walking/cycling infrastructure;0
25;100000;120;Oświetlenie podwórza w obrębie kamienic przy ul. Lompy, Jaracza, Orzeszkowej, Daszyńskiego.;other;0
34;200000;117;Przebudowa peronu tramwajowego na ul. Piłsudskiego przed skrzyżowaniem z ul. Peronową (w kierunku Galerii Dominikańskiej);;0
377;250000;96;Zagospodarowanie podwórza ulic: Minkowskiego, Sienkiewicza, Roentgena, Grunwaldzka;redevelopment;0
693;250000;90;Rewitalizacja terenów zielonych przy pl. Staszica 36-46;redevelopment;0
232;250000;83;#PodworkoNaReja;redevelopment;0
408;10000;78;rewitalizacja wysepki na fosie przy Wzgórzu Partyzantów;greenery/recreation;0
297;50000;24;Zieleń na Krowią - samochody na parking, czyli ucywilizowanie parkowania + więcej zieleni;redevelopment;0
VOTES
voter_id;vote;age;sex;voting_method
8;258;41;M;internet
11;368;25;M;internet
27;693;30;M;internet
35;148;21;F;internet
76;769;30;M;internet
77;297;42;F;internet
78;34;28;F;internet
79;258;37;M;internet
80;774;46;F;internet
103;774;34;F;internet
106;769;65;F;internet
114;769;28;M;internet
116;28;41;M;internet
118;774;53;M;internet
123;159;49;M;internet
125;517;26;M;internet
128;34;31;M;internet
192;368;63;F;internet
219;517;31;F;internet
238;747;32;F;internet
249;258;41;M;internet
263;769;24;M;internet
279;747;34;F;internet
284;165;22;M;internet
285;517;29;F;internet
