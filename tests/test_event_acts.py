"""Acts between states (arrest, release, expulsion, seizure, accession, purchase), visits
within visits, and who takes part: sentences of our own about other pairs of states,
with cases that must fire, must not fire and must not merge."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

from kg.extract.agreements import read_agreements
from kg.extract.context import Context
from kg.extract.events import Event, extract_events
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.resolve import Registry, resolve


def _events(nlp, text: str) -> list[Event]:
    document = Document(id="t", text=text, date="2024-05-10")
    doc = nlp(text)
    entities, mentions = resolve(doc, document, Registry(Gazetteer.load()))
    ctx = Context(doc, document, mentions, {e.key: e for e in entities})
    return extract_events(ctx, read_agreements(ctx))


# text, kind, participants the event must have, ones it must not have, date, location
FIRES = [
    # a state's body acts for its state, which takes part in its stead; an international
    # body stays itself, and a parliament that ratifies takes part as a body
    ("Власти Перу задержали Хуана Переса на юге страны.", "Arrest",
     {"person/khuan-peres", "state/PER"}, {"org/vlasti-peru"}, "", ""),
    ("Полиция Чили арестовала Марию Лопес в Сантьяго.", "Arrest",
     {"person/mariya-lopes", "state/CHL"}, {"org/politsiya-chili"}, "", "Сантьяго"),
    ("Интерпол задержал Хуана Переса в Лиме.", "Arrest", {"person/khuan-peres", "org/interpol"},
     set(), "", "Лима"),
    ("Сенат Чили ратифицировал соглашение с Перу.", "Ratification",
     {"org/senat-chili", "state/CHL"}, set(), "", ""),
    # let out of prison or custody: a release
    ("Бывший министр Чили Хорхе Варгас был выпущен из тюрьмы в 2016 году.", "Release",
     {"person/khorkhe-vargas"}, set(), "2016", ""),
    ("Суд Кении выпустил гражданина Уганды Джона Окелло из-под стражи.", "Release",
     {"person/dzhon-okello", "state/KEN"}, set(), "", ""),
    ("Северная Македония вступила в НАТО в 2020 году.", "Accession",
     {"state/MKD", "org/nato"}, set(), "2020", ""),
    ("Вступление Швеции в НАТО состоялось в 2024 году.", "Accession",
     {"state/SWE", "org/nato"}, set(), "2024", ""),
    # done after talks: the talks are no head of the accession
    ("После долгих переговоров Хорватия вступила в ЕС в 2013 году.", "Accession",
     {"state/HRV", "org/eu"}, set(), "2013", ""),
    # membership: "стала членом" a union, "вошли в состав" it
    ("4 апреля 2023 года Финляндия стала членом НАТО.", "Accession",
     {"state/FIN", "org/nato"}, set(), "2023-04-04", ""),
    ("Хорватия стала членом Европейского союза 1 июля 2013 года.", "Accession",
     {"state/HRV", "org/eu"}, set(), "2013-07-01", ""),
    ("Вьетнам стал членом ВТО в январе 2007 года.", "Accession",
     {"state/VNM", "org/wto"}, set(), "2007-01", ""),
    ("1 января 2024 года Египет, Эфиопия, Иран и ОАЭ вошли в состав БРИКС.", "Accession",
     {"state/EGY", "state/ETH", "state/IRN", "state/ARE", "org/brics"}, set(), "2024-01-01",
     ""),
    ("Истребители были приобретены Индонезией у Франции в 2022 году.", "Purchase",
     {"state/IDN", "state/FRA"}, set(), "2022", ""),
    ("Береговая охрана Малайзии перехватила индонезийское судно в Малаккском проливе "
     "5 марта 2021 года.", "Seizure", {"state/MYS"}, set(), "2021-03-05", "Малаккский пролив"),
    # a ship or a state's cargo is seized, whatever it carries
    ("ВМС Ирана захватили в Персидском заливе танкер с иракской нефтью 6 мая 2022 года.",
     "Seizure", {"state/IRN"}, set(), "2022-05-06", ""),
    # ... though the seizer calls its cargo contraband: a charge against the ship
    ("ВМС Ирана захватили греческий танкер с контрабандным топливом.", "Seizure",
     {"state/IRN", "state/GRC"}, set(), "", ""),
    ("ВМС Египта захватили турецкое судно с контрабандными сигаретами.", "Seizure",
     {"state/EGY", "state/TUR"}, set(), "", ""),
    # the state one is a citizen of does not act; the capital tells where
    ("Гражданку Малайзии Сити Азизу задержали в аэропорту Джакарты 3 мая 2023 года.",
     "Arrest", {"state/IDN"}, {"state/MYS"}, "2023-05-03", "Джакарта"),
    # a group of people is arrested; men of a state named by its adjective act for it
    ("В Кении арестована группа военных по подозрению в причастности к мятежу.", "Arrest",
     {"state/KEN"}, set(), "", ""),
    ("Египетские пограничники задержали 11 контрабандистов.", "Arrest", {"state/EGY"}, set(),
     "", ""),
    ("Турецкие силовики в понедельник задержали троих военнослужащих.", "Arrest",
     {"state/TUR"}, set(), "", ""),
    # "его" is the person named before it; the destination takes part
    ("Власти Аргентины задержали Хуана Переса, после чего депортировали его в Чили.",
     "Expulsion", {"person/khuan-peres", "state/ARG", "state/CHL"}, set(), "", ""),
    ("Президент Аргентины Хавьер Милей помиловал гражданина Чили Педро Рохаса.", "Release",
     {"person/javier-milei", "state/ARG"}, {"state/CHL"}, "", ""),
    # one who acts for a state meets or travels, whoever of a trade they meet
    ("Министр иностранных дел Чили встретился с актрисой Анной Смирновой в Вальпараисо.",
     "Meeting", {"state/CHL", "person/anna-smirnova"}, set(), "", ""),
    ("Адвокат Хуана Переса Луис Гомес встретился с послом Перу в Буэнос-Айресе.", "Meeting",
     {"state/PER", "person/luis-gomes"}, set(), "", "Буэнос-Айрес"),
    ("Министр культуры Бразилии Маргарет Менезес прилетела в Рим.", "Visit", {"state/BRA"},
     set(), "", "Рим"),
    # a ceremony of its own kind, or after no marriage, whatever a sentence before tells
    ("Премьер-министр Чили женился в 2010 году. Церемония подписания соглашения между Чили "
     "и Перу прошла в Лиме.", "Signing", {"state/CHL", "state/PER"}, set(), "", "Лима"),
    ("Президент Перу вручил награды ветеранам. Церемония прошла в Лиме.", "Ceremony", set(),
     set(), "", "Лима"),
    # quoted words, no title of a work
    ("«Переговоры с Перу прошли успешно», — сказал президент Чили Габриэль Борич.", "Talks",
     {"state/CHL", "state/PER"}, set(), "", ""),
    # a telegram: who sends it and to whom
    ("Президент Казахстана направил поздравительную телеграмму президенту Чили Габриэлю Боричу.",
     "Message", {"state/KAZ", "state/CHL"}, set(), "", ""),
    ("Президент Индонезии получил послание от султана Малайзии.", "Message",
     {"state/IDN", "state/MYS"}, set(), "", ""),
    # a letter, sent, received, written or handed over
    ("Премьер-министр Японии Фумио Кисида направил письмо премьер-министру Индии Нарендре "
     "Моди.", "Message", {"person/fumio-kishida", "person/narendra-modi", "state/IND"}, set(),
     "", ""),
    ("Президент Аргентины Хавьер Милей получил письмо от президента Бразилии Лулы да Силвы.",
     "Message", {"state/ARG", "state/BRA"}, set(), "", ""),
    ("Министр иностранных дел Вьетнама написал письмо своему индонезийскому коллеге.",
     "Message", {"state/VNM", "state/IDN"}, set(), "", ""),
    ("Король Норвегии Харальд V передал письмо королю Дании Фредерику X через посла.",
     "Message", {"state/NOR", "state/DNK"}, set(), "", ""),
    ("Письмо президента Мексики было передано в Белый дом в пятницу.", "Message",
     {"state/MEX"}, set(), "", ""),
    # a diplomat summoned: the state that summons (the subject, or the ministry one is
    # summoned to) and the diplomat's state; the ministry stands for its state
    ("Министерство иностранных дел Польши вызвало посла Белоруссии.", "Summons",
     {"state/POL", "state/BLR"}, {"org/ministerstvo-inostrannykh-del-polshi"}, "", ""),
    ("МИД Кении вызвал временного поверенного в делах Эфиопии в связи с инцидентом на "
     "границе.", "Summons", {"state/KEN", "state/ETH"}, set(), "", ""),
    ("Посол Ирана был вызван в МИД Саудовской Аравии в четверг.", "Summons",
     {"state/IRN", "state/SAU"}, set(), "", ""),
    ("Вьетнам вызвал посла Индонезии после задержания рыболовецкого судна.", "Summons",
     {"state/VNM", "state/IDN"}, set(), "", ""),
    ("Вызов посла Мексики в госдепартамент США состоялся 6 мая.", "Summons",
     {"state/MEX", "state/USA"}, set(), "2024-05-06", ""),
    ("В среду МИД Норвегии вызвал посла Дании Ханса Йенсена для объяснений.", "Summons",
     {"state/NOR", "state/DNK", "person/khans-yensen"}, set(), "", ""),
    # a statement whose words a verb of saying gives: its author, a person or a body's state
    ("В своем заявлении президент Боливии Луис Арсе подчеркнул, что страна не боится "
     "давления.", "Publication", {"person/luis-arse", "state/BOL"}, set(), "", ""),
    ("В заявлении министерства иностранных дел Кении говорится, что Найроби готов к диалогу "
     "с Аддис-Абебой.", "Publication", {"state/KEN"}, {"state/ETH"}, "", ""),
    ("В официальном заявлении МИД Вьетнама отмечается, что Ханой поддерживает позицию "
     "Джакарты.", "Publication", {"state/VNM"}, {"state/IDN"}, "", ""),
    # one who speaks for a body speaks for its state; told again, the same statement
    ("Пресс-секретарь Госдепартамента США Мэттью Миллер распространил заявление о ситуации в "
     "Мексике.", "Publication", {"person/mettyu-miller", "state/USA"}, {"state/MEX"}, "", ""),
    ("Официальный представитель МИД Японии Ёсимаса Хаяси распространил заявление о "
     "ситуации. В заявлении МИД Японии отмечается, что Токио обеспокоен действиями Пекина.",
     "Publication", {"person/yoshimasa-hayashi", "state/JPN"}, {"state/CHN"}, "", ""),
    # "его" the parser hung on the next verb, which has one of its own, is the first verb's
    # (one the parser hangs on its own verb stays its own)
    ("Правительство Эквадора предупредило власти Колумбии о рисках, связанных с Карлосом "
     "Рамосом: власти Эквадора задержали его на юге страны, после чего (в июле 2015 года) "
     "депортировали его в Перу.", "Arrest", {"person/karlos-ramos", "state/ECU"}, set(), "",
     ""),
    ("Полиция Эквадора задержала его в аэропорту Кито, после чего депортировала его в "
     "Колумбию.", "Arrest", {"state/ECU"}, set(), "", "Кито"),
    # one the target is suspected of an act on is not acted on
    ("Подозреваемый в нападении на Луиса Гомеса Карлос Рамос задержан и дал показания.",
     "Arrest", {"person/karlos-ramos"}, {"person/luis-gomes"}, "", ""),
    ("В Колумбии задержан подозреваемый в покушении на президента Эквадора Луиса Гомеса.",
     "Arrest", {"state/COL"}, {"person/luis-gomes"}, "", ""),
]  # fmt: skip


def test_a_summons_takes_no_place_from_the_clause_after_it(nlp) -> None:
    text = (
        "Власти Аргентины вызвали временного поверенного в делах Бразилии, после того как "
        "бразильский суд запретил митинг в Рио-де-Жанейро."
    )
    (summons,) = of_kind(_events(nlp, text), "Summons")
    assert {"state/ARG", "state/BRA"} <= set(summons.participants)
    assert summons.location == ""


@pytest.mark.parametrize(("text", "kind", "must", "must_not", "date", "location"), FIRES)
def test_acts_with_their_roles(nlp, text, kind, must, must_not, date, location) -> None:
    (event,) = of_kind(_events(nlp, text), kind)
    assert must <= set(event.participants) and not must_not & set(event.participants)
    assert not date or event.date == date
    assert event.location == location or not location


SILENT = [
    ("Закон вступил в силу в 2019 году.", "Accession"),  # no union
    # a member named, not made; a person is no state that joins
    ("Италия как член ЕС поддерживает евроинтеграцию Сербии.", "Accession"),
    ("Министр иностранных дел Италии Антонио Таяни стал членом правительства в 2022 году.",
     "Accession"),
    ("Министр иностранных дел Италии Антонио Таяни вошёл в состав делегации ЕС.", "Accession"),
    ("Одним из условий вступления Сербии в ЕС остаётся диалог с Приштиной.", "Accession"),
    # an accession sought or under way, not done
    ("Президенты Чили и Перу обсудили переговоры о вступлении Боливии в МЕРКОСУР.",
     "Accession"),
    ("Речь шла о переговорах о вступлении Молдавии в ЕС.", "Accession"),
    ("Процесс вступления Черногории в ЕС затянулся.", "Accession"),
    ("Компания купила завод у конкурента в 2021 году.", "Purchase"),  # no states
    ("Нападающий перехватил мяч в центре поля.", "Seizure"),
    # drugs or contraband seized: police or customs work, no state's seizure
    ("Таможенники Бельгии конфисковали в порту Антверпена 5 тонн кокаина из Колумбии.",
     "Seizure"),
    ("Береговая охрана Шри-Ланки перехватила лодку с грузом героина из Пакистана.", "Seizure"),
    ("Пограничники Таджикистана захватили партию наркотиков на границе с Афганистаном.",
     "Seizure"),
    ("Полиция Марокко конфисковала 2 тонны гашиша, предназначавшихся для Испании.", "Seizure"),
    ("Таможня Грузии конфисковала контрабандные сигареты из Армении.", "Seizure"),
    ("Береговая охрана Кении задержала группу судов.", "Arrest"),  # ships, not people
    ("Гражданина Перу отпустили под залог.", "Release"),  # bail
    ("Гражданин Перу Хуан Перес был выпущен из тюрьмы под залог.", "Release"),
    ("Хуан Перес выпустил книгу о жизни в тюрьме.", "Release"),  # a book
    ("Гражданин Перу Хуан Перес не был выпущен из тюрьмы.", "Release"),
    ("Президент Чили освободил министра от должности.", "Release"),  # a dismissal
    # let go to do something: no one was held
    ("Клуб может отпустить Педро Рохаса тренировать сборную Чили.", "Release"),
    ("Родители отпустили Хуана Переса учиться в Лиму.", "Release"),
    ("Власти Колумбии просят не депортировать его.", "Expulsion"),
    ("Президент Чили Габриэль Борич не исключил возможности встречи с Хавьером Милеем.",
     "Meeting"),
    ("Президент Чили подписал закон о повышении пенсий.", "Signing"),  # a law at home
    ("Директор завода получил письмо от поставщика.", "Message"),
    ("Школьники написали письмо Деду Морозу.", "Message"),  # no state sends or receives it
    ("Эксперты направили открытое письмо в редакцию газеты.", "Message"),
    ("В письме говорится, что стороны готовы продолжить диалог.", "Message"),  # told of
    # denied: the object of a negated verb, or the noun itself negated
    ("Письмо президенту Египта премьер-министр Израиля не посылал.", "Message"),
    ("Министр иностранных дел Норвегии не направлял ноту посольству Дании.", "Message"),
    ("Президент Кении заявил: «Это не письмо, а заявление правительства Эфиопии».",
     "Message"),
    ("Президент Чили так и не провёл встречу с президентом Перу.", "Meeting"),
    # a summons is of a diplomat, by another state
    ("Президент Чили вызвал министра обороны для доклада.", "Summons"),
    ("Полиция вызвала свидетеля на допрос.", "Summons"),
    ("Посол Японии в Индии вызвал интерес у местных журналистов.", "Summons"),
    ("Заявление посла вызвало резкую реакцию МИД Китая.", "Summons"),
    ("МИД Бразилии вызвал своего посла в Аргентине для консультаций.", "Summons"),  # recall
    # a statement made or answered, not one whose words are given
    ("Президент Мексики сделал заявление для прессы.", "Publication"),
    ("В ответ на заявление Госдепартамента США МИД Мексики выразил протест.", "Publication"),
    ("Эксперты обсуждали, что говорилось в заявлении.", "Publication"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), SILENT)
def test_words_that_tell_no_act(nlp, text, kind) -> None:
    assert not of_kind(_events(nlp, text), kind)


def test_a_group_arrested_is_the_several_told_again(nlp) -> None:
    text = (
        "В Египте арестована группа военных. "
        "Египетские силовики в понедельник задержали 11 военнослужащих в Хургаде."
    )
    assert len(of_kind(_events(nlp, text), "Arrest")) == 1


def test_arrests_of_one_and_of_several_are_two(nlp) -> None:
    text = (
        "В 2015 году Чили арестовала двух перуанских рыбаков. "
        "Гражданин Перу Хосе Гарсия был арестован в Чили."
    )
    arrests = of_kind(_events(nlp, text), "Arrest")
    assert len(arrests) == 2 and len({a.key for a in arrests}) == 2
    assert {a.date for a in arrests} >= {"2015"}


def test_a_title_and_a_name_the_parser_split_are_one_target(nlp) -> None:
    text = (
        "Подозреваемый в нападении на Луиса Гомеса Карлос Рамос задержан\n"
        "3 мая 2018 года полиция Колумбии задержала Карлоса Рамоса."
    )
    (arrest,) = of_kind(_events(nlp, text), "Arrest")
    assert "person/karlos-ramos" in arrest.participants


def test_an_accession_borrows_the_union_and_keeps_its_own_date(nlp) -> None:
    text = (
        "Вступление Боснии и Герцеговины в ЕС станет первым расширением союза после "
        "приёма Хорватии в 2013 году."
    )
    accessions = {e.participants[-1]: e for e in of_kind(_events(nlp, text), "Accession")}
    bosnia, croatia = accessions["state/BIH"], accessions["state/HRV"]
    assert (bosnia.status, bosnia.date) == ("planned", "")
    assert (croatia.status, croatia.date) == ("occurred", "2013")
    assert "org/eu" in croatia.participants


def test_the_opening_date_holds_for_a_sentence_that_goes_on(nlp) -> None:
    text = (
        "В 2019 году Малайзия арестовала двух индонезийских моряков. Они были освобождены "
        "благодаря усилиям президента Индонезии Джоко Видодо."
    )
    (release,) = of_kind(_events(nlp, text), "Release")
    assert release.date == "2019" and "person/joko-widodo" in release.participants


def test_a_visit_within_a_visit_is_a_part_not_the_whole(nlp) -> None:
    text = "Президент Индонезии Джоко Видодо в рамках визита в Малайзию посетил остров Борнео."
    visits = of_kind(_events(nlp, text), "Visit")
    assert len({v.key for v in visits}) == 2
    assert {v.location for v in visits} == {"Малайзия", "Борнео"}
    assert all(v.host == "state/MYS" for v in visits)


def test_a_visit_under_way_in_a_country(nlp) -> None:
    (visit,) = of_kind(_events(nlp, "Президент Чили находится с визитом в Аргентине."), "Visit")
    assert (visit.visitor, visit.host, visit.status) == ("state/CHL", "state/ARG", "occurred")


@pytest.mark.parametrize(
    ("whom", "states"),
    [
        ("с семьёй писателя Хорхе Луиса Борхеса", {"state/CHL"}),  # acts for no state
        ("с президентом Аргентины Хавьером Милеем", {"state/CHL", "state/ARG"}),
    ],
)
def test_a_meeting_takes_only_the_states_its_people_act_for(nlp, whom, states) -> None:
    text = f"Президент Чили Габриэль Борич прибыл с визитом в Аргентину. Борич встретился {whom}."
    (meeting,) = of_kind(_events(nlp, text), "Meeting")
    assert {p for p in meeting.participants if p.startswith("state/")} == states


def test_meetings_in_two_capitals_are_two(nlp) -> None:
    text = (
        "В марте в Сантьяго состоялось заседание министров. "
        "Сегодня в Буэнос-Айресе открывается заседание министров."
    )
    meetings = of_kind(_events(nlp, text), "Meeting")
    assert sorted(m.location for m in meetings) == ["Буэнос-Айрес", "Сантьяго"]


def test_a_nationality_glued_to_a_name_is_no_part_of_it(nlp) -> None:
    text = (
        "Чилийка Мария Гонсалес на свободе\nПрезидент Аргентины помиловал чилийку Марию Гонсалес."
    )
    document = Document(id="t", text=text, date="2024-05-10")
    entities, _ = resolve(nlp(text), document, Registry(Gazetteer.load()))
    names = {e.name for e in entities if e.type == "Person"}
    assert "Мария Гонсалес" in names and not any("Чилийка" in n for n in names)


def test_a_decree_on_relations_abroad_is_signed_once(nlp) -> None:
    text = (
        "Президент Аргентины подписал указ о выходе страны из Организации американских "
        "государств. Указ был подписан 3 мая 2023 года."
    )
    (signing,) = of_kind(_events(nlp, text), "Signing")
    assert signing.date == "2023-05-03" and "state/ARG" in signing.participants


def test_a_message_is_named_by_its_sender(nlp) -> None:
    (message,) = of_kind(_events(nlp, "Президент Индонезии получил послание от султана Малайзии."),
                     "Message")  # fmt: skip
    assert message.label == "Послание Малайзии"


def test_what_the_lead_reports_is_not_what_was_done_before(nlp) -> None:
    text = (
        "Президент Чили Габриэль Борич посетил Аргентину. Борич уже посещал Аргентину в 2022 году."
    )
    visits = of_kind(_events(nlp, text), "Visit")
    assert len({v.key for v in visits}) == 2 and "2022" in {v.date for v in visits}
