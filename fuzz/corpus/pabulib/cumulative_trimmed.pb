META
key;value
description;District PB in Częstochowa, Lisiniec
country;Poland
unit;Częstochowa
district;Lisiniec
subunit;Lisiniec
instance;2024
num_projects;34
num_votes;1356
budget;364210
vote_type;cumulative
rule;greedy
date_begin;07.09.2023
date_end;21.09.2023
max_sum_points;10
edition;10
language;pl
currency;PLN
PROJECTS
project_id;cost;votes;score;name;selected
3;320000;224;2185;Dywanik asfaltowy na ul. Ostrowskiej – (od ul. Chochołowskiej do ul. Pienińskiej);1
338;15000;211;1213;Schody i podjazd przed Szkołą 13;1
335;20000;192;1027;Ogrodzenie Szkoły 13 od strony ul. Wręczyckiej - furtka i brama;1
405;50000;104;968;Budowa chodnika z kostki brukowej przy Szkole Podstawowej nr 37 im. Jana Pawła II w Częstochowie, ul. Wielkoborska 54;0
532;360000;99;825;Utwardzenie i zaasfaltowanie ulicy Koniecpolskiej;0
233;136000;118;786;Doposażenie jednoski OSP Wielki Bór;0
63;59400;105;767;Festiwale i Koncerty na Lisińcu!;0
69;45000;100;709;Remont chodnika -Wręczycka.;0
124;360000;89;602;Wręczycka Remont chodnika (odcinek Wręczyckiej od Podhalańskiej do Łęczyckiej) po stronie szkoły;0
131;360000;74;580;Lwowska (odcinek od Wyszyńskiego do Bydgoska - Malborska);0
123;350000;62;460;Wyszyńskiego Remont chodnika;0
521;80000;54;452;Wykonanie nawierzchni łącznika między ul. Bytomską a ul. Chorzowską;0
339;25000;92;435;System kontroli wejść/wyjść - Szkoła Podstawowa 13;0
103;125000;49;360;Naprawa Lisinieckich Traktów czyli fragment chodnika przy Bełchatowskiej, łącznik na Malborskiej oraz szutrówka koło parku Lisiniec;0
368;20700;47;264;Łąka kwietna w mojej dzielnicy - Lisiniec!;0
659;6000;44;241;Kastracja i sterylizacja kotów wolnożyjących;1
182;18000;48;236;Kino na Leżakach Lisiniec!;0
122;270000;27;209;Szczecińska Remont chodnika;0
699;10000;40;196;Agregat prądotwórczy pożarniczy dla OSP Wielki Bór;0
714;7500;36;171;Darmowa sterylizacja i kastracja psów i kotów posiadających właścicieli w dzielnicy Lisiniec;0
119;190000;22;154;Podhalańska Remont Chodnika;0
337;25000;32;146;Piknik rodzinny/dzielnicowy przy Szkole 13;0
145;5000;19;112;Bezpłatne treningi na LODOWISKU z elementami gry w HOKEJA - dla dzieci, młodzieży i dorosłych z Twojej dzielnicy. Zajęcia prowadzone będą przez z tre;0
118;30000;19;91;Łącznik Pieszy Lwowska - Malborska - Raciborska;0
608;5000;23;84;Częstochowa na zielonym szlaku;0
121;120000;8;42;Wyszyńskiego Remont chodnika Wyszyńskiego od nr 202 do nr 180/182 od Podhalańska do Lwowska;0
130;360000;4;29;Starogardzka droga asfaltowa;0
434;13000;7;27;Poszukiwanie siatkarskich talentów;0
128;320000;8;27;Malborska (odcinek od Szczecińskiej do Raciborskiej);0
754;5400;5;26;Warsztaty efektywnego uczenia się;0
320;2100;6;24;Ogólnodostępne treningi rugby dla dzieci i młodzieży - rozwijamy ciało i ducha!;1
127;360000;2;12;Kołobrzeska droga asfaltowa;0
120;1200;1;5;Stojak rowerowy skrzyżowanie ulic Wyszyńskiego Podhalańska Szczecińska;0
129;200000;1;1;Raciborska droga asfaltowa;0
VOTES
voter_id;vote;points;sex;voting_method
25;339,338,337,532;6,2,1,1;F;internet
35;338,145,532,754;4,2,2,2;F;internet
41;131,233;5,5;M;internet
88;335,338;5,5;F;internet
95;145,233;5,5;M;internet
115;405;10;F;internet
121;233;10;F;internet
129;3;10;F;internet
134;124;10;F;internet
135;233;10;M;internet
141;233,339;5,5;F;internet
151;405;10;F;internet
181;405;10;F;internet
187;335,405;5,5;M;internet
192;405;10;M;internet
204;405;10;F;internet
215;63;10;F;internet
254;405;10;F;internet
270;405;10;F;internet
299;233;10;F;internet
310;405;10;F;internet
313;335;10;F;internet
317;233;10;F;internet
322;405;10;M;internet
330;699;10;M;internet
