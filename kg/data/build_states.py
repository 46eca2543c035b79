# ruff: noqa: E501  (the curated table keeps one state per line)
"""Regenerates states.tsv from pycountry plus the curated table below.

pycountry gives ISO codes, English names and Russian names from the
iso-codes project, but those are registry forms ("Соединённые штаты",
"Российская Федерация" as the short name), not what a news reader writes, and it
knows nothing of adjectives, capitals or states that no longer exist. The
curated rows override it. The `forms` column is computed: the case forms news gives a
name pymorphy3 reads as undeclined (`declined_forms`). Run by hand (`python -m kg.data.build_states`); the
runtime only reads the generated file.
"""

from __future__ import annotations

import gettext
from pathlib import Path

import pycountry

OUT = Path(__file__).with_name("states.tsv")

# iso3;short name;full name;adjective lemmas;capital;aliases;english name
# An empty short or full name or English name keeps pycountry's.
CURATED = """
AFG;;;афганский;Кабул;;
ALB;;;албанский;Тирана;;
DZA;;;алжирский;Алжир;;
AND;;;андоррский;Андорра-ла-Велья;;
AGO;;;ангольский;Луанда;;
ATG;;Антигуа и Барбуда;антигуанский;Сент-Джонс;;
ARG;;;аргентинский;Буэнос-Айрес;;
ARM;;;армянский;Ереван;;
AUS;;Австралийский Союз;австралийский;Канберра;;
AUT;;;австрийский;Вена;;
AZE;;Азербайджанская Республика;азербайджанский;Баку;;
BHS;Багамские Острова;;багамский;Нассау;Багамы;
BHR;;;бахрейнский;Манама;;
BGD;;;бангладешский;Дакка;;
BRB;;Барбадос;барбадосский;Бриджтаун;;
BLR;Белоруссия;Республика Беларусь;белорусский;Минск;Беларусь|Республика Белоруссия|РБ;
BEL;;;бельгийский;Брюссель;;
BLZ;;Белиз;белизский;Бельмопан;;
BEN;;;бенинский;Порто-Ново;;
BTN;;;бутанский;Тхимпху;;
BOL;;;боливийский;Сукре;;Bolivia
BIH;;Босния и Герцеговина;боснийский;Сараево;БиГ|Босния;
BWA;;;ботсванский;Габороне;;
BRA;;;бразильский;Бразилиа;;
BRN;Бруней;Бруней-Даруссалам;брунейский;Бандар-Сери-Бегаван;;Brunei
BGR;;;болгарский;София;;
BFA;;Буркина-Фасо;буркинийский;Уагадугу;;
BDI;;;бурундийский;Гитега;;
CPV;;;кабовердианский;Прая;;
KHM;;;камбоджийский;Пномпень;;
CMR;;;камерунский;Яунде;;
CAN;;Канада;канадский;Оттава;;
CAF;Центральноафриканская Республика;Центральноафриканская Республика;центральноафриканский;Банги;ЦАР;
TCD;;;чадский;Нджамена;;
CHL;;;чилийский;Сантьяго;;
CHN;;;китайский;Пекин;КНР|Поднебесная;China
COL;;;колумбийский;Богота;;
COM;Коморские Острова;;коморский;Морони;Коморы;
COG;Республика Конго;;конголезский;Браззавиль;Конго-Браззавиль;Republic of the Congo
CRI;;;костариканский;Сан-Хосе;;
CIV;;;ивуарийский;Ямусукро;Берег Слоновой Кости;
HRV;;;хорватский;Загреб;;
CUB;;;кубинский;Гавана;;
CYP;;;кипрский;Никосия;;
CZE;;;чешский;Прага;;Czechia
PRK;Северная Корея;;северокорейский;Пхеньян;КНДР;North Korea
COD;Демократическая Республика Конго;Демократическая Республика Конго;конголезский;Киншаса;ДРК|ДР Конго;Democratic Republic of the Congo
DNK;;;датский;Копенгаген;;
DJI;;;джибутийский;Джибути;;
DMA;;;доминикский;Розо;;
DOM;Доминиканская Республика;Доминиканская Республика;доминиканский;Санто-Доминго;;
ECU;;;эквадорский;Кито;;
EGY;;;египетский;Каир;АРЕ;
SLV;;;сальвадорский;Сан-Сальвадор;;
GNQ;;;экваториальногвинейский;Малабо;;
ERI;;;эритрейский;Асмэра;;
EST;;;эстонский;Таллин;;
SWZ;;;свазилендский|эсватинский;Мбабане;Свазиленд;
ETH;;;эфиопский;Аддис-Абеба;;
FJI;;;фиджийский;Сува;;
FIN;;;финский|финляндский;Хельсинки;;
FRA;;;французский;Париж;;
GAB;;;габонский;Либревиль;;
GMB;;;гамбийский;Банжул;;
GEO;;Грузия;грузинский;Тбилиси;;
DEU;;;немецкий|германский;Берлин;ФРГ;
GHA;;;ганский;Аккра;;
GRC;;;греческий;Афины;;
GRD;;Гренада;гренадский;Сент-Джорджес;;
GTM;;;гватемальский;Гватемала;;
GIN;;;гвинейский;Конакри;;
GNB;;;бисау-гвинейский|гвинейско-бисауский;Бисау;;
GUY;;;гайанский;Джорджтаун;;
HTI;;;гаитянский;Порт-о-Пренс;;
HND;;;гондурасский;Тегусигальпа;;
HUN;;;венгерский;Будапешт;;
ISL;;;исландский;Рейкьявик;;
IND;;;индийский;Нью-Дели;;
IDN;;;индонезийский;Джакарта;;
IRN;;Исламская Республика Иран;иранский;Тегеран;ИРИ;Iran
IRQ;;Республика Ирак;иракский;Багдад;;
IRL;;Ирландия;ирландский;Дублин;;
ISR;;;израильский;Иерусалим;;
ITA;;;итальянский;Рим;;
JAM;;Ямайка;ямайский;Кингстон;;
JPN;;Япония;японский;Токио;Страна восходящего солнца;
JOR;;;иорданский;Амман;;
KAZ;;;казахстанский;Астана;РК;
KEN;;;кенийский;Найроби;;
KIR;;;кирибатийский;Южная Тарава;;
KWT;;;кувейтский;Эль-Кувейт;;
KGZ;Киргизия;Киргизская Республика;киргизский|кыргызский|кыргызстанский;Бишкек;Кыргызстан|Кыргызская Республика|КР;Kyrgyzstan
LAO;Лаос;Лаосская Народно-Демократическая Республика;лаосский;Вьентьян;ЛНДР;Laos
LVA;;;латвийский;Рига;;
LBN;;;ливанский;Бейрут;;
LSO;;;лесотский;Масеру;;
LBR;;;либерийский;Монровия;;
LBY;;Государство Ливия;ливийский;Триполи;;
LIE;;;лихтенштейнский;Вадуц;;
LTU;;;литовский;Вильнюс;;
LUX;;;люксембургский;Люксембург;;
MDG;;;мадагаскарский|малагасийский;Антананариву;;
MWI;;;малавийский;Лилонгве;;
MYS;;Малайзия;малайзийский|малазийский;Куала-Лумпур;;
MDV;;;мальдивский;Мале;;
MLI;;;малийский;Бамако;;
MLT;;;мальтийский;Валлетта;;
MHL;Маршалловы Острова;Республика Маршалловы Острова;маршалловский;Маджуро;;
MRT;;;мавританский;Нуакшот;;
MUS;;;маврикийский;Порт-Луи;;
MEX;;;мексиканский;Мехико;;
FSM;Микронезия;;микронезийский;Паликир;;Micronesia
MDA;Молдавия;Республика Молдова;молдавский;Кишинёв;Молдова;Moldova
MCO;;;монакский;Монако;;
MNG;;Монголия;монгольский;Улан-Батор;;
MNE;;;черногорский;Подгорица;;
MAR;;;марокканский;Рабат;;
MOZ;;;мозамбикский;Мапуту;;
MMR;;Республика Союз Мьянма;мьянманский;Нейпьидо;Бирма;
NAM;;;намибийский;Виндхук;;
NRU;;;науруанский;Ярен;;
NPL;;;непальский;Катманду;;
NLD;;;нидерландский|голландский;Амстердам;Голландия;
NZL;;Новая Зеландия;новозеландский;Веллингтон;;
NIC;;;никарагуанский;Манагуа;;
NER;;;нигерский;Ниамей;;
NGA;;;нигерийский;Абуджа;;
MKD;;;северомакедонский|македонский;Скопье;Македония;
NOR;;;норвежский;Осло;;
OMN;;;оманский;Маскат;;
PAK;;;пакистанский;Исламабад;;
PLW;;;палауский;Нгерулмуд;;
PAN;;;панамский;Панама;;
PNG;;;папуасский;Порт-Морсби;Папуа-Новая Гвинея;
PRY;;;парагвайский;Асунсьон;;
PER;;;перуанский;Лима;;
PHL;;;филиппинский;Манила;;
POL;;;польский;Варшава;;
PRT;;;португальский;Лиссабон;;
QAT;;;катарский;Доха;;
KOR;Южная Корея;Республика Корея;южнокорейский;Сеул;;South Korea
ROU;;Румыния;румынский;Бухарест;;
RUS;Россия;Российская Федерация;российский;Москва;РФ|Российская Федерация;Russia
RWA;;;руандийский;Кигали;;
KNA;;Федерация Сент-Китс и Невис;сент-китсский;Бастер;;
LCA;;Сент-Люсия;сент-люсийский;Кастри;;
VCT;;Сент-Винсент и Гренадины;сент-винсентский;Кингстаун;;
WSM;;;самоанский;Апиа;;
SMR;;;сан-маринский;Сан-Марино;;
STP;;;сан-томийский;Сан-Томе;;
SAU;;;саудовский;Эр-Рияд;КСА;
SEN;;;сенегальский;Дакар;;
SRB;;;сербский;Белград;;
SYC;Сейшельские Острова;;сейшельский;Виктория;Сейшелы;
SLE;;;сьерра-леонский;Фритаун;;
SGP;;;сингапурский;Сингапур;;
SVK;;;словацкий;Братислава;;
SVN;;;словенский;Любляна;;
SLB;;Соломоновы Острова;соломонский;Хониара;;
SOM;;;сомалийский;Могадишо;;
ZAF;Южно-Африканская Республика;;южноафриканский;Претория;ЮАР|Южная Африка;
SSD;;;южносуданский;Джуба;;
ESP;;;испанский;Мадрид;;
LKA;;;шри-ланкийский;Шри-Джаяварденепура-Котте;;
SDN;;;суданский;Хартум;;
SUR;;;суринамский;Парамарибо;;
SWE;;;шведский;Стокгольм;;
CHE;;;швейцарский;Берн;;
SYR;Сирия;Сирийская Арабская Республика;сирийский;Дамаск;САР;Syria
TJK;;;таджикский|таджикистанский;Душанбе;РТ;
TZA;;;танзанийский;Додома;;Tanzania
THA;;;таиландский|тайский;Бангкок;Тайланд;
TLS;;;восточнотиморский;Дили;Тимор-Лесте;
TGO;;;тоголезский;Ломе;;
TON;;;тонганский;Нукуалофа;;
TTO;;;тринидадский;Порт-оф-Спейн;;
TUN;;;тунисский;Тунис;;
TUR;;;турецкий;Анкара;;Turkey
TKM;;Туркменистан;туркменский|туркменистанский;Ашхабад;Туркмения;
TUV;;Тувалу;тувалийский;Фунафути;;
UGA;;;угандийский;Кампала;;
UKR;;Украина;украинский;Киев;;
ARE;Объединённые Арабские Эмираты;Объединённые Арабские Эмираты;эмиратский;Абу-Даби;ОАЭ|Эмираты;
GBR;Великобритания;;британский;Лондон;Соединённое Королевство|Британия;United Kingdom
USA;Соединённые Штаты Америки;Соединённые Штаты Америки;американский;Вашингтон;США|Штаты|Соединённые Штаты|Америка;United States
URY;;;уругвайский;Монтевидео;;
UZB;;;узбекский|узбекистанский;Ташкент;РУз;
VUT;;;вануатский;Порт-Вила;;
VEN;Венесуэла;;венесуэльский;Каракас;;Venezuela
VNM;;;вьетнамский;Ханой;СРВ;Vietnam
YEM;;;йеменский;Сана;;
ZMB;;;замбийский;Лусака;;
ZWE;;;зимбабвийский;Хараре;;
PSE;;;палестинский;Рамалла;Палестинская автономия|Палестинская национальная автономия;Palestine
VAT;Ватикан;Государство-город Ватикан;ватиканский;Ватикан;Святой Престол;Vatican City
TWN;Тайвань;Китайская Республика;тайваньский;Тайбэй;;Taiwan
"""

