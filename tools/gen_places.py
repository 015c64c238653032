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
USA|city|Seattle||Seattle
USA|city|Miami||Miami
USA|city|Atlanta||Atlanta
USA|city|Dallas||Dallas
USA|city|Philadelphia||Philadelphia
USA|city|Las Vegas||Las Vegas
USA|city|New Orleans||New Orleans
USA|region|Guam||Guam
USA|subdivision|Florida||Florida
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
DEU|city|Dusseldorf;Düsseldorf||Düsseldorf
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
               "san luis"])

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
