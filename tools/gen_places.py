#!/usr/bin/env python3
"""Generate ontology/places.tsv: cities and regions that stand for a country.

News names places where a country acts or is acted on ("Russia is conducting
exercises in Alaska", "insurgents bombarded Aleppo"); PETRARCH codes such a
place as its country ("Mosul" -> IRQ).  This script builds the gazetteer once,
offline, from three sources, so that kg itself needs none of them at run time:

1. ISO 3166-2 subdivisions, from Debian's iso-codes package
   (/usr/share/iso-codes/json/iso_3166-2.json): states, provinces, regions,
   governorates...  ISO writes local names ("Baghdād", "Sichuan Sheng",
   "Bristol, City of"); the script drops generic words (Sheng, Zizhiqu,
   "City of"), takes bracketed alternatives, and adds the name without
   diacritics ("Baghdad"), which is how English news writes it.  Russian and
   Ukrainian adjectival forms ("Kurskaja oblast'") are skipped: English
   news writes "Kursk".
2. tzdata's zone.tab (/usr/share/zoneinfo/zone.tab): the city of every time
   zone with its ISO 3166-1 alpha-2 country ("Europe/Zurich" -> CH).
3. The hand-written table PLACES below: well-known news cities, regions and
   disputed territories (Darfur, the Gaza Strip, Chechnya, Kashmir, Crimea),
   each with the Wikipedia article it was written from, and demonyms
   ("Chechen", "Tibetan") where one names the place's people.

Names that would be read wrongly are left out:
* names that WordNet (Debian's wordnet-base, /usr/share/wordnet) lists as an
  ordinary English word (a lower-case noun sense, or any verb, adjective or
  adverb sense: Nice, Reading, Split, Mobile, Bath, Orange) or as a person
  (a proper noun in noun.person: Victoria, Darwin, Regina), unless PLACES lists
  them;
* names shorter than four letters, and names of places in two countries
  (Punjab, Córdoba) unless PLACES decides;
* names that are already a country's name, alias, demonym or capital, an
  organisation's or a person's name (countries.tsv, organizations.tsv and
  people.tsv win, and would anyway: the loader gives a name to the first
  entity that claims it);
* the words in STOP (checked by hand against the news corpora: names that
  are also common given names or surnames WordNet does not list).

Usage: python3 tools/gen_places.py [OUTPUT]   (default ontology/places.tsv)
"""
import json
import os
import re
import sys
import unicodedata

ISO1 = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"
ZONES = "/usr/share/zoneinfo/zone.tab"
WORDNET = "/usr/share/wordnet"
DATE = "2026-11-21"
HERE = os.path.dirname(os.path.abspath(__file__))
ONTO = os.path.join(HERE, "..", "ontology")