# States outside ISO 3166-1: iso3 (ISO 3166-3 for dissolved states; the
# user-assigned X.. range for the rest), iso2, historic, then the curated fields.
EXTRA = """
XKX;XK;0;Косово;Республика Косово;косовский;Приштина;;Kosovo
XAB;;0;Абхазия;Республика Абхазия;абхазский;Сухум;Сухуми;Abkhazia
XSO;;0;Южная Осетия;Республика Южная Осетия;южноосетинский;Цхинвал;Цхинвали;South Ossetia
XPR;;0;Приднестровье;Приднестровская Молдавская Республика;приднестровский;Тирасполь;ПМР;Transnistria
XSL;;0;Сомалиленд;Республика Сомалиленд;сомалилендский;Харгейса;;Somaliland
XNC;;0;Северный Кипр;Турецкая Республика Северного Кипра;северокипрский;Северная Никосия;ТРСК;Northern Cyprus
SUN;SU;1;СССР;Союз Советских Социалистических Республик;советский;Москва;Советский Союз|Союз ССР;Soviet Union
YUG;YU;1;Югославия;Социалистическая Федеративная Республика Югославия;югославский;Белград;СФРЮ;Yugoslavia
CSK;CS;1;Чехословакия;Чехословацкая Социалистическая Республика;чехословацкий;Прага;ЧССР;Czechoslovakia
DDR;DD;1;ГДР;Германская Демократическая Республика;восточногерманский;Берлин;Восточная Германия;East Germany
XRE;;1;Российская империя;Российская империя;;;;Russian Empire
"""

