META
key;value
description;District PB in Kraków, Nowa Huta
country;Poland
unit;Kraków
district;Nowa Huta
subunit;Nowa Huta
instance;2019
num_projects;63
num_votes;3989
budget;1523200
vote_type;ordinal
rule;greedy
date_begin;28.09.2019
date_end;07.10.2019
min_length;3
max_length;3
edition;6
language;pl
currency;PLN
PROJECTS
project_id;cost;votes;score;name;selected
23;93400;1119;2354;Bezpieczny ratownik - Bezpieczny Nowohucianin;1
15;107500;1008;2094;Czerwone korale - magia stroju krakowskiego;1
30;70000;974;1547;Rewitalizacja zieleni przy Klubie Herkules;1
54;197000;379;933;Ogólnodostępny plac zabaw przy SP nr. 80 na os. Na Skarpie 8;1
1;418000;421;905;Nie złam nogi na chodniku;1
3;82000;405;821;700 budek dla ptaków na 70-lecie Nowej Huty;1
29;500000;295;794;Wolica - skwer z miejscem rekreacji przy Brzeskiej - Zakępie;1
75;63000;382;704;Kino plenerowe obok NCK-u;0
38;351900;312;643;Linowy plac zabaw na os. Słonecznym dla dzieci 7+;0
45;149000;310;615;„Uczeń bez przemocy… To możliwe!”;0
12;265000;205;578;Modernizacja ogrodu przedszkola;0
11;90000;206;548;Przebieralnia wraz z sanitariatami w SP nr 37 w Krakowie.;0
33;60000;204;529;Wspieraj swój lokalny klub;0
72;265000;285;478;Odnowienie studni zdrojowych w Parku Ratuszowym!;0
80;440000;265;460;Tablice Nowohuckich osiedli;0
35;605000;226;457;Bezpiecznie do Lidla;0
89;609280;213;427;Nowohucki chodnik antysmogowy;0
83;300000;224;403;Park rowerowo-hulajnogowy w parku przy NCKu;0
85;500000;220;393;Ścieżka przyrodnicza skarpą nowohucką wzdłuż łąk;0
56;609280;221;390;Rewitalizacja Parku Klasztorna / Rogozińskich;0
4;609000;184;376;Fontanna na Szkolnym!;0
61;85000;222;370;Legalne nowohuckie grillowanie!;0
16;400000;165;354;Rewitalizacja zielonego skweru na os. Krakowiaków;0
52;28700;176;340;Gdy na czytanie znajdziesz chęć, do biblioteki zaraz pędź;1
58;609000;147;329;Rewitalizacja Ogródka Jordanowskiego na os. Słonecznym;0
77;400000;129;325;Mini Park Kieszonkowy -miejsce rekreacyjne os. Hutnicze;0
65;270000;180;317;Siłownia pod chmurką w Parku Żeromskiego na os. Na Skarpie;0
57;300000;137;291;KynoParkNH - Nowohucki wybieg i plac zabaw dla psów;0
66;609000;151;281;Przedłużenie ścieżki rowerowej od Szkoły Muzycznej wzdłuż os. Centrum E;0
9;310000;128;276;Nowe Miejsca Postojowe na Szkolnym;0
55;600000;153;273;OdNowa placu zabaw i powstanie ogrodu zabaw przy os. Na Skarpie 43;0
27;150000;123;259;Osiedle Kolorowe Chce Nowe Miejsca Postojowe!;0
44;195000;129;243;Pomóżmy Delfinkowi z Nowej Huty;0
86;200000;129;241;Bezpieczne nowohuckie przejścia dla pieszych;0
13;609000;120;222;Remont Ogródków na Szkolnym to Więcej Zabawy dla Dzieci;0
5;20000;123;221;Psie Stacje albo Kupa Wstydu;1
99;609000;97;204;Miejsca parkingowe os. Ogrodowe 7 i 9 od ul Zuchów;0
91;600000;101;196;Szlakiem Nowohuckiej Historii;0
98;10200;88;194;Kupujemy nowe książki i czasopisma dla filii 54 na Os. Młodości 8;0
63;178700;106;188;Nowohucki Slowfitness-Parkour przy NCK;0
47;42000;99;177;Jaśniej na os. Willowym;0
93;609280;108;174;ZWOLNIJ - nowohuckie tablice informujace o prędkości pojazdu;0
25;11400;91;173;"Pływamy Razem ""Mama, Tata i Ja""";0
100;110000;92;166;Karmniki i poidełka dla ptaków;0
19;225000;84;163;Remont parkingu na os. Kolorowym w Krakowie;0
64;118700;77;145;Nowohucki Slowfitness-Parkour na Skarpie w Parku Żeromskiego;0
59;4000;85;131;Mali Ratownicy;1
92;200000;80;126;remont kamiennego murku przy bloku Hutnicze 4;0
21;10000;70;115;Kwietnik na skwerze na Willowym 6-7;0
97;65000;42;107;Parking na Skarpie;0
8;609280;49;100;Szkolne 2 3 4 5 Sąsiedzka Reaktywacja;0
68;30000;49;94;Światła na skrzyżowaniu Jana Pawła II a Daniłowskiego;0
24;6900;46;93;W Zdrowym Ciele Zdrowy Duch;0
78;313200;46;85;Miejsca spotkań;0
48;140000;43;85;Wymiana nawierzchni na placu zabaw na os. Sportowym;0
2;15000;44;85;Przed- i Szkolniaki na Kajaki!;0
51;160000;40;66;Chodnik od Nowa! Szkolne 15 / Szkolne 22;0
94;350000;33;65;Mini park na Skarpie;0
73;100000;28;52;„Wandzianka” - piknik archeologiczny przy Kopcu Wandy;0
26;9690;31;51;Aerobic w Wodzie „Bądź jak Rybka„;0
95;250000;30;48;Chodnik na Skarpie;0
32;4000;29;48;Otwarte zajęcia biegowo-ruchowe na terenie Dzielnicy XVIII;0
69;128100;9;12;MARATON ARTYSTYCZNY DLA DZIECI - WARSZTATY I KONCERT;0
VOTES
voter_id;vote;voting_method
5;35,78,80;internet
25;23,15,30;paper
28;75,65,83;paper
38;11,1,47;internet
42;30,15,23;paper
80;23,25,15;paper
98;15,23,30;paper
112;54,55,13;internet
127;23,15,30;paper
131;11,33,1;internet
151;29,23,15;paper
179;56,44,16;internet
185;15,23,30;paper
204;1,9,35;paper
242;29,27,30;paper
247;23,29,15;paper
248;23,29,15;paper
259;12,75,86;paper
260;15,23,30;paper
283;23,15,30;paper
291;23,15,30;paper
292;23,15,30;paper
308;23,15,30;paper
309;23,15,30;paper
331;75,5,80;internet