# alpha3|type|name;aliases|demonyms|Wikipedia article
# type: city, region (a region or territory news names, not an ISO unit) or
# subdivision.  Disputed places follow ISO 3166 and PETRARCH's CountryInfo
# (Crimea UKR, Golan Heights SYR, Kashmir IND, Nagorno-Karabakh AZE,
# Abkhazia and South Ossetia GEO, Transnistria MDA, Western Sahara has its
# own ISO code ESH and is in countries.tsv).
PLACES = r"""
AFG|city|Kandahar;Qandahar||Kandahar
AFG|city|Jalalabad||Jalalabad
AFG|city|Mazar-i-Sharif;Mazar-e-Sharif||Mazar-i-Sharif
AFG|city|Bagram||Bagram Airfield
AFG|subdivision|Helmand||Helmand Province
AFG|city|Herat||Herat
AFG|city|Kunduz||Kunduz
AZE|region|Nagorno-Karabakh;Nagorno Karabakh;Karabakh||Nagorno-Karabakh
CHN|region|Tibet|Tibetan;Tibetans|Tibet Autonomous Region
CHN|city|Lhasa||Lhasa
CHN|region|Xinjiang|Uighur;Uighurs;Uyghur;Uyghurs|Xinjiang
CHN|city|Urumqi||Ürümqi
CHN|city|Shanghai||Shanghai
CHN|city|Guangzhou;Canton||Guangzhou
CHN|city|Shenzhen||Shenzhen
CHN|city|Wuhan||Wuhan
CHN|city|Chongqing||Chongqing
CHN|city|Tianjin||Tianjin
CHN|region|Inner Mongolia||Inner Mongolia
COD|city|Goma||Goma
COD|region|North Kivu;South Kivu;Kivu||North Kivu
COD|region|Ituri||Ituri Province
COL|city|Medellin;Medellín||Medellín
CUB|city|Santiago de Cuba||Santiago de Cuba
EGY|region|Sinai;Sinai Peninsula||Sinai Peninsula
EGY|city|Alexandria||Alexandria
EGY|city|Sharm el-Sheikh;Sharm el-Sheik;Sharm al-Sheikh||Sharm El Sheikh
ESP|region|Catalonia|Catalan;Catalans|Catalonia
ESP|region|Basque Country|Basque;Basques|Basque Country (autonomous community)
ESP|city|Barcelona||Barcelona
ESP|city|Seville||Seville
FRA|region|Corsica|Corsican;Corsicans|Corsica
FRA|city|Marseille;Marseilles||Marseille
FRA|city|Lyon;Lyons||Lyon
FRA|city|Strasbourg||Strasbourg
GBR|subdivision|England||England
GBR|subdivision|Scotland|Scottish;Scots|Scotland
GBR|subdivision|Wales|Welsh|Wales
GBR|subdivision|Northern Ireland||Northern Ireland
GBR|city|Manchester||Manchester
GBR|city|Liverpool||Liverpool
GBR|city|Birmingham||Birmingham
GBR|city|Edinburgh||Edinburgh
GBR|city|Glasgow||Glasgow
GBR|city|Belfast||Belfast
GBR|city|Cardiff||Cardiff
GEO|region|Abkhazia|Abkhaz;Abkhazian|Abkhazia
GEO|region|South Ossetia|South Ossetian;Ossetian;Ossetians|South Ossetia
GEO|city|Tskhinvali||Tskhinvali
IDN|region|Aceh|Acehnese|Aceh
IDN|region|Bali|Balinese|Bali
IDN|region|Papua||Western New Guinea
IND|region|Kashmir;Jammu and Kashmir|Kashmiri;Kashmiris|Jammu and Kashmir (union territory)
IND|city|Srinagar||Srinagar
IND|city|Mumbai;Bombay||Mumbai
IND|city|Kolkata;Calcutta||Kolkata
IND|city|Chennai;Madras||Chennai
IND|city|Bangalore;Bengaluru||Bangalore
IND|city|Hyderabad||Hyderabad
IND|region|Gujarat||Gujarat
IND|region|Assam||Assam
IRN|city|Tabriz||Tabriz
IRN|city|Isfahan||Isfahan
IRN|city|Mashhad||Mashhad
IRN|city|Qom||Qom
IRN|city|Bushehr||Bushehr
IRN|city|Natanz||Natanz
IRQ|city|Mosul||Mosul
IRQ|city|Basra;Basrah||Basra
IRQ|city|Kirkuk||Kirkuk
IRQ|city|Fallujah;Falluja;Fallouja||Fallujah
IRQ|city|Najaf||Najaf
IRQ|city|Karbala;Kerbala||Karbala
IRQ|city|Ramadi||Ramadi
IRQ|city|Samarra||Samarra
IRQ|city|Tikrit||Tikrit
IRQ|city|Tal Afar;Tall Afar||Tal Afar
IRQ|city|Baquba;Baqubah||Baqubah
IRQ|city|Sadr City||Sadr City
IRQ|city|Abu Ghraib||Abu Ghraib
IRQ|city|Erbil;Arbil||Erbil
IRQ|city|Sulaimaniya;Sulaymaniyah||Sulaymaniyah
IRQ|city|Nasiriya;Nasiriyah||Nasiriyah
IRQ|region|Anbar;Al Anbar||Al Anbar Governorate
IRQ|region|Green Zone||Green Zone
ISR|city|Tel Aviv||Tel Aviv
ISR|city|Haifa||Haifa
ISR|city|Ashkelon||Ashkelon
ISR|city|Sderot||Sderot
ISR|city|Beersheba||Beersheba
ITA|region|Sicily|Sicilian;Sicilians|Sicily
ITA|city|Milan||Milan
ITA|city|Naples||Naples
ITA|city|Venice||Venice
ITA|city|Florence||Florence
ITA|city|Genoa||Genoa
JPN|city|Osaka||Osaka
JPN|city|Hiroshima||Hiroshima
JPN|city|Nagasaki||Nagasaki
JPN|region|Okinawa|Okinawan;Okinawans|Okinawa Prefecture
JPN|region|Hokkaido||Hokkaido
JPN|city|Fukushima||Fukushima (city)
LBN|city|Sidon||Sidon
LBN|region|Bekaa;Bekaa Valley||Beqaa Valley
LBY|city|Benghazi||Benghazi
LBY|city|Misrata;Misurata||Misrata
LBY|city|Sirte||Sirte
MDA|region|Transnistria;Trans-Dniester;Transdniestria;Trans-Dniestr;Transdniester||Transnistria
IND|city|Kargil||Kargil
PNG|region|Bougainville||Autonomous Region of Bougainville
MEX|city|Guadalajara||Guadalajara
MEX|city|Monterrey||Monterrey
MEX|city|Tijuana||Tijuana
MEX|city|Ciudad Juarez;Ciudad Juárez||Ciudad Juárez
MEX|region|Chiapas||Chiapas
MLI|city|Timbuktu||Timbuktu
MLI|city|Kidal||Kidal
NGA|city|Lagos||Lagos
NGA|city|Kano||Kano
NGA|city|Maiduguri||Maiduguri
NGA|region|Borno||Borno State
NGA|region|Niger Delta||Niger Delta
PAK|city|Karachi||Karachi
PAK|city|Lahore||Lahore
PAK|city|Peshawar||Peshawar
PAK|city|Quetta||Quetta
PAK|city|Rawalpindi||Rawalpindi
PAK|region|Waziristan;North Waziristan;South Waziristan||Waziristan
PAK|region|Swat;Swat Valley||Swat District
PAK|region|Balochistan;Baluchistan|Baluch;Baloch|Balochistan, Pakistan
PHL|region|Mindanao||Mindanao
PHL|region|Jolo||Jolo
PSE|region|Gaza;Gaza Strip|Gazan;Gazans|Gaza Strip
PSE|city|Gaza City||Gaza City
PSE|region|West Bank||West Bank
PSE|city|Hebron||Hebron
PSE|city|Nablus||Nablus
PSE|city|Jenin||Jenin
PSE|city|Rafah||Rafah
PSE|city|Khan Younis;Khan Yunis||Khan Yunis
PSE|city|Jabalya;Jabaliya||Jabalia
PSE|city|Bethlehem||Bethlehem
PSE|city|Jericho||Jericho
RUS|region|Chechnya|Chechen;Chechens|Chechnya
RUS|city|Grozny||Grozny
RUS|city|Beslan||Beslan
RUS|region|Dagestan||Dagestan
RUS|region|Ingushetia||Ingushetia
RUS|region|Siberia|Siberian|Siberia
RUS|city|Saint Petersburg;St Petersburg;St. Petersburg||Saint Petersburg
RUS|city|Vladivostok||Vladivostok
RUS|city|Kaliningrad||Kaliningrad
RUS|city|Sochi||Sochi
RUS|city|Kursk||Kursk
RUS|city|Belgorod||Belgorod
SDN|region|Darfur|Darfuri;Darfuris|Darfur
SDN|region|Kordofan;South Kordofan||South Kordofan
SDN|city|Omdurman||Omdurman
SOM|city|Kismayo||Kismayo
SOM|region|Puntland||Puntland
SOM|region|Somaliland||Somaliland
SRB|city|Belgrade||Belgrade
SYR|city|Aleppo||Aleppo
SYR|city|Homs||Homs
SYR|city|Hama||Hama
SYR|city|Idlib||Idlib
SYR|city|Raqqa||Raqqa
SYR|city|Deir ez-Zor;Deir el-Zour;Deir al-Zor||Deir ez-Zor
SYR|city|Daraa;Deraa||Daraa
SYR|city|Kobani||Kobanî
SYR|city|Latakia||Latakia
SYR|region|Golan Heights;Golan||Golan Heights
TUR|city|Istanbul||Istanbul
TUR|city|Izmir||İzmir
TUR|city|Diyarbakir||Diyarbakır
TUR|city|Gaziantep||Gaziantep
UKR|region|Crimea|Crimean|Crimea
UKR|city|Sevastopol||Sevastopol
UKR|region|Donbas;Donbass||Donbas
UKR|city|Donetsk||Donetsk
UKR|city|Luhansk;Lugansk||Luhansk
UKR|city|Kharkiv;Kharkov||Kharkiv
UKR|city|Odesa;Odessa||Odesa
UKR|city|Mariupol||Mariupol
UKR|city|Lviv||Lviv
UKR|city|Kherson||Kherson
UKR|city|Zaporizhzhia;Zaporizhzhya||Zaporizhzhia
UKR|city|Bakhmut||Bakhmut
UKR|city|Chernobyl||Chernobyl
USA|city|New York;New York City;NYC||New York City
USA|city|Los Angeles||Los Angeles
USA|city|Chicago||Chicago
USA|city|Houston||Houston
USA|city|San Francisco||San Francisco
USA|city|Boston||Boston
USA|region|New England||New England
USA|city|Seattle||Seattle
USA|city|Miami||Miami
USA|city|Atlanta||Atlanta
USA|city|Dallas||Dallas
USA|city|Philadelphia||Philadelphia
USA|city|Las Vegas||Las Vegas
USA|city|New Orleans||New Orleans
USA|region|Guam||Guam
USA|subdivision|Florida||Florida
USA|city|Manhattan||Manhattan
USA|city|Atlantic City||Atlantic City
USA|subdivision|Alabama||Alabama
USA|subdivision|Delaware||Delaware
CAN|city|Montreal;Montréal||Montreal
CAN|city|Vancouver||Vancouver
CAN|city|Calgary||Calgary
CAN|subdivision|Alberta|Albertan;Albertans|Alberta
AUS|subdivision|Queensland|Queenslander;Queenslanders|Queensland
USA|city|Fort Worth||Fort Worth, Texas
USA|city|San Antonio||San Antonio
USA|city|Akron||Akron, Ohio
GBR|city|Sheffield||Sheffield
GBR|city|Gateshead||Gateshead
URY|city|Punta del Este||Punta del Este
DEU|subdivision|North Rhine-Westphalia||North Rhine-Westphalia
AFG|city|Lashkar Gah||Lashkar Gah
AFG|city|Gardez||Gardez
AFG|city|Spin Boldak||Spin Boldak
AFG|region|Tora Bora||Tora Bora
AUT|city|Salzburg||Salzburg
BEL|city|Antwerp||Antwerp
BIH|city|Srebrenica||Srebrenica
BIH|city|Mostar||Mostar
BIH|city|Banja Luka||Banja Luka
CHE|city|Geneva||Geneva
CHE|city|Basel||Basel
CHE|city|Davos||Davos
CHE|city|Lausanne||Lausanne
CHN|city|Harbin||Harbin
CHN|city|Nanjing||Nanjing
CHN|city|Chengdu||Chengdu
CHN|city|Kashgar||Kashgar
CIV|city|Bouake;Bouaké||Bouaké
COD|city|Bukavu||Bukavu
COD|city|Bunia||Bunia
COD|city|Kisangani||Kisangani
COD|city|Lubumbashi||Lubumbashi
COL|city|Cali||Cali
DEU|city|Munich||Munich
DEU|city|Frankfurt||Frankfurt
DEU|city|Cologne||Cologne
DEU|city|Stuttgart||Stuttgart
DEU|city|Dusseldorf;Düsseldorf;Duesseldorf||Düsseldorf
DEU|city|Leipzig||Leipzig
DEU|city|Dresden||Dresden
ESP|city|Bilbao||Bilbao
FRA|city|Toulouse||Toulouse
FRA|city|Bordeaux||Bordeaux
FRA|city|Lille||Lille
GBR|city|Londonderry;Derry||Derry
GBR|city|Omagh||Omagh
GEO|city|Batumi||Batumi
GEO|city|Sukhumi||Sukhumi
GEO|city|Gori||Gori, Georgia
GRC|city|Thessaloniki;Salonika||Thessaloniki
IDN|region|Sumatra||Sumatra
IDN|region|Sulawesi||Sulawesi
IDN|city|Ambon||Ambon, Maluku
IDN|city|Poso||Poso
IDN|city|Surabaya||Surabaya
IDN|city|Medan||Medan
IND|city|Amritsar||Amritsar
IND|city|Ahmedabad||Ahmedabad
IND|city|Ayodhya||Ayodhya
IND|city|Jammu||Jammu
IND|city|Lucknow||Lucknow
IND|city|Agra||Agra
IND|city|Godhra||Godhra
IRQ|city|Haditha||Haditha
IRQ|city|Hilla;Hillah||Hillah
IRQ|city|Kut||Kut
IRQ|city|Amarah;Amara||Amarah
IRQ|city|Diwaniya;Diwaniyah||Al Diwaniyah
IRQ|city|Kufa||Kufa
IRQ|city|Samawa;Samawah||Samawah
IRQ|city|Balad||Balad, Iraq
IRQ|city|Baiji||Baiji
IRQ|city|Latifiya;Latifiyah||Latifiya
IRQ|city|Mahmudiya;Mahmudiyah||Mahmudiyah
IRQ|city|Yusufiya;Yusufiyah||Yusufiyah
IRQ|city|Qaim;Al Qaim;al-Qaim||Al-Qa'im, Iraq
IRQ|city|Sinjar||Sinjar
IRQ|city|Halabja||Halabja
IRQ|city|Khanaqin||Khanaqin
IRQ|city|Dujail||Dujail
ISR|city|Ashdod||Ashdod
ISR|city|Netanya||Netanya
ISR|city|Hadera||Hadera
ISR|city|Eilat||Eilat
ISR|city|Nazareth||Nazareth
ISR|city|Jaffa||Jaffa
KEN|city|Eldoret||Eldoret
LBN|city|Nabatiyeh;Nabatieh||Nabatieh
LBN|city|Baalbek||Baalbek
LBN|city|Bint Jbeil||Bint Jbeil
LBN|city|Marjayoun||Marjayoun
LBY|city|Tobruk||Tobruk
LBY|city|Derna||Derna, Libya
LBY|city|Zawiya;Zawiyah||Zawiya
LBY|city|Bani Walid||Bani Walid
LBY|city|Zintan||Zintan
LKA|city|Jaffna||Jaffna
LKA|city|Trincomalee||Trincomalee
LKA|city|Batticaloa||Batticaloa
LKA|city|Kilinochchi||Kilinochchi
LKA|city|Kandy||Kandy
MEX|city|Acapulco||Acapulco
MEX|city|Culiacan;Culiacán||Culiacán
MLI|city|Mopti||Mopti
NER|city|Agadez||Agadez
NGA|city|Port Harcourt||Port Harcourt
NGA|city|Jos||Jos
NGA|city|Warri||Warri
NLD|city|Rotterdam||Rotterdam
PAK|city|Multan||Multan
PAK|city|Faisalabad||Faisalabad
PAK|city|Abbottabad||Abbottabad
PAK|city|Miranshah;Miramshah||Miramshah
PAK|region|Bajaur||Bajaur District
PHL|region|Basilan||Basilan
PHL|city|Zamboanga||Zamboanga City
PHL|city|Davao||Davao City
PHL|city|Cebu||Cebu City
POL|city|Krakow;Kraków;Cracow||Kraków
POL|city|Gdansk;Gdańsk||Gdańsk
PSE|city|Beit Hanoun||Beit Hanoun
PSE|city|Beit Lahiya||Beit Lahia
PSE|city|Tulkarem;Tulkarm||Tulkarm
RUS|city|Nalchik||Nalchik
RUS|city|Vladikavkaz||Vladikavkaz
RUS|city|Makhachkala||Makhachkala
RUS|city|Nazran||Nazran
RUS|city|Volgograd||Volgograd
RUS|city|Novosibirsk||Novosibirsk
RUS|city|Yekaterinburg||Yekaterinburg
RUS|city|Murmansk||Murmansk
SDN|city|El Fasher;al-Fashir||Al-Fashir
SDN|city|Nyala||Nyala, Sudan
SDN|city|Geneina;El Geneina||Geneina
SOM|city|Baidoa||Baidoa
SYR|city|Qamishli||Qamishli
SYR|city|Palmyra||Palmyra
SYR|city|Douma||Douma
SYR|city|Tartus||Tartus
THA|city|Pattani||Pattani (city)
TUR|city|Antalya||Antalya
UGA|city|Gulu||Gulu
UKR|city|Dnipro;Dnipropetrovsk||Dnipro
USA|city|Baltimore||Baltimore
USA|city|Pittsburgh||Pittsburgh
USA|city|Minneapolis||Minneapolis
USA|city|St. Louis;St Louis;Saint Louis||St. Louis
USA|city|San Diego||San Diego
USA|city|Oakland||Oakland, California
USA|city|Sacramento||Sacramento, California
USA|city|Kansas City||Kansas City, Missouri
USA|city|Anchorage||Anchorage, Alaska
YEM|city|Aden||Aden
YEM|city|Hodeidah;Hudaydah||Hodeidah
YEM|city|Marib||Marib
YEM|region|Hadramawt;Hadramout||Hadhramaut
ETH|region|Tigray|Tigrayan;Tigrayans|Tigray Region
ETH|city|Axum;Aksum||Axum
SYR|city|Khan Sheikhoun;Khan Shaykhun||Khan Shaykhun
SYR|region|Ghouta;Eastern Ghouta;East Ghouta||Ghouta
UKR|city|Bucha||Bucha, Ukraine
UZB|city|Andijan||Andijan
KSV|city|Mitrovica;Kosovska Mitrovica||Mitrovica, Kosovo
KSV|city|Prizren||Prizren
KSV|city|Peja;Pec;Peć||Peja
KSV|city|Gjakova;Djakovica;Đakovica||Gjakova
KSV|city|Podujevo;Podujeva||Podujevo
KSV|city|Ferizaj;Urosevac;Uroševac||Ferizaj
KSV|region|Drenica||Drenica
KSV|city|Racak;Reçak||Račak massacre
BIH|city|Tuzla||Tuzla
BIH|city|Zenica||Zenica
BIH|city|Gorazde;Goražde||Goražde
BIH|city|Bihac;Bihać||Bihać
BIH|city|Zepa;Žepa||Žepa
BIH|city|Brcko;Brčko||Brčko District
BIH|city|Foca;Foča||Foča
BIH|city|Prijedor||Prijedor
BIH|city|Bijeljina||Bijeljina
BIH|city|Travnik||Travnik
HRV|city|Vukovar||Vukovar
HRV|city|Knin||Knin
HRV|city|Osijek||Osijek
HRV|city|Dubrovnik||Dubrovnik
HRV|region|Eastern Slavonia||Eastern Slavonia, Baranja and Western Syrmia
SRB|city|Novi Sad||Novi Sad
SRB|city|Presevo;Preševo||Preševo
SRB|city|Bujanovac||Bujanovac
SRB|city|Kragujevac||Kragujevac
MKD|city|Tetovo||Tetovo
MKD|city|Kumanovo||Kumanovo
MKD|city|Aracinovo;Aračinovo||Aračinovo
MKD|city|Gostivar||Gostivar
ALB|city|Vlore;Vlora||Vlorë
ALB|city|Shkoder;Shkodra||Shkodër
RUS|city|Gudermes||Gudermes
RUS|city|Urus-Martan||Urus-Martan
RUS|city|Khasavyurt||Khasavyurt
RUS|city|Buinaksk;Buynaksk||Buynaksk
RUS|city|Budyonnovsk;Budennovsk;Budyonovsk||Budyonnovsk
RUS|city|Kizlyar||Kizlyar
RUS|city|Mozdok||Mozdok
RUS|city|Bamut||Bamut
RUS|city|Vedeno||Vedeno
RUS|city|Samashki||Samashki
RUS|region|North Ossetia||North Ossetia–Alania
RUS|region|Kabardino-Balkaria||Kabardino-Balkaria
GEO|region|Pankisi;Pankisi Gorge||Pankisi Gorge
GEO|region|Kodori;Kodori Gorge||Kodori Valley
GEO|city|Zugdidi||Zugdidi
GEO|city|Kutaisi||Kutaisi
GEO|city|Poti||Poti
GEO|region|Adjara;Ajaria;Adzharia||Adjara
AZE|city|Stepanakert;Khankendi||Stepanakert
AZE|city|Shusha;Shushi||Shusha
AZE|city|Lachin;Lachin corridor||Lachin
AZE|city|Agdam;Aghdam||Aghdam
AZE|city|Kalbajar||Kalbajar
AZE|city|Sumgait;Sumqayit||Sumgait
AZE|region|Nakhchivan;Nakhichevan||Nakhchivan Autonomous Republic
ARM|city|Gyumri||Gyumri
AFG|region|Paktia;Paktiya||Paktia Province
AFG|region|Uruzgan;Oruzgan;Urozgan||Uruzgan Province
AFG|city|Tarin Kowt;Tarinkot||Tarinkot
AFG|city|Bamiyan;Bamian||Bamyan
AFG|region|Panjshir;Panjshir Valley;Panjsher||Panjshir Valley
AFG|city|Sangin||Sangin
AFG|city|Musa Qala;Musa Qala'a||Musa Qala
AFG|city|Marjah;Marja||Marjah
AFG|region|Nad Ali||Nad-e Ali District
AFG|region|Wardak;Maidan Wardak||Maidan Wardak Province
AFG|city|Shindand||Shindand
AFG|city|Pul-i-Charkhi;Pul-e-Charkhi||Pul-e-Charkhi prison
PAK|city|Bannu||Bannu
PAK|city|Dera Ismail Khan||Dera Ismail Khan
PAK|city|Kohat||Kohat
PAK|city|Mardan||Mardan
PAK|city|Charsadda||Charsadda
PAK|city|Mingora||Mingora
PAK|region|Mohmand||Mohmand District
PAK|region|Orakzai||Orakzai District
PAK|region|Kurram||Kurram District
PAK|city|Parachinar||Parachinar
PAK|city|Darra Adam Khel||Darra Adam Khel
PAK|city|Landi Kotal||Landi Kotal
PAK|city|Wana||Wana, Pakistan
PAK|city|Mir Ali||Mir Ali
PAK|city|Chitral||Chitral
PAK|city|Gilgit||Gilgit
PAK|city|Muzaffarabad||Muzaffarabad
PAK|region|Chagai;Chagai hills||Chagai District
PAK|city|Sialkot||Sialkot
PAK|city|Gujranwala||Gujranwala
PAK|city|Sukkur||Sukkur
PAK|city|Larkana||Larkana
PAK|city|Gwadar||Gwadar
PAK|city|Dera Bugti||Dera Bugti
PAK|city|Chaman||Chaman
IND|city|Anantnag||Anantnag
IND|city|Baramulla||Baramulla
IND|city|Kupwara||Kupwara
IND|city|Sopore||Sopore
IND|city|Pulwama||Pulwama
IND|city|Rajouri||Rajouri
IND|city|Doda||Doda, Jammu and Kashmir
IND|city|Pahalgam||Pahalgam
IND|city|Kathua||Kathua
IND|city|Udhampur||Udhampur
IND|city|Imphal||Imphal
IND|city|Guwahati;Gauhati||Guwahati
IND|city|Dantewada||Dantewada
IND|city|Malegaon||Malegaon
IND|city|Varanasi;Benares||Varanasi
IND|city|Pune;Poona||Pune
IND|city|Jaipur||Jaipur
IND|city|Patna||Patna
IND|city|Bhopal||Bhopal
LKA|city|Vavuniya||Vavuniya
LKA|city|Mullaitivu;Mullaittivu||Mullaitivu
LKA|city|Mannar||Mannar, Sri Lanka
LKA|city|Elephant Pass||Elephant Pass
LKA|city|Ampara||Ampara
LKA|city|Anuradhapura||Anuradhapura
LKA|city|Galle||Galle
LKA|city|Pooneryn||Pooneryn
LKA|city|Puthukkudiyiruppu||Puthukkudiyiruppu
LKA|city|Muttur||Muttur
LKA|city|Vakarai||Vakarai
LKA|region|Wanni;Vanni||Vanni (Sri Lanka)
IRQ|city|Rutba;Rutbah||Rutba
IRQ|city|Husaybah||Husaybah
IRQ|city|Haqlaniyah||Haqlaniyah
IRQ|city|Tuz Khurmatu;Tuz Khormato||Tuz Khurmatu
IRQ|city|Muqdadiya;Muqdadiyah||Muqdadiyah
IRQ|city|Khalis||Khalis, Iraq
IRQ|city|Balad Ruz||Balad Ruz
IRQ|city|Taji||Taji, Iraq
IRQ|city|Tarmiya;Tarmiyah||Tarmiyah
IRQ|city|Iskandariya;Iskandariyah||Iskandariya
IRQ|city|Musayyib||Musayyib
IRQ|city|Suwayra;Suwaira||Suwayra
IRQ|city|Umm Qasr||Umm Qasr
IRQ|city|Zubayr;Zubair||Az Zubayr
IRQ|city|Safwan||Safwan
IRQ|city|Dohuk;Duhok;Dahuk||Duhok
IRQ|city|Zakho||Zakho
IRQ|city|Makhmur||Makhmur, Iraq
IRQ|city|Hawija;Hawijah||Hawija
IRQ|city|Kadhimiya;Kadhimiyah;Kazimiyah||Kadhimiya
IRQ|city|Adhamiya;Adhamiyah||Adhamiyah
IRQ|city|Habbaniya;Habbaniyah||Habbaniyah
IRQ|city|Haj Omran;Hajj Omran||Haji Omaran
PSE|city|Qalqilya;Qalqiliya;Qalqilia||Qalqilya
PSE|city|Balata;Balata camp||Balata Camp
PSE|city|Deir al-Balah;Deir el-Balah||Deir al-Balah
PSE|city|Nuseirat||Nuseirat Camp
PSE|city|Bureij||Bureij Camp
PSE|city|Beit Jala||Beit Jala
PSE|city|Beit Sahour||Beit Sahour
PSE|city|Abu Dis||Abu Dis
PSE|city|Qalandia;Qalandiya||Qalandia
PSE|city|Shejaiya;Shujaiya;Shujaiyya||Shuja'iyya
PSE|city|Jinba||Jinba
ISR|city|Kiryat Shmona;Qiryat Shemona||Kiryat Shmona
ISR|city|Nahariya||Nahariya
ISR|city|Metula||Metula
ISR|city|Afula||Afula
ISR|city|Tiberias||Tiberias
ISR|city|Safed||Safed
ISR|city|Dimona||Dimona
ISR|city|Herzliya||Herzliya
ISR|city|Ramat Gan||Ramat Gan
ISR|city|Petah Tikva;Petach Tikva||Petah Tikva
ISR|city|Rishon LeZion;Rishon Lezion||Rishon LeZion
ISR|city|Holon||Holon
ISR|city|Kfar Saba||Kfar Saba
ISR|city|Beit Shemesh||Beit Shemesh
ISR|city|Umm al-Fahm||Umm al-Fahm
LBN|city|Qana||Qana
LBN|city|Naqoura||Naqoura
LBN|city|Khiam||Khiam
LBN|city|Zahle||Zahle
LBN|city|Hermel||Hermel
LBN|city|Nahr al-Bared||Nahr al-Bared
LBN|city|Ain al-Hilweh;Ein el-Hilweh||Ain al-Hilweh
LBN|city|Shatila||Shatila refugee camp
LBN|city|Dahiyeh||Dahieh
SYR|city|Qusayr;Qusair||Al-Qusayr
SYR|city|Rastan||Al-Rastan
SYR|city|Zabadani||Zabadani
SYR|city|Madaya||Madaya
SYR|city|Afrin||Afrin, Syria
SYR|city|Manbij||Manbij
SYR|city|Jarablus||Jarabulus
SYR|city|Azaz||Azaz
SYR|city|Hasakah;Hasaka||Al-Hasakah
SYR|city|Quneitra||Quneitra
SYR|city|Suwayda;Sweida||As-Suwayda
SYR|city|Saydnaya;Sednaya||Saydnaya
SYR|city|Jisr al-Shughour||Jisr al-Shughur
SYR|city|Maarat al-Numan;Maarat al-Nuuman||Maarat al-Numan
IRN|city|Zahedan||Zahedan
IRN|city|Bam||Bam, Iran
IRN|city|Shiraz||Shiraz
IRN|city|Ahvaz;Ahwaz||Ahvaz
IRN|city|Abadan||Abadan, Iran
IRN|city|Khorramshahr||Khorramshahr
IRN|city|Arak||Arak, Iran
IRN|city|Fordow;Fordo||Fordow Fuel Enrichment Plant
IRN|city|Bandar Abbas||Bandar Abbas
IRN|city|Sanandaj||Sanandaj
IRN|city|Mahabad||Mahabad
COD|city|Uvira||Uvira
COD|city|Kalemie||Kalemie
COD|city|Kindu||Kindu
COD|city|Mbandaka||Mbandaka
COD|city|Kananga||Kananga
COD|city|Mbuji-Mayi;Mbuji Mayi||Mbuji-Mayi
COD|city|Kolwezi||Kolwezi
COD|city|Butembo||Butembo
COD|city|Rutshuru||Rutshuru
COD|city|Masisi||Masisi Territory
COD|city|Walikale||Walikale
COD|city|Dungu||Dungu
COD|city|Matadi||Matadi
COD|city|Kikwit||Kikwit
COD|region|Katanga||Katanga Province
RWA|city|Gisenyi;Rubavu||Gisenyi
RWA|city|Ruhengeri;Musanze||Musanze
RWA|city|Butare;Huye||Butare
RWA|city|Cyangugu||Cyangugu
RWA|city|Gitarama||Gitarama
RWA|city|Kibeho||Kibeho
UGA|city|Kitgum||Kitgum
UGA|city|Pader||Pader
UGA|city|Arua||Arua
UGA|city|Kasese||Kasese
UGA|city|Mbarara||Mbarara
UGA|city|Bundibugyo||Bundibugyo
UGA|city|Soroti||Soroti
UGA|city|Entebbe||Entebbe
UGA|city|Jinja||Jinja
UGA|region|Karamoja||Karamoja
TZA|region|Zanzibar||Zanzibar
KEN|city|Kibera||Kibera
KEN|city|Dadaab||Dadaab
KEN|city|Kakuma||Kakuma
SLE|city|Makeni||Makeni
SLE|city|Kenema||Kenema
SLE|city|Koidu||Koidu
SLE|city|Kailahun||Kailahun
SLE|city|Port Loko||Port Loko
SLE|city|Lungi||Lungi
LBR|city|Gbarnga||Gbarnga
LBR|city|Voinjama||Voinjama
LBR|city|Zwedru||Zwedru
LBR|city|Tubmanburg||Tubmanburg
LBR|city|Kakata||Kakata
CIV|city|Korhogo||Korhogo
CIV|city|Daloa||Daloa
CIV|city|Duekoue;Duékoué||Duékoué
CIV|city|Guiglo||Guiglo
GIN|city|Gueckedou;Guéckédou||Guéckédou
SEN|region|Casamance||Casamance
MLI|city|Tessalit||Tessalit
MLI|city|Konna||Konna
MLI|city|Aguelhok||Aguelhok
NER|city|Arlit||Arlit
NGA|city|Zaria||Zaria
NGA|city|Yola||Yola, Nigeria
NGA|city|Damaturu||Damaturu
NGA|city|Potiskum||Potiskum
NGA|city|Gwoza||Gwoza
NGA|city|Chibok||Chibok
NGA|city|Onitsha||Onitsha
NGA|city|Owerri||Owerri
NGA|city|Benin City||Benin City
NGA|city|Calabar||Calabar
NGA|city|Yenagoa||Yenagoa
NGA|region|Ogoniland;Ogoni||Ogoniland
NGA|city|Ibadan||Ibadan
NGA|city|Kafanchan||Kafanchan
NGA|city|Makurdi||Makurdi
TCD|city|Abeche;Abéché||Abéché
TCD|city|Adre;Adré||Adré
TCD|city|Goz Beida||Goz Beïda
CAF|city|Bambari||Bambari
CAF|city|Birao||Birao
CAF|city|Bossangoa||Bossangoa
CMR|city|Maroua||Maroua
CMR|city|Bamenda||Bamenda
SDN|city|Port Sudan||Port Sudan
SDN|city|Wad Madani||Wad Madani
SDN|city|El Obeid||El-Obeid
SDN|city|Kadugli||Kadugli
SDN|city|Zalingei||Zalingei
SDN|city|Kutum||Kutum
SDN|city|Kabkabiya||Kabkabiya
SDN|city|Tawila||Tawila
SDN|city|Ed Daein;Ed Da'ein||Ed Daein
SDN|city|Muhajiriya||Muhajiriya
SDN|region|Nuba Mountains||Nuba Mountains
SSD|city|Malakal||Malakal
SSD|city|Bentiu||Bentiu
SSD|city|Rumbek||Rumbek
SSD|city|Yei||Yei
SSD|city|Torit||Torit
SOM|city|Beledweyne;Beledweyn;Belet Weyne||Beledweyne
SOM|city|Galkayo;Galkacyo||Galkayo
SOM|city|Bosaso;Bossaso||Bosaso
SOM|city|Hargeisa||Hargeisa
SOM|city|Berbera||Berbera
SOM|city|Burao||Burao
SOM|city|Merca||Merca
SOM|city|Jowhar||Jowhar
SOM|city|Afgoye;Afgooye||Afgooye
SOM|city|Garowe||Garowe
SOM|city|Eyl||Eyl
SOM|city|Harardhere||Harardhere
ETH|region|Ogaden||Ogaden
ETH|city|Jijiga||Jijiga
ETH|city|Gode||Gode, Ethiopia
ETH|city|Harar||Harar
ETH|city|Mekele;Mekelle;Makale||Mekelle
ETH|city|Gondar||Gondar
ETH|city|Bahir Dar||Bahir Dar
ETH|city|Zalambessa||Zalambessa
ETH|city|Humera||Humera
ETH|city|Adigrat||Adigrat
ERI|city|Assab||Assab
ERI|city|Massawa||Massawa
ERI|city|Tessenei;Tesseney||Teseney
ERI|city|Barentu||Barentu
ERI|city|Tsorona||Tsorona
COL|city|Barrancabermeja||Barrancabermeja
COL|city|Villavicencio||Villavicencio
COL|city|San Vicente del Caguan;San Vicente del Caguán||San Vicente del Caguán
COL|region|Uraba;Urabá||Urabá Antioquia
COL|city|Cucuta;Cúcuta||Cúcuta
COL|city|Bucaramanga||Bucaramanga
COL|city|Neiva||Neiva
COL|city|Tumaco||Tumaco
COL|city|Buenaventura||Buenaventura, Valle del Cauca
COL|city|Apartado;Apartadó||Apartadó
COL|city|Barranquilla||Barranquilla
COL|city|Popayan;Popayán||Popayán
MEX|city|Nuevo Laredo||Nuevo Laredo
MEX|city|Reynosa||Reynosa
HTI|city|Gonaives;Gonaïves||Gonaïves
HTI|city|Cap-Haitien;Cap Haitien;Cap-Haïtien||Cap-Haïtien
HTI|city|Cite Soleil;Cité Soleil||Cité Soleil
IDN|city|Banda Aceh||Banda Aceh
IDN|city|Lhokseumawe||Lhokseumawe
IDN|city|Meulaboh||Meulaboh
IDN|city|Bireuen||Bireuen
IDN|city|Sigli||Sigli
IDN|region|Moluccas||Maluku Islands
IDN|city|Atambua||Atambua
IDN|city|Kupang||Kupang
IDN|city|Sampit||Sampit
IDN|city|Timika||Timika
IDN|city|Wamena||Wamena
IDN|city|Denpasar||Denpasar
TLS|city|Suai||Suai
TLS|city|Liquica;Liquiçá||Liquiçá
TLS|city|Baucau||Baucau
PHL|city|Cotabato;Cotabato City||Cotabato City
PHL|city|General Santos||General Santos
PHL|city|Marawi||Marawi
PHL|region|Lanao del Sur;Lanao del Norte;Lanao||Lanao del Sur
PHL|region|Maguindanao||Maguindanao
PHL|region|Tawi-Tawi||Tawi-Tawi
PHL|city|Iligan||Iligan
PHL|city|Lamitan||Lamitan
THA|city|Hat Yai||Hat Yai
THA|city|Tak Bai||Tak Bai District
THA|city|Mae Sot||Mae Sot
MMR|city|Yangon;Rangoon||Yangon
MMR|city|Sittwe||Sittwe
MMR|city|Maungdaw||Maungdaw
MMR|city|Myitkyina||Myitkyina
BGD|city|Cox's Bazar;Coxs Bazar||Cox's Bazar
BGD|city|Chittagong;Chattogram||Chittagong
KGZ|city|Osh||Osh
KGZ|city|Jalal-Abad||Jalal-Abad
UZB|city|Fergana;Ferghana||Fergana
UZB|city|Bukhara||Bukhara
UZB|city|Termez||Termez
TJK|city|Khujand||Khujand
TJK|city|Kulob;Kulyab||Kulob
TJK|city|Khorog||Khorog
MDA|city|Tiraspol||Tiraspol
UKR|city|Debaltseve||Debaltseve
TUR|city|Semdinli;Şemdinli||Şemdinli
TUR|city|Cizre||Cizre
TUR|city|Silopi||Silopi
TUR|city|Nusaybin||Nusaybin
TUR|city|Yuksekova;Yüksekova||Yüksekova
DZA|city|Maghnia||Maghnia
DZA|city|Dellys||Dellys
DZA|city|Bentalha||Bentalha massacre
DZA|region|Kabylie;Kabylia||Kabylia
EGY|city|Luxor||Luxor
EGY|city|Asyut;Assiut||Asyut
EGY|city|Port Said||Port Said
EGY|city|Ismailia||Ismailia
EGY|city|El Arish;al-Arish;Arish||Arish
SAU|city|Jeddah;Jiddah||Jeddah
SAU|city|Mecca||Mecca
SAU|city|Dhahran||Dhahran
SAU|city|Khobar;Al Khobar||Khobar
SAU|city|Qatif||Qatif
SAU|city|Dammam||Dammam
SAU|city|Al-Ula;AlUla||AlUla
YEM|city|Taiz||Taiz
YEM|city|Saada;Sadah||Saada
YEM|city|Mukalla||Mukalla
YEM|city|Zinjibar||Zinjibar
JOR|city|Zarqa||Zarqa
JOR|city|Aqaba||Aqaba
ZWE|city|Mutare||Mutare
ZWE|city|Chitungwiza||Chitungwiza
ZAF|city|Soweto||Soweto
ZAF|city|Durban||Durban
ZAF|city|Khayelitsha||Khayelitsha
AGO|city|Kuito||Kuito
PRK|city|Kaesong||Kaesong
PRK|city|Yongbyon||Yongbyon
PRK|city|Sinuiju||Sinuiju
KOR|city|Busan;Pusan||Busan
KOR|city|Incheon;Inchon||Incheon
KOR|city|Gwangju;Kwangju||Gwangju
JPN|city|Naha||Naha
JPN|city|Yokohama||Yokohama
CHN|city|Dandong||Dandong
CHN|city|Jinan||Jinan
CHN|city|Xiamen||Xiamen
CHN|city|Kunming||Kunming
CHN|city|Shenyang||Shenyang
CHN|city|Dalian||Dalian
CHN|city|Qingdao||Qingdao
CYP|city|Kyrenia||Kyrenia
CYP|city|Larnaca||Larnaca
CYP|city|Limassol||Limassol
DEU|city|Bonn||Bonn
DEU|city|West Berlin||West Berlin
DEU|city|Erfurt||Erfurt
FRA|city|Cannes||Cannes
FRA|city|Calais||Calais
FRA|city|Ajaccio||Ajaccio
GBR|city|Portadown||Portadown
GBR|city|Drumcree||Drumcree
GBR|city|Enniskillen||Enniskillen
SVK|city|Kosice;Košice||Košice
ESP|city|Pamplona||Pamplona
BRA|city|Curitiba||Curitiba
BRA|city|Belo Horizonte||Belo Horizonte
BRA|city|Porto Alegre||Porto Alegre
USA|city|Shepherdstown||Shepherdstown, West Virginia
NZL|city|Christchurch||Christchurch
"""