# Wikidata QIDs. ISO states: the OWID countries-regions table
# (owid/owid-grapher, CountriesRegions.ts), cross-checked against a second
# public ISO→QID table (agreeing on all but NLD, where both Q55 and the
# kingdom Q29999 occur; Q55 is the item news links use). Others: see README.
QIDS = """
AFG Q889 ALB Q222 DZA Q262 AND Q228 AGO Q916 ATG Q781 ARG Q414 ARM Q399 AUS Q408 AUT Q40
AZE Q227 BHS Q778 BHR Q398 BGD Q902 BRB Q244 BLR Q184 BEL Q31 BLZ Q242 BEN Q962 BTN Q917
BOL Q750 BIH Q225 BWA Q963 BRA Q155 BRN Q921 BGR Q219 BFA Q965 BDI Q967 CPV Q1011 KHM Q424
CMR Q1009 CAN Q16 CAF Q929 TCD Q657 CHL Q298 CHN Q148 COL Q739 COM Q970 COG Q971 COD Q974
CRI Q800 CIV Q1008 HRV Q224 CUB Q241 CYP Q229 CZE Q213 DNK Q35 DJI Q977 DMA Q784 DOM Q786
ECU Q736 EGY Q79 SLV Q792 GNQ Q983 ERI Q986 EST Q191 SWZ Q1050 ETH Q115 FJI Q712 FIN Q33
FRA Q142 GAB Q1000 GMB Q1005 GEO Q230 DEU Q183 GHA Q117 GRC Q41 GRD Q769 GTM Q774 GIN Q1006
GNB Q1007 GUY Q734 HTI Q790 HND Q783 HUN Q28 ISL Q189 IND Q668 IDN Q252 IRN Q794 IRQ Q796
IRL Q27 ISR Q801 ITA Q38 JAM Q766 JPN Q17 JOR Q810 KAZ Q232 KEN Q114 KIR Q710 PRK Q423
KOR Q884 KWT Q817 KGZ Q813 LAO Q819 LVA Q211 LBN Q822 LSO Q1013 LBR Q1014 LBY Q1016 LIE Q347
LTU Q37 LUX Q32 MDG Q1019 MWI Q1020 MYS Q833 MDV Q826 MLI Q912 MLT Q233 MHL Q709 MRT Q1025
MUS Q1027 MEX Q96 FSM Q702 MDA Q217 MCO Q235 MNG Q711 MNE Q236 MAR Q1028 MOZ Q1029 MMR Q836
NAM Q1030 NRU Q697 NPL Q837 NLD Q55 NZL Q664 NIC Q811 NER Q1032 NGA Q1033 NOR Q20 OMN Q842
PAK Q843 PLW Q695 PAN Q804 PNG Q691 PRY Q733 PER Q419 PHL Q928 POL Q36 PRT Q45 QAT Q846
ROU Q218 RUS Q159 RWA Q1037 KNA Q763 LCA Q760 VCT Q757 WSM Q683 SMR Q238 STP Q1039 SAU Q851
SEN Q1041 SRB Q403 SYC Q1042 SLE Q1044 SGP Q334 SVK Q214 SVN Q215 SLB Q685 SOM Q1045 ZAF Q258
SSD Q958 ESP Q29 LKA Q854 SDN Q1049 SUR Q730 SWE Q34 CHE Q39 SYR Q858 TWN Q865 TJK Q863
TZA Q924 THA Q869 TLS Q574 TGO Q945 TON Q678 TTO Q754 TUN Q948 TUR Q43 TKM Q874 TUV Q672
UGA Q1036 UKR Q212 ARE Q878 GBR Q145 USA Q30 URY Q77 UZB Q265 VUT Q686 VEN Q717 VNM Q881
YEM Q805 ZMB Q953 ZWE Q954 MKD Q221 PSE Q219060 VAT Q237 XKX Q1246 XAB Q23334 XSO Q23427
XPR Q907112 XSL Q34754 XNC Q23681 SUN Q15180 YUG Q36704 CSK Q33946 DDR Q16957 XRE Q34266
"""

