#!/usr/bin/env python3
"""Generate ontology/countries.tsv.

Base list: ISO 3166-1 from Debian's iso-codes package
(/usr/share/iso-codes/json/iso_3166-1.json): every alpha-3 code, plus the ISO
name / common_name / official_name as aliases when they read like names used in
running text (ISO's inverted forms such as "Korea, Republic of" are skipped).

Everything else (news label, Wikidata QID, extra aliases, demonyms, capitals,
seats of power) comes from the hand-written table COUNTRIES below, written from
general knowledge on 2026-11-21 (see ontology/README.md for what to verify).

Usage: python3 tools/gen_countries.py [OUTPUT]   (default ontology/countries.tsv)
"""
import json
import os
import subprocess
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
DATE = "2026-11-21"

# alpha3|label|wikidata|aliases|demonyms|capitals|seats
# Lists are ';'-separated. Empty wikidata = not confident enough to give one.
COUNTRIES = r"""
ABW|Aruba|Q21203||Aruban|Oranjestad|
AFG|Afghanistan|Q889|Islamic Emirate of Afghanistan|Afghan;Afghans;Afghanistani|Kabul|
AGO|Angola|Q916||Angolan;Angolans|Luanda|
AIA|Anguilla|||Anguillan||
ALA|Åland Islands|Q5689|Aland Islands;Åland;Aland|Ålander;Alander|Mariehamn|
ALB|Albania|Q222||Albanian;Albanians|Tirana;Tiranë|
AND|Andorra|Q228||Andorran;Andorrans|Andorra la Vella|
ARE|United Arab Emirates|Q878|UAE;U.A.E.;Emirates|Emirati;Emiratis|Abu Dhabi|
ARG|Argentina|Q414|Argentine Republic|Argentine;Argentinian;Argentines;Argentinians|Buenos Aires|Casa Rosada
ARM|Armenia|Q399||Armenian;Armenians|Yerevan|
ASM|American Samoa|Q16641||American Samoan|Pago Pago|
ATA|Antarctica|Q51||Antarctic||
ATF|French Southern Territories||French Southern and Antarctic Lands|||
ATG|Antigua and Barbuda|Q781|Antigua|Antiguan;Barbudan||
AUS|Australia|Q408|Commonwealth of Australia|Australian;Australians;Aussie;Aussies|Canberra|
AUT|Austria|Q40||Austrian;Austrians|Vienna|Hofburg;Ballhausplatz
AZE|Azerbaijan|Q227||Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku|
BDI|Burundi|Q967||Burundian;Burundians|Gitega;Bujumbura|
BEL|Belgium|Q31||Belgian;Belgians|Brussels|
BEN|Benin|Q962||Beninese|Porto-Novo;Cotonou|
BES|Bonaire, Sint Eustatius and Saba||Caribbean Netherlands;Bonaire;Sint Eustatius;Saba||Kralendijk|
BFA|Burkina Faso|Q965|Burkina|Burkinabe;Burkinabè|Ouagadougou|
BGD|Bangladesh|Q902||Bangladeshi;Bangladeshis|Dhaka|
BGR|Bulgaria|Q219||Bulgarian;Bulgarians|Sofia|
BHR|Bahrain|Q398||Bahraini;Bahrainis|Manama|
BHS|Bahamas|Q778|The Bahamas|Bahamian;Bahamians|Nassau|
BIH|Bosnia and Herzegovina|Q225|Bosnia;Bosnia-Herzegovina;Bosnia & Herzegovina|Bosnian;Bosnians;Herzegovinian|Sarajevo|
BLM|Saint Barthélemy||Saint Barthelemy;St. Barthélemy;St. Barts;St Barts||Gustavia|
BLR|Belarus|Q184|Byelorussia;Belorussia|Belarusian;Belarusians;Belarussian;Byelorussian|Minsk|
BLZ|Belize|Q242||Belizean;Belizeans|Belmopan|
BMU|Bermuda|Q23635||Bermudian;Bermudians||
BOL|Bolivia|Q750||Bolivian;Bolivians|La Paz;Sucre|
BRA|Brazil|Q155|Brasil|Brazilian;Brazilians|Brasília;Brasilia|Planalto;Planalto Palace;Itamaraty
BRB|Barbados|Q244||Barbadian;Barbadians;Bajan|Bridgetown|
BRN|Brunei|Q921|Brunei Darussalam;Nation of Brunei|Bruneian;Bruneians|Bandar Seri Begawan|
BTN|Bhutan|Q917||Bhutanese|Thimphu|
BVT|Bouvet Island|||||
BWA|Botswana|Q963||Botswanan;Motswana;Batswana|Gaborone|
CAF|Central African Republic|Q929|Centrafrique|Central African;Central Africans|Bangui|
CAN|Canada|Q16||Canadian;Canadians|Ottawa|Parliament Hill
CCK|Cocos (Keeling) Islands||Cocos Islands;Keeling Islands||West Island|
CHE|Switzerland|Q39|Swiss Confederation|Swiss|Bern;Berne|
CHL|Chile|Q298||Chilean;Chileans|Santiago|La Moneda
CHN|China|Q148|People's Republic of China;PRC;P.R.C.;Mainland China|Chinese|Beijing;Peking|Zhongnanhai;Great Hall of the People
CIV|Ivory Coast|Q1008|Côte d'Ivoire;Cote d'Ivoire;Côte d’Ivoire;Cote d’Ivoire|Ivorian;Ivorians;Ivoirian|Yamoussoukro;Abidjan|
CMR|Cameroon|Q1009||Cameroonian;Cameroonians|Yaoundé;Yaounde|
COD|Democratic Republic of the Congo|Q974|Congo;DR Congo;D.R. Congo;DRC;Congo-Kinshasa;Congo Kinshasa;Zaire;Democratic Republic of Congo|Congolese|Kinshasa|
COG|Republic of the Congo|Q971|Congo-Brazzaville;Congo Brazzaville;Congo Republic;Republic of Congo||Brazzaville|
COK|Cook Islands|Q26988||Cook Islander;Cook Islanders|Avarua|
COL|Colombia|Q739||Colombian;Colombians|Bogotá;Bogota|Casa de Nariño
COM|Comoros|Q970|Union of the Comoros|Comorian;Comorians|Moroni|
CPV|Cape Verde|Q1011|Cabo Verde;Republic of Cabo Verde;Republic of Cape Verde|Cape Verdean;Cape Verdeans;Cabo Verdean|Praia|
CRI|Costa Rica|Q800||Costa Rican;Costa Ricans|San José;San Jose|
CUB|Cuba|Q241||Cuban;Cubans|Havana|
CUW|Curaçao|Q25279|Curacao|Curaçaoan;Curacaoan|Willemstad|
CXR|Christmas Island|||Christmas Islander|Flying Fish Cove|
CYM|Cayman Islands|Q5785|Caymans|Caymanian;Caymanians|George Town|
CYP|Cyprus|Q229|Republic of Cyprus|Cypriot;Cypriots|Nicosia|
CZE|Czech Republic|Q213|Czechia|Czech;Czechs|Prague|Prague Castle
DEU|Germany|Q183|Federal Republic of Germany;Deutschland;West Germany|German;Germans;West German;West Germans|Berlin|Bundeskanzleramt
DJI|Djibouti|Q977|Republic of Djibouti|Djiboutian;Djiboutians|Djibouti City|
DMA|Dominica|Q784|Commonwealth of Dominica||Roseau|
DNK|Denmark|Q35|Kingdom of Denmark|Danish;Dane;Danes|Copenhagen|Christiansborg
DOM|Dominican Republic|Q786||Dominican;Dominicans|Santo Domingo|
DZA|Algeria|Q262|People's Democratic Republic of Algeria|Algerian;Algerians|Algiers|
ECU|Ecuador|Q736||Ecuadorian;Ecuadorians;Ecuadorean|Quito|Carondelet Palace
EGY|Egypt|Q79|Arab Republic of Egypt|Egyptian;Egyptians|Cairo|
ERI|Eritrea|Q986|State of Eritrea|Eritrean;Eritreans|Asmara|
ESH|Western Sahara|Q6250|Sahrawi Arab Democratic Republic;SADR|Sahrawi;Sahrawis;Saharawi|Laayoune;El Aaiún|
ESP|Spain|Q29|Kingdom of Spain;España;Espana|Spanish;Spaniard;Spaniards|Madrid|Moncloa;Moncloa Palace;La Moncloa
EST|Estonia|Q191||Estonian;Estonians|Tallinn|Toompea
ETH|Ethiopia|Q115||Ethiopian;Ethiopians|Addis Ababa|
FIN|Finland|Q33|Suomi|Finnish;Finn;Finns|Helsinki|
FJI|Fiji|Q712||Fijian;Fijians|Suva|
FLK|Falkland Islands|Q9648|Falklands;Malvinas;Islas Malvinas;Falkland Islands (Malvinas)|Falkland Islander;Falkland Islanders|Port Stanley|
FRA|France|Q142|French Republic|French;Frenchman;Frenchmen;Frenchwoman|Paris|Elysee;Élysée;Elysee Palace;Élysée Palace;Quai d'Orsay;Matignon
FRO|Faroe Islands|Q4628|Faroes;Faeroe Islands|Faroese|Tórshavn;Torshavn|
FSM|Micronesia|Q702|Federated States of Micronesia|Micronesian;Micronesians|Palikir|
GAB|Gabon|Q1000|Gabonese Republic|Gabonese|Libreville|
GBR|United Kingdom|Q145|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton;Britons;Brit;Brits|London|Downing Street;Number 10;No 10;No. 10;Whitehall;Westminster;Foreign Office;Foreign and Commonwealth Office;Home Office
GEO|Georgia|Q230|Sakartvelo|Georgian;Georgians|Tbilisi|
GGY|Guernsey|Q25230|Bailiwick of Guernsey|Guernseyman|St Peter Port;St. Peter Port|
GHA|Ghana|Q117||Ghanaian;Ghanaians|Accra|
GIB|Gibraltar|Q1410||Gibraltarian;Gibraltarians||
GIN|Guinea|Q1006|Guinea-Conakry;Guinea Conakry|Guinean;Guineans|Conakry|
GLP|Guadeloupe|Q17012||Guadeloupean|Basse-Terre|
GMB|Gambia|Q1005|The Gambia|Gambian;Gambians|Banjul|
GNB|Guinea-Bissau|Q1007|Guinea Bissau|Bissau-Guinean;Bissau-Guineans|Bissau|
GNQ|Equatorial Guinea|Q983||Equatorial Guinean;Equatoguinean;Equatoguineans|Malabo|
GRC|Greece|Q41|Hellenic Republic;Hellas|Greek;Greeks;Hellenic|Athens|Maximos Mansion
GRD|Grenada|Q769||Grenadian;Grenadians||
GRL|Greenland|Q223|Kalaallit Nunaat|Greenlandic;Greenlander;Greenlanders|Nuuk|
GTM|Guatemala|Q774||Guatemalan;Guatemalans|Guatemala City|
GUF|French Guiana|Q3769|Guyane|French Guianese|Cayenne|
GUM|Guam|Q16635||Guamanian;Guamanians|Hagåtña;Hagatna|
GUY|Guyana|Q734||Guyanese|Georgetown|
HKG|Hong Kong|Q8646|Hong Kong SAR;Hong Kong Special Administrative Region|Hong Konger;Hong Kongers||
HMD|Heard Island and McDonald Islands||Heard and McDonald Islands|||
HND|Honduras|Q783||Honduran;Hondurans|Tegucigalpa|
HRV|Croatia|Q224|Hrvatska|Croatian;Croatians;Croat;Croats|Zagreb|
HTI|Haiti|Q790||Haitian;Haitians|Port-au-Prince|
HUN|Hungary|Q28|Magyarország|Hungarian;Hungarians|Budapest|
IDN|Indonesia|Q252||Indonesian;Indonesians|Jakarta;Nusantara|
IMN|Isle of Man|Q9676||Manx||
IND|India|Q668|Republic of India;Bharat|Indian;Indians|New Delhi;Delhi|South Block;Raisina Hill
IOT|British Indian Ocean Territory||Chagos Archipelago;Chagos Islands;Diego Garcia|||
IRL|Ireland|Q27|Republic of Ireland;Eire;Éire|Irish|Dublin|
IRN|Iran|Q794|Islamic Republic of Iran;Persia|Iranian;Iranians|Tehran;Teheran|
IRQ|Iraq|Q796|Republic of Iraq|Iraqi;Iraqis|Baghdad|
ISL|Iceland|Q189||Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík|
ISR|Israel|Q801|State of Israel|Israeli;Israelis|Jerusalem|
ITA|Italy|Q38|Italian Republic;Italia|Italian;Italians|Rome|Palazzo Chigi;Quirinale;Farnesina
JAM|Jamaica|Q766||Jamaican;Jamaicans|Kingston|
JEY|Jersey|Q785|Bailiwick of Jersey||St Helier;St. Helier|
JOR|Jordan|Q810|Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman|
JPN|Japan|Q17|Nippon;Nihon|Japanese|Tokyo|Kantei
KAZ|Kazakhstan|Q232||Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Astana;Nur-Sultan|Akorda
KEN|Kenya|Q114||Kenyan;Kenyans|Nairobi|
KGZ|Kyrgyzstan|Q813|Kyrgyz Republic;Kirghizia;Kyrgyzia|Kyrgyz;Kyrgyzstani|Bishkek|
KHM|Cambodia|Q424|Kingdom of Cambodia;Kampuchea|Cambodian;Cambodians|Phnom Penh|
KIR|Kiribati|Q710||I-Kiribati|Tarawa;South Tarawa|
KNA|Saint Kitts and Nevis|Q763|St. Kitts and Nevis;St Kitts and Nevis;St. Kitts & Nevis|Kittitian;Nevisian|Basseterre|
KOR|South Korea|Q884|Republic of Korea;ROK;R.O.K.|South Korean;South Koreans;Korean;Koreans|Seoul|Blue House;Cheong Wa Dae
KWT|Kuwait|Q817|State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City|
LAO|Laos|Q819|Lao People's Democratic Republic;Lao PDR|Laotian;Laotians;Lao|Vientiane|
LBN|Lebanon|Q822|Lebanese Republic|Lebanese|Beirut|Baabda;Baabda Palace;Grand Serail
LBR|Liberia|Q1014||Liberian;Liberians|Monrovia|
LBY|Libya|Q1016|State of Libya|Libyan;Libyans|Tripoli|
LCA|Saint Lucia|Q760|St. Lucia;St Lucia|Saint Lucian;St. Lucian|Castries|
LIE|Liechtenstein|Q347||Liechtensteiner;Liechtensteiners|Vaduz|
LKA|Sri Lanka|Q854|Ceylon|Sri Lankan;Sri Lankans|Colombo;Sri Jayawardenepura Kotte;Kotte|
LSO|Lesotho|Q1013||Basotho;Mosotho;Lesothan|Maseru|
LTU|Lithuania|Q37||Lithuanian;Lithuanians|Vilnius|
LUX|Luxembourg|Q32|Grand Duchy of Luxembourg|Luxembourgish;Luxembourger;Luxembourgers|Luxembourg City|
LVA|Latvia|Q211||Latvian;Latvians|Riga|
MAC|Macau|Q14773|Macao;Macao SAR;Macau SAR|Macanese||
MAF|Saint Martin (French part)||Saint-Martin;Collectivity of Saint Martin||Marigot|
MAR|Morocco|Q1028|Kingdom of Morocco|Moroccan;Moroccans|Rabat|
MCO|Monaco|Q235|Principality of Monaco|Monegasque;Monégasque;Monegasques|Monaco-Ville|
MDA|Moldova|Q217|Republic of Moldova|Moldovan;Moldovans|Chisinau;Chișinău;Kishinev|
MDG|Madagascar|Q1019||Malagasy|Antananarivo|
MDV|Maldives|Q826|The Maldives|Maldivian;Maldivians||
MEX|Mexico|Q96|United Mexican States;México|Mexican;Mexicans|Mexico City|
MHL|Marshall Islands|Q709||Marshallese|Majuro|
MKD|North Macedonia|Q221|Macedonia;Former Yugoslav Republic of Macedonia;FYROM|North Macedonian;Macedonian;Macedonians|Skopje|
MLI|Mali|Q912||Malian;Malians|Bamako|Koulouba
MLT|Malta|Q233||Maltese|Valletta|
MMR|Myanmar|Q836|Burma;Republic of the Union of Myanmar|Burmese;Myanmarese|Naypyidaw;Nay Pyi Taw;Naypyitaw|
MNE|Montenegro|Q236|Crna Gora|Montenegrin;Montenegrins|Podgorica|
MNG|Mongolia|Q711||Mongolian;Mongolians|Ulaanbaatar;Ulan Bator|
MNP|Northern Mariana Islands|Q16644|Northern Marianas|Northern Mariana Islander|Saipan|
MOZ|Mozambique|Q1029||Mozambican;Mozambicans|Maputo|
MRT|Mauritania|Q1025||Mauritanian;Mauritanians|Nouakchott|
MSR|Montserrat|||Montserratian|Brades|
MTQ|Martinique|Q17054||Martinican;Martiniquais|Fort-de-France|
MUS|Mauritius|Q1027||Mauritian;Mauritians|Port Louis|
MWI|Malawi|Q1020||Malawian;Malawians|Lilongwe|
MYS|Malaysia|Q833||Malaysian;Malaysians|Kuala Lumpur;Putrajaya|
MYT|Mayotte|Q17063||Mahoran;Mahorais|Mamoudzou|
NAM|Namibia|Q1030||Namibian;Namibians|Windhoek|
NCL|New Caledonia|Q33788|Nouvelle-Calédonie;Kanaky|New Caledonian;New Caledonians|Nouméa;Noumea|
NER|Niger|Q1032|Republic of Niger|Nigerien;Nigeriens|Niamey|
NFK|Norfolk Island|||Norfolk Islander||
NGA|Nigeria|Q1033||Nigerian;Nigerians|Abuja|Aso Rock;Aso Villa
NIC|Nicaragua|Q811||Nicaraguan;Nicaraguans|Managua|
NIU|Niue|||Niuean|Alofi|
NLD|Netherlands|Q55|The Netherlands;Holland;Nederland|Dutch;Dutchman;Dutchmen|Amsterdam;The Hague|
NOR|Norway|Q20|Kingdom of Norway;Norge|Norwegian;Norwegians|Oslo|
NPL|Nepal|Q837||Nepali;Nepalese;Nepalis|Kathmandu|Singha Durbar
NRU|Nauru|Q697||Nauruan;Nauruans|Yaren|
NZL|New Zealand|Q664|Aotearoa|New Zealander;New Zealanders|Wellington|
OMN|Oman|Q842|Sultanate of Oman|Omani;Omanis|Muscat|
PAK|Pakistan|Q843|Islamic Republic of Pakistan|Pakistani;Pakistanis|Islamabad|
PAN|Panama|Q804||Panamanian;Panamanians|Panama City|
PCN|Pitcairn||Pitcairn Islands|Pitcairn Islander;Pitcairner|Adamstown|
PER|Peru|Q419||Peruvian;Peruvians|Lima|
PHL|Philippines|Q928|The Philippines|Filipino;Filipinos;Philippine;Filipina|Manila|Malacañang;Malacanang;Malacañang Palace
PLW|Palau|Q695||Palauan;Palauans|Ngerulmud|
PNG|Papua New Guinea|Q691|PNG|Papua New Guinean;Papua New Guineans|Port Moresby|
POL|Poland|Q36|Polska;Republic of Poland|Polish|Warsaw|
PRI|Puerto Rico|Q1183|Commonwealth of Puerto Rico|Puerto Rican;Puerto Ricans|San Juan|
PRK|North Korea|Q423|Democratic People's Republic of Korea;DPRK;D.P.R.K.|North Korean;North Koreans|Pyongyang|
PRT|Portugal|Q45|Portuguese Republic|Portuguese|Lisbon|São Bento;Belém Palace
PRY|Paraguay|Q733||Paraguayan;Paraguayans|Asunción;Asuncion|
PSE|Palestine|Q219060|State of Palestine;Palestinian Territories;Occupied Palestinian Territories;Palestinian territories|Palestinian;Palestinians|Ramallah;East Jerusalem|Muqata;Muqataa
PYF|French Polynesia|Q30971|Polynésie française|French Polynesian|Papeete|
QAT|Qatar|Q846|State of Qatar|Qatari;Qataris|Doha|
REU|Réunion|Q17070|Reunion;La Réunion;La Reunion|Réunionese;Reunionese||
ROU|Romania|Q218|Rumania;Roumania|Romanian;Romanians|Bucharest|Cotroceni;Cotroceni Palace;Victoria Palace
RUS|Russia|Q159|Russian Federation;Rossiya|Russian;Russians|Moscow|Kremlin;Smolensk Square
RWA|Rwanda|Q1037|Rwandese Republic;Republic of Rwanda|Rwandan;Rwandans|Kigali|
SAU|Saudi Arabia|Q851|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian;Saudi Arabians|Riyadh|
SDN|Sudan|Q1049|Republic of the Sudan;Republic of Sudan;The Sudan|Sudanese|Khartoum|
SEN|Senegal|Q1041||Senegalese|Dakar|
SGP|Singapore|Q334|Republic of Singapore|Singaporean;Singaporeans|Singapore City|Istana
SGS|South Georgia and the South Sandwich Islands||South Georgia||King Edward Point|
SHN|Saint Helena, Ascension and Tristan da Cunha||Saint Helena;St Helena;St. Helena|Saint Helenian||
SJM|Svalbard and Jan Mayen||Svalbard;Jan Mayen||Longyearbyen|
SLB|Solomon Islands|Q685|Solomons|Solomon Islander;Solomon Islanders|Honiara|
SLE|Sierra Leone|Q1044||Sierra Leonean;Sierra Leoneans|Freetown|
SLV|El Salvador|Q792||Salvadoran;Salvadorans;Salvadorian|San Salvador|
SMR|San Marino|Q238|Republic of San Marino|Sammarinese|City of San Marino|
SOM|Somalia|Q1045|Federal Republic of Somalia|Somali;Somalis;Somalian|Mogadishu|Villa Somalia
SPM|Saint Pierre and Miquelon||St. Pierre and Miquelon;Saint-Pierre-et-Miquelon|Saint-Pierrais|Saint-Pierre|
SRB|Serbia|Q403|Republic of Serbia;Srbija;Yugoslavia;Federal Republic of Yugoslavia;Serbia and Montenegro|Serbian;Serbians;Serb;Serbs;Yugoslav;Yugoslavs|Belgrade|
SSD|South Sudan|Q958|Republic of South Sudan|South Sudanese|Juba|
STP|São Tomé and Príncipe|Q1039|Sao Tome and Principe;São Tomé;Sao Tome|Santomean;São Toméan|São Tomé City;Sao Tome City|
SUR|Suriname|Q730|Surinam|Surinamese|Paramaribo|
SVK|Slovakia|Q214|Slovak Republic|Slovak;Slovaks;Slovakian|Bratislava|
SVN|Slovenia|Q215|Republic of Slovenia|Slovenian;Slovenians;Slovene;Slovenes|Ljubljana|
SWE|Sweden|Q34|Kingdom of Sweden;Sverige|Swedish;Swede;Swedes|Stockholm|Rosenbad
SWZ|Eswatini|Q1050|Swaziland;Kingdom of Eswatini|Swazi;Swazis;Liswati|Mbabane;Lobamba|
SXM|Sint Maarten||Sint Maarten (Dutch part)|St. Maartener|Philipsburg|
SYC|Seychelles|Q1042||Seychellois||
SYR|Syria|Q858|Syrian Arab Republic|Syrian;Syrians|Damascus|
TCA|Turks and Caicos Islands||Turks and Caicos|Turks and Caicos Islander|Cockburn Town|
TCD|Chad|Q657|Republic of Chad;Tchad|Chadian;Chadians|N'Djamena;Ndjamena|
TGO|Togo|Q945|Togolese Republic|Togolese|Lomé;Lome|
THA|Thailand|Q869|Kingdom of Thailand;Siam|Thai;Thais|Bangkok|
TJK|Tajikistan|Q863||Tajik;Tajiks;Tajikistani|Dushanbe|
TKL|Tokelau|||Tokelauan|Nukunonu;Fakaofo|
TKM|Turkmenistan|Q874|Turkmenia|Turkmen;Turkmens|Ashgabat;Ashkhabad|
TLS|East Timor|Q574|Timor-Leste;Timor Leste;Democratic Republic of Timor-Leste|Timorese;East Timorese|Dili|
TON|Tonga|Q678|Kingdom of Tonga|Tongan;Tongans|Nuku'alofa;Nukuʻalofa|
TTO|Trinidad and Tobago|Q754|Trinidad & Tobago|Trinidadian;Tobagonian;Trinbagonian|Port of Spain;Port-of-Spain|
TUN|Tunisia|Q948|Tunisian Republic|Tunisian;Tunisians|Tunis|Carthage Palace
TUR|Turkey|Q43|Türkiye;Turkiye;Republic of Turkey;Republic of Türkiye|Turkish;Turk;Turks|Ankara|Beştepe;Bestepe;Çankaya;Cankaya
TUV|Tuvalu|Q672||Tuvaluan;Tuvaluans|Funafuti|
TWN|Taiwan|Q865|Republic of China;ROC;R.O.C.;Chinese Taipei;Formosa|Taiwanese|Taipei|
TZA|Tanzania|Q924|United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam|
UGA|Uganda|Q1036||Ugandan;Ugandans|Kampala|
UKR|Ukraine|Q212|The Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev|Bankova
UMI|United States Minor Outlying Islands||U.S. Minor Outlying Islands|||
URY|Uruguay|Q77|Oriental Republic of Uruguay;Eastern Republic of Uruguay|Uruguayan;Uruguayans|Montevideo|
USA|United States|Q30|U.S.;US;USA;U.S.A.;America;United States of America|American;Americans|Washington;Washington D.C.;Washington, D.C.;Washington DC|White House;Pentagon;State Department;Justice Department;Capitol Hill;Oval Office;Foggy Bottom
UZB|Uzbekistan|Q265||Uzbek;Uzbeks;Uzbekistani|Tashkent|
VAT|Vatican City|Q237|Vatican;Holy See;Vatican City State;Holy See (Vatican City State)|Vatican|Vatican City|Apostolic Palace
VCT|Saint Vincent and the Grenadines|Q757|St. Vincent and the Grenadines;St Vincent and the Grenadines;St. Vincent;Saint Vincent|Vincentian;Vincentians|Kingstown|
VEN|Venezuela|Q717|Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas|Miraflores;Miraflores Palace
VGB|British Virgin Islands|Q25305|BVI;Virgin Islands, British|British Virgin Islander|Road Town|
VIR|United States Virgin Islands|Q11703|U.S. Virgin Islands;US Virgin Islands;USVI;Virgin Islands of the United States|U.S. Virgin Islander|Charlotte Amalie|
VNM|Vietnam|Q881|Viet Nam;Socialist Republic of Vietnam;Socialist Republic of Viet Nam|Vietnamese|Hanoi;Ha Noi|
VUT|Vanuatu|Q686|Republic of Vanuatu|Ni-Vanuatu;Vanuatuan|Port Vila;Port-Vila|
WLF|Wallis and Futuna||Wallis and Futuna Islands|Wallisian;Futunan|Mata-Utu;Mata Utu|
WSM|Samoa|Q683|Independent State of Samoa;Western Samoa|Samoan;Samoans|Apia|
YEM|Yemen|Q805|Republic of Yemen|Yemeni;Yemenis|Sanaa;Sana'a|
ZAF|South Africa|Q258|Republic of South Africa;RSA|South African;South Africans|Pretoria;Cape Town;Tshwane|Union Buildings
ZMB|Zambia|Q953||Zambian;Zambians|Lusaka|
ZWE|Zimbabwe|Q954||Zimbabwean;Zimbabweans|Harare|
"""