# Hand-checked names to leave out: given names, surnames and words WordNet does
# not list as such, places better known elsewhere, and names news uses for
# other things (teams, companies, events).
STOP = set("""
adam agnes alba alberta albert alexander alexandria america amazonas anna
anne apple arthur atlantico augusta aurora barbara bay beni benjamin bern
bolivar borneo cambridge camden carmen caroline carlos catherine central
charlotte chester christian christina clara colon concepcion cristobal daniel
david delta diana dorothy east eastern edward elizabeth emily ernest florida
francisco frederick george georgia gordon grace grand hamilton harbour harris
helena henry hope houston howard isabel isabela jackson james jefferson jersey
jesus john jordan joseph juan julia kent lincoln logan louis lucia luis madison
manuel maria mary matthew mercedes middle mike monica morgan nelson north
northern norfolk northeast northwest oxford paul peter phoenix pierre qatar
queensland richmond robert rose ruth santa sarah southern south southeast
southwest stanley sucre sydney thomas upper victor victoria vincent washington
west western william york
bono canterbury casey centrale cesar chatham christmas clare dawson durham
easter guantanamo halifax hanover johnston lakes landes midlands midway
miyazaki newport nyanga portland rivers santander soriano sutton tata wallis
agri arima canaries embu flores granada guerrero lara leon limon magdalena
mendoza meta miranda napo norte pasco petersburg saha toledo valle vincennes
""".split() + ["santa barbara", "santa fe", "san miguel", "west coast", "lord howe",
               "long island", "san fernando", "los santos", "red sea", "north central",
               "san luis", "st johns"])