HEADER = (
    "# States: generated by kg/data/build_states.py (pycountry + curated forms); see README.md.\n"
    "# kind\tiso3\tiso2\tname\tfull_name\tname_en\twikidata"
    "\taliases\tadjectives\tcapital\thistoric\tseats\tforms\n"
)

# Seats of the government that are not the capital above, which news names the state by
# ("Гаага заявила"): the executive's seat where a state has several capitals, after
# Wikipedia's "List of countries with multiple capitals" (checked 2026-12): the Netherlands
# (The Hague), Bolivia (La Paz), Benin (Cotonou), Côte d'Ivoire (Abidjan), Malaysia
# (Putrajaya), Sri Lanka (Colombo). Not a seat one state's claim disputes (Jerusalem), nor
# a former one (Bonn) whose name today is the city. And the territory a capital lies in
# whose name news uses for its government, India's Delhi (New Delhi lies in the National
# Capital Territory of Delhi, Wikipedia "Delhi"): "Дели и Пекин договорились".
SEATS = {
    "NLD": "Гаага", "BOL": "Ла-Пас", "BEN": "Котону", "CIV": "Абиджан", "MYS": "Путраджая",
    "LKA": "Коломбо", "IND": "Дели",
}  # fmt: skip


# The first declension's endings by case, after the stem a name's -а/-я leaves, with the
# spelling rules' other vowel after г, к, х and a hissing consonant ("Тонги", not "Тонгы").
_FIRST_DECLENSION = {"а": ("ы", "е", "у", "ой", "е"), "я": ("и", "е", "ю", "ей", "е")}
_VELARS_HISSING = "гкхжчшщ"