def iso_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True, check=True).stdout
        return out.split("-")[0]
    except Exception:
        return "unknown"


def clean_iso_name(name):
    if not name or ", " in name or "(" in name:
        return None
    if name.startswith("the "):
        name = name[4:]
    return name


def merge(*lists):
    seen = set()
    out = []
    for lst in lists:
        for x in lst:
            x = x.strip()
            if x and x.casefold() not in seen:
                seen.add(x.casefold())
                out.append(x)
    return out


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "ontology", "countries.tsv")
    iso = {e["alpha_3"]: e for e in json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]}
    table = {}
    for line in COUNTRIES.strip().splitlines():
        f = line.split("|")
        if len(f) != 7:
            sys.exit("bad table line (%d fields): %s" % (len(f), line))
        if f[0] in table:
            sys.exit("duplicate table line: " + f[0])
        table[f[0]] = f
    missing = sorted(set(iso) - set(table))
    extra = sorted(set(table) - set(iso))
    if missing or extra:
        sys.exit("table/ISO mismatch: missing %s extra %s" % (missing, extra))
    ver = iso_version()
    source = "ISO 3166-1 (Debian iso-codes %s); names, demonyms, capitals, seats, Wikidata ids from general knowledge (2026-11-21), to be verified" % ver
    # a name the table gives to one country is not added to another from
    # ISO ("Congo" is ISO's short name for COG; news since 1997 mean COD)
    claimed = {}
    for a3, f in table.items():
        for a in f[3].split(";"):
            if a:
                claimed[a.casefold()] = a3
    rows = []
    for a3 in sorted(iso):
        _, label, qid, aliases, demonyms, capitals, seats = table[a3]
        e = iso[a3]
        iso_names = [clean_iso_name(e.get(k, "")) for k in ("name", "common_name", "official_name")]
        al = merge([a for a in aliases.split(";") if a],
                   [n for n in iso_names
                    if n and claimed.get(n.casefold(), a3) == a3])
        al = [a for a in al if a.casefold() != label.casefold()]
        rows.append([a3, label, qid, ";".join(al),
                     ";".join(merge(demonyms.split(";"))),
                     ";".join(merge(capitals.split(";"))),
                     ";".join(merge(seats.split(";"))), source])
    with open(dest, "w", encoding="utf-8", newline="\n") as out:
        out.write("# kg ontology: countries and territories (one row per ISO 3166-1 entry, %d rows).\n" % len(rows))
        out.write("# id = ISO 3166-1 alpha-3 (also the CAMEO country code); label = common English news name.\n")
        out.write("# Sources: ISO 3166-1 list and ISO names from Debian iso-codes %s\n" % ver)
        out.write("#   (/usr/share/iso-codes/json/iso_3166-1.json); labels, aliases, demonyms, capitals,\n")
        out.write("#   seats of power and Wikidata QIDs written from general knowledge; verify before relying on them.\n")
        out.write("# Generated by tools/gen_countries.py on %s; edit the table there and regenerate.\n" % DATE)
        out.write("# Ambiguity choices: 'Congo' and 'Congolese' are given to COD (news usage since 1997; the extractor\n")
        out.write("#   reads them as COG in documents dated before 1997-05-17 or naming only the Republic of Congo);\n")
        out.write("#   'Korean' and 'Koreans' alone are given to KOR for shared_names.tsv, which reads them as KOR only\n")
        out.write("#   in documents that name the South and not the North, as PRK in the reverse, else as no country;\n")
        out.write("#   'Dominican' goes to DOM (not DMA); 'Guinean' to GIN only; capitals that are common words\n")
        out.write("#   (Male, Victoria, Kingston NFK, Hamilton) are omitted or disambiguated; so are St John's (ATG) and\n")
        out.write("#   St George's (GRD), which name chapels, hospitals and Newfoundland's capital far more often.\n")
        out.write("id\tlabel\twikidata\taliases\tdemonyms\tcapitals\tseats\tsource\n")
        for r in rows:
            for x in r:
                if "\t" in x or "\n" in x:
                    sys.exit("tab/newline in field: %r" % x)
            out.write("\t".join(r) + "\n")
    print("wrote %d rows to %s" % (len(rows), dest))


if __name__ == "__main__":
    main()