# ISO 3166-2 unit types too small or too many for news (Slovenia's 212
# municipalities, Jamaica's parishes); second-level units (with a parent)
# are left out too, so are boroughs and counties inside England.
SMALL_TYPES = {"Parish", "Municipality", "Local council", "Rural municipality",
               "District municipality", "Urban municipality", "Commune",
               "Quarter", "Island council", "Administrative atoll",
               "City municipality", "Special municipality", "Rayon"}

# Generic words dropped from ISO 3166-2 names (at the end of the name, or after
# a comma: "Bristol, City of", "Dagestan, Respublika").
GENERIC = ["Sheng", "Shi", "Zizhiqu", "Zhuangzu Zizhiqu", "Huizi Zizhiqu", "Uygur Zizhiqu",
           "SAR", "Respublika", "City of", "City", "Province", "Governorate", "Region",
           "Prefecture", "Department", "State", "District", "County", "Municipality"]
# Adjectival Russian/Ukrainian forms: dropped, as news writes the city name.
ADJECTIVAL = ("oblast", "oblast'", "kraj", "kray", "okrug", "avtonomnyy okrug",
              "avtonomnyj okrug", "avtonomnaja oblast'")


def ascii_form(s):
    """The name without diacritics and transliteration marks, as English news
    writes it: "Baghdād" -> "Baghdad", "Karbalā’" -> "Karbala"."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "").replace("ʼ", "").replace("ʻ", "").replace("‘", "")
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D")
    return s


def key(name):
    """A folded comparison key, close to kg's token keys."""
    return " ".join(re.sub(r"[^0-9a-z]", "", w) for w in
                    ascii_form(name).casefold().replace("-", " ").split())