def declined_forms(name: str) -> list[str]:
    """The genitive, dative, accusative, instrumental and prepositional a one-word name takes
    in news where pymorphy3 reads it as undeclined (Fixd) though it ends in -а or -я after a
    consonant, as a noun of the first declension does ("Тонга": "король Тонги", "в Тонге";
    NEREL's annotators link "Тонги" to Tonga): the matcher's lemmas never bring these back
    to the name. A name whose vowel comes before its -а ("Никарагуа", "Самоа", "Антигуа")
    stays undeclined, as Russian keeps it, and so does an abbreviation ("США"); a name
    pymorphy3 declines needs none."""
    from kg.nlp.morph import morph

    word = name.lower()
    if " " in name or "-" in name or name.isupper() or word[-1] not in _FIRST_DECLENSION:
        return []
    if word[-2] in "аеёиоуыэюяй":
        return []
    own = [p for p in morph().parse(word) if p.normal_form == word and "Geox" in p.tag]
    if not own or not all("Fixd" in p.tag for p in own):
        return []
    stem, endings = name[:-1], _FIRST_DECLENSION[word[-1]]
    forms = [stem + e for e in endings]
    if word[-2] in _VELARS_HISSING and word[-1] == "а":
        forms[0] = stem + "и"  # "Тонги"
    return list(dict.fromkeys(forms))


def _forms(name: str, aliases: str) -> str:
    """The declined forms of the state's one-word names (`declined_forms`), "|"-joined."""
    names = [name, *(a for a in aliases.split("|") if a)]
    return "|".join(f for n in names for f in declined_forms(n))


def _row(iso3: str, iso2: str, name: str, full: str, en: str, qid: str, *rest: str) -> str:
    return "\t".join(("state", iso3, iso2, name, full, en, qid, *rest)).rstrip(
        "\t"
    )  # no seats or forms: ends at historic


def build() -> str:
    """The full text of states.tsv."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    it = iter(QIDS.split())
    qids = dict(zip(it, it, strict=True))
    rows = {}
    for line in CURATED.strip().splitlines():
        iso3, short, full, adjectives, capital, aliases, english = line.split(";")
        country = pycountry.countries.get(alpha_3=iso3)
        if country is None:
            raise ValueError(f"{iso3}: not an ISO 3166-1 alpha-3 code pycountry knows")
        official = getattr(country, "official_name", "")
        short = short or ru.gettext(country.name)
        full = full or (ru.gettext(official) if official else short)
        english = english or getattr(country, "common_name", country.name)
        rows[iso3] = _row(
            iso3, country.alpha_2, short, full.replace("\u0301", ""), english, qids[iso3],
            aliases, adjectives, capital, "0", SEATS.get(iso3, ""), _forms(short, aliases),
        )  # fmt: skip
    for line in EXTRA.strip().splitlines():
        iso3, iso2, historic, short, full, adjectives, capital, aliases, english = line.split(";")
        rows[iso3] = _row(
            iso3, iso2, short, full, english, qids[iso3], aliases, adjectives, capital, historic,
            "", _forms(short, aliases),
        )  # fmt: skip
    return HEADER + "\n".join(rows.values()) + "\n"


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8")