class WordNet:
    """Which words are ordinary English words or people, per WordNet 3.0."""

    def __init__(self, root):
        self.common = set()
        self.person = set()
        self.proper = set()
        if not os.path.isdir(root):
            sys.exit("gen_places: WordNet not found at %s (apt-get install wordnet-base)" % root)
        for pos in ("verb", "adj", "adv"):
            with open(os.path.join(root, "index." + pos), encoding="latin-1") as f:
                for line in f:
                    if not line.startswith(" "):
                        self.common.add(line.split(" ", 1)[0])
        with open(os.path.join(root, "data.noun"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split(" ")
                lexfile, nwords = int(p[1]), int(p[3], 16)
                for k in range(nwords):
                    w = p[4 + 2 * k]
                    w = re.sub(r"\(.*\)$", "", w)
                    lw = w.lower()
                    if w == lw:
                        self.common.add(lw)
                    else:
                        self.proper.add(lw)
                        if lexfile == 18:  # noun.person
                            self.person.add(lw)

    def excluded(self, name):
        w = ascii_form(name).lower().replace(" ", "_")
        return w in self.common or w in self.person


def ontology_names():
    """Folded names already claimed by countries, organisations and people."""
    taken = set()
    files = {"countries.tsv": ["label", "aliases", "demonyms", "capitals", "seats"],
             "organizations.tsv": ["label", "aliases", "demonyms"],
             "people.tsv": ["label", "aliases"]}
    for fname, cols in files.items():
        header = None
        with open(os.path.join(ONTO, fname), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("#"):
                    continue
                fields = line.split("\t")
                if header is None:
                    header = fields
                    continue
                for c in cols:
                    for item in fields[header.index(c)].split(";"):
                        if item:
                            taken.add(key(item))
    return taken


def iso_names(name):
    """Names to try for one ISO 3166-2 entry, or [] to skip it."""
    out = []
    m = re.match(r"^(.*?)\s*\[(.*)\]$", name)
    if m:
        name = m.group(1)
        alt = re.sub(r"\s+[A-Z]{2}-[A-Z0-9]{1,3}$", "", m.group(2)).strip()
        if alt:
            out.extend(iso_names(alt))
    name = name.rstrip("*").strip()
    if "," in name:
        head, tail = [x.strip() for x in name.split(",", 1)]
        if tail not in GENERIC and tail not in ("Principado de", "Comunidad de", "Región de"):
            return out
        name = head
    low = name.lower()
    if any(low.endswith(" " + a) for a in ADJECTIVAL) or low.endswith(" respublika") \
            or low.startswith("respublika ") or low.startswith("avtonomna"):
        return out
    for g in sorted(GENERIC, key=len, reverse=True):
        if name.endswith(" " + g):
            name = name[: -len(g) - 1]
            break
    out.append(name)
    return out


def main(argv):
    out_path = argv[0] if argv else os.path.join(ONTO, "places.tsv")
    with open(ISO1, encoding="utf-8") as f:
        a2to3 = {e["alpha_2"]: e["alpha_3"] for e in json.load(f)["3166-1"]}
    wn = WordNet(WORDNET)
    taken = ontology_names()
    cand = {}  # key -> {country: [name, type, source, aliases, demonyms]}

    def add(name, cc, typ, source, aliases=(), demonyms=(), hand=False):
        names = [name] + list(aliases)
        forms = []
        for n in names:
            for v in (n, ascii_form(n)):
                if v not in forms:
                    forms.append(v)
        k = key(name)
        if not k:
            return
        entry = cand.setdefault(k, {})
        if cc in entry:
            e = entry[cc]
            if hand:
                e[1], e[2] = typ, source
            elif source not in e[2]:
                e[2] = e[2] + "; " + source
            for v in forms:
                if v not in e[3]:
                    e[3].append(v)
            for d in demonyms:
                if d not in e[4]:
                    e[4].append(d)
            e[5] = e[5] or hand
            return
        entry[cc] = [name, typ, source, forms, list(demonyms), hand]

    # 1. ISO 3166-2
    with open(ISO2, encoding="utf-8") as f:
        for e in json.load(f)["3166-2"]:
            cc = a2to3.get(e["code"][:2])
            if not cc or "parent" in e or e["type"] in SMALL_TYPES:
                continue
            for n in iso_names(e["name"]):
                add(ascii_form(n), cc, "subdivision",
                    "ISO 3166-2 %s (Debian iso-codes 4.15.0)" % e["code"], [n])
    # 2. tzdata
    with open(ZONES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            p = line.rstrip("\n").split("\t")
            cc = a2to3.get(p[0])
            zone = p[2]
            if not cc or zone.startswith(("Antarctica/", "Etc/")):
                continue
            city = zone.rsplit("/", 1)[1].replace("_", " ")
            add(city, cc, "city", "tzdata zone.tab %s (Debian tzdata 2025b)" % zone)
    # 3. the hand table: decides ambiguity and the word filter for its names
    hand_keys = {}
    for line in PLACES.strip().splitlines():
        cc, typ, names, dems, article = line.split("|")
        names = names.split(";")
        dems = [d for d in dems.split(";") if d]
        src = "Wikipedia: %s (from general knowledge, %s)" % (article, DATE)
        for n in names:
            hand_keys[key(n)] = cc
        add(names[0], cc, typ, src, names[1:], dems, hand=True)

    rows, used = [], set()
    for k in sorted(cand):
        entry = cand[k]
        if k in hand_keys:
            entry = {hand_keys[k]: entry[hand_keys[k]]} if hand_keys[k] in entry else entry
        if len(entry) != 1:
            continue  # a name in two countries: ambiguous
        cc, (name, typ, src, forms, dems, hand) = next(iter(entry.items()))
        keep = []
        for v in forms:
            kv = key(v)
            letters = kv.replace(" ", "")
            if kv in taken or kv in used:
                continue
            if not hand and (len(letters) < 4 or kv in STOP or wn.excluded(v)
                             or kv in hand_keys and hand_keys[kv] != cc):
                continue
            if not hand and any(w in STOP for w in kv.split()) and " " not in kv:
                continue
            keep.append(v)
        if not keep:
            continue
        dems = [d for d in dems if key(d) not in taken]
        for v in keep + dems:
            used.add(key(v))
        label = keep[0]
        slug = re.sub(r"[^a-z0-9]+", "_", ascii_form(label).lower()).strip("_")
        rows.append(("place_%s_%s" % (cc.lower(), slug), label, cc, typ,
                     ";".join(keep[1:]), ";".join(dems), src))
    rows.sort()
    ids = set()
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# kg ontology: places that stand for their country in news (cities, regions, subdivisions).\n")
        f.write("# GENERATED by tools/gen_places.py from ISO 3166-2 (Debian iso-codes 4.15.0), tzdata zone.tab\n")
        f.write("#   (Debian tzdata 2025b) and a hand-written table of news places (Wikipedia article names as\n")
        f.write("#   sources, written from general knowledge on %s). Edit the script, not this file.\n" % DATE)
        f.write("# country: ISO 3166-1 alpha-3; a place codes as its country (PETRARCH: Baghdad, Mosul -> IRQ).\n")
        f.write("# type: city, region or subdivision. Names that are English words or people's names (WordNet),\n")
        f.write("#   names of places in two countries, and names of countries, organisations and people are left out.\n")
        f.write("id\tlabel\tcountry\ttype\taliases\tdemonyms\tsource\n")
        for r in rows:
            if r[0] in ids:
                continue
            ids.add(r[0])
            f.write("\t".join(r) + "\n")
    print("gen_places: %d places -> %s" % (len(ids), out_path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
