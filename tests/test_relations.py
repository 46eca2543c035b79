"""Relation levels: level phrase, the two states, date, speaker, fusion."""

from __future__ import annotations

import pytest

from kg.data.shared import shared
from kg.extract.agreements import read_agreements
from kg.extract.context import Context
from kg.extract.relations import RelationLevel, extract_relations
from kg.model import Document

DEVSET = shared("devset", "articles")
TOKAYEV = "person/kassym-jomart-tokayev"


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    return lambda document: extract_relations(analyse(document))


@pytest.fixture(scope="module")
def corpus(sample_contexts: dict[str, Context]) -> dict[str, list[RelationLevel]]:
    return {key: extract_relations(ctx) for key, ctx in sample_contexts.items()}


def levels(found: list[RelationLevel]) -> set[tuple[str, str, str]]:
    return {(r.state_a, r.state_b, r.level) for r in found}


def test_comprehensive_partnership_and_alliance_once_per_document(corpus):
    keys = set()
    for d in ("003", "004"):
        (r,) = [r for r in corpus[d] if r.level.startswith("всеобъемлющее")]
        assert (r.state_a, r.state_b, r.stated_by) == ("state/KAZ", "state/RUS", TOKAYEV)
        assert (
            r.level.replace("ё", "е") == "всеобъемлющее стратегическое партнерство и союзничество"
        )
        keys.add(r.key)
    assert len(keys) == 1
    (r,) = [r for r in corpus["004"] if r.level.startswith("всеобъемлющее")]
    assert r.date == "2025-11-11" and len(r.evidence) == 2


def test_other_levels_of_the_sample(corpus):
    kr = ("state/KAZ", "state/RUS")
    assert levels(corpus["000"]) == {
        (
            *kr,
            "стратегическое партнерство и союзнические отношения",
        ),  # "между нашими государствами"
        (*kr, "дружеские и союзнические отношения"),
        (*kr, "союзничество"),  # "ближайшие партнеры, друзья и надежные союзники"
    }
    (r,) = [r for r in corpus["001"] if r.level != "дипломатические отношения"]
    assert (r.level, r.date, r.stated_by) == ("стратегическое партнерство", "2022-11-28", TOKAYEV)
    # "В этом году мы отметили 30-летие установления дипломатических отношений" (seventy-first
    # pass, h-relations73: an anniversary of diplomatic relations holds them since then)
    assert (*kr, "дипломатические отношения", "1992") in {
        (r.state_a, r.state_b, r.level, r.date) for r in corpus["001"]
    }
    assert (*kr, "добрососедство и союзничество") in levels(corpus["002"])


@pytest.mark.parametrize(
    ("text", "pair", "level"),
    [
        ("Китай и Казахстан вышли на уровень всестороннего стратегического партнерства.",
         ("state/CHN", "state/KAZ"), "всестороннее стратегическое партнерство"),
        ("Индия остаётся для России привилегированным стратегическим партнёром.",
         ("state/IND", "state/RUS"), "привилегированное стратегическое партнерство"),
        ("Белоруссию и Китай связывают союзнические отношения.",
         ("state/BLR", "state/CHN"), "союзнические отношения"),
        ("Бразилия и Аргентина – надёжные союзники.",
         ("state/ARG", "state/BRA"), "союзничество"),
        # a state a naming verb calls an ally is one; prospects of a level in force state it
        ("Король Норвегии назвал Исландию ближайшим союзником Норвегии.",
         ("state/ISL", "state/NOR"), "союзничество"),
        ("Япония и Индия обсудили перспективы стратегического партнёрства.",
         ("state/IND", "state/JPN"), "стратегическое партнерство"),
        ("Бразилия и Аргентина были и остаются стратегическими партнёрами.",
         ("state/ARG", "state/BRA"), "стратегическое партнерство"),
        # a partner one sees or finds in a state names that state
        ("Нью-Дели видит в Токио своего стратегического партнёра.",
         ("state/IND", "state/JPN"), "стратегическое партнерство"),
        ("Египет нашёл в Саудовской Аравии своего надёжного союзника.",
         ("state/EGY", "state/SAU"), "союзничество"),
    ],
)  # fmt: skip
def test_level_phrases(read, text, pair, level):
    (r,) = read(Document(id="t", text=text, date="2024-05-01"))
    assert ((r.state_a, r.state_b), r.level, r.date) == (pair, level, "2024-05-01")


def test_no_level_without_a_level_word_or_when_negated(read):
    text = (
        "Узбекистан и Турция развивают партнёрство и дружбу. "
        "Бразилия и Аргентина не являются союзниками. "
        "Отношения Индии и Китая не остаются напряжёнными. "
        "Белоруссия и Китай подписали договор о союзничестве и интеграции."
    )
    assert read(Document(id="t", text=text)) == []  # a treaty's topic is no level


@pytest.mark.parametrize(
    "text",
    [
        "Отношения Индии и Пакистана остаются напряжёнными.",
        "Напряжённые отношения Индии и Пакистана обсуждали в ООН.",
        "Пакистан стремится к диалогу с Индией, отношения с которой остаются напряжёнными. "
        "Индия и Пакистан обменялись заявлениями.",
    ],
)
def test_tense_relations(read, text):
    found = read(Document(id="t", text=text))
    assert levels(found) == {("state/IND", "state/PAK", "напряженные отношения")}


def test_our_countries_take_the_document_pair_and_the_speaker(read):
    text = (
        "Президент Узбекистана Шавкат Мирзиёев прибыл в Турцию. Узбекистан и Турция "
        "обсудили торговлю. – Стратегическое партнерство между нашими странами "
        "крепнет, – заявил Шавкат Мирзиёев."
    )
    (r,) = read(Document(id="t", text=text))
    assert (r.state_a, r.state_b) == ("state/TUR", "state/UZB")
    assert r.stated_by and r.level == "стратегическое партнерство"


@pytest.mark.skipif(not DEVSET.is_dir(), reason="dev articles absent")
def test_dev_articles_without_levels(read):
    for name in ("d01", "d02", "d04"):  # d02 names a treaty "о союзничестве": no level
        text = (DEVSET / f"{name}.txt").read_text(encoding="utf-8")
        assert read(Document(id=name, text=text)) == []


PAIR_DOC = (
    "Премьер-министр Норвегии прибыл в Данию. Норвегия и Дания обсудили энергетику и транспорт. "
)


@pytest.mark.parametrize(
    ("text", "pair", "level"),
    [
        # "Стороны" and "наши страны" are the document's pair
        (PAIR_DOC + "Стороны подтвердили стратегическое партнёрство.",
         ("state/DNK", "state/NOR"), "стратегическое партнерство"),
        (PAIR_DOC + "Наши страны связывает всеобъемлющее партнёрство.",
         ("state/DNK", "state/NOR"), "всеобъемлющее партнерство"),
        # a level stated inside an agreement's title
        ("Бразилия и Индия подписали Декларацию о всестороннем стратегическом партнёрстве.",
         ("state/BRA", "state/IND"), "всестороннее стратегическое партнерство"),
        ("Казахстан и Вьетнам подписали декларацию о союзничестве.",
         ("state/KAZ", "state/VNM"), "союзничество"),
        # a frame noun and "уровень" carry the level
        ("Стороны подтвердили стратегический характер отношений между Норвегией и Данией.",
         ("state/DNK", "state/NOR"), "стратегические отношения"),
        ("Чили и Перу договорились вывести отношения на новый уровень партнёрства.",
         ("state/CHL", "state/PER"), "партнерство"),
        # no diplomatic relations is a level (established ones are a change since the
        # sixty-second pass, h-relations63: tests/test_relations_established.py)
        ("Вашингтон не поддерживает прямых дипломатических отношений с Гаваной.",
         ("state/CUB", "state/USA"), "нет дипломатических отношений"),
        ("Бутан и Китай сохраняют отсутствие дипломатических отношений.",
         ("state/BTN", "state/CHN"), "нет дипломатических отношений"),
        # a state's body, named with its state, speaks for the state
        ("Верховная Рада Украины назвала Польшу стратегическим партнёром.",
         ("state/POL", "state/UKR"), "стратегическое партнерство"),
        ("Государственный департамент США назвал Индию стратегическим партнёром.",
         ("state/IND", "state/USA"), "стратегическое партнерство"),
        # a union of states is a side
        ("Евросоюз и Япония договорились о стратегическом партнёрстве.",
         ("org/eu", "state/JPN"), "стратегическое партнерство"),
        ("Министр иностранных дел Японии прибыл в Брюссель. Япония и Евросоюз обсудили "
         "торговлю. Япония и Евросоюз подписали соглашение о торговле. Стороны договорились "
         "вывести отношения на новый уровень партнёрства.",
         ("org/eu", "state/JPN"), "партнерство"),
        # a short report that names only two states, once each, has them as its pair
        ("Президент Чили Габриэль Борич встретился с президентом Мексики. «Наши страны "
         "связывает стратегическое партнёрство», — заявил Борич.",
         ("state/CHL", "state/MEX"), "стратегическое партнерство"),
        ("Президент Вьетнама провёл переговоры с премьер-министром Японии в Ханое. Стороны "
         "подтвердили приверженность всеобъемлющему стратегическому партнёрству.",
         ("state/JPN", "state/VNM"), "всеобъемлющее стратегическое партнерство"),
        # the frame noun as the object of a verb whose subject is "отношения"
        ("Президент Аргентины прибыл в Бразилию. Лидеры двух стран отметили, что отношения "
         "Аргентины и Бразилии носят стратегический характер.",
         ("state/ARG", "state/BRA"), "стратегические отношения"),
        # a century of today is no history
        ("В XXI веке Франция и Индия стали стратегическими партнёрами.",
         ("state/FRA", "state/IND"), "стратегическое партнерство"),
        # a level adjective the parse gives the noun past another adjective
        ("Премьер-министр Индии прибыл в Токио. Индия и Япония обсудили торговлю. Лидеры "
         "подтвердили курс на развитие особого стратегического и глобального партнёрства между "
         "двумя странами.", ("state/IND", "state/JPN"), "стратегическое партнерство"),
        # a name of two letters is no state ("То Лам" is not Togo) and no third side
        ("Президент Вьетнама То Лам провёл переговоры с премьер-министром Японии. Стороны "
         "подтвердили стратегическое партнёрство.",
         ("state/JPN", "state/VNM"), "стратегическое партнерство"),
    ],
)  # fmt: skip
def test_level_classes(read, text, pair, level):
    (r,) = read(Document(id="t", text=text, date="2024-05-01"))
    assert ((r.state_a, r.state_b), r.level) == (pair, level)


@pytest.mark.parametrize(
    "text",
    [
        # wartime alliances and history are no level of today
        "Великобритания и США были союзниками по антигитлеровской коалиции.",
        "Норвегия и Дания были союзниками во Второй мировой войне.",
        "СССР и Китай в те годы были союзниками.",
        "В XIX веке Франция и Россия стали союзниками.",
        "В прошлом веке Франция и Индия были стратегическими партнёрами.",
        "В 1995 году Норвегия и Дания стали стратегическими партнёрами. В 2024 году Норвегия "
        "и Дания подписали соглашение о рыболовстве.",
        # an agreement on a level still being prepared states none yet
        "Норвегия и Дания начали переговоры о соглашении о стратегическом партнёрстве.",
        # a singular "сторона" is one side, and a new level with no level noun is none
        PAIR_DOC + "Норвежская сторона предложила вывести отношения на новый уровень.",
        # "Стороны" of a document naming three states are no pair; a denied frame is no level
        "Президент Перу посетил Чили и Эквадор. Стороны подтвердили стратегическое партнёрство.",
        "Министр отметил, что отношения Индии и Пакистана не носят стратегического характера.",
        # no level adjective anywhere: "глобальное", "новое" partnership is no level
        "Индия и Япония развивают глобальное партнёрство и новое партнёрство в энергетике.",
    ],
)
def test_no_level_classes(read, text):
    assert read(Document(id="t", text=text, date="2024-05-01")) == []


def test_a_state_name_inside_a_person_name_is_no_side(read):
    text = "Виктория Нуланд назвала Грузию стратегическим партнёром Соединённых Штатов."
    assert levels(read(Document(id="t", text=text))) == {
        ("state/GEO", "state/USA", "стратегическое партнерство")
    }


@pytest.mark.parametrize(
    ("text", "pair", "level"),
    [
        # plural "Страны"/"Лидеры" with no word of their own are the document's pair (the
        # tagger reads a sentence-opening "Страны" as a singular genitive)
        ("Индонезия и Австралия подписали договор об обороне. Страны стали союзниками.",
         ("state/AUS", "state/IDN"), "союзничество"),
        ("Президент Узбекистана провёл переговоры с президентом Казахстана. Узбекистан и "
         "Казахстан обсудили энергетику. Лидеры подтвердили союзнический характер отношений.",
         ("state/KAZ", "state/UZB"), "союзнические отношения"),
        # one state named and "наш" in a short report of two states: the other one
        ("Премьер-министр Индии посетил Японию. «Япония — наш особый стратегический и "
         "глобальный партнёр», — заявил он.", ("state/IND", "state/JPN"),
         "стратегическое партнерство"),
        # a level the agreement's title declares, adjectives the tagger gives no case
        ("Малайзия и Сингапур подписали совместное заявление об углублении всеобъемлющего "
         "стратегического партнёрства.", ("state/MYS", "state/SGP"),
         "всеобъемлющее стратегическое партнерство"),
        ("Отношения Казахстана и Кыргызстана носят характер стратегического партнёрства.",
         ("state/KAZ", "state/KGZ"), "стратегическое партнерство"),
        # a level adjective as the predicate of "отношения"
        ("Отношения между Сербией и Венгрией являются стратегическими.",
         ("state/HUN", "state/SRB"), "стратегические отношения"),
        ("Отношения Кубы и Венесуэлы остаются союзническими.",
         ("state/CUB", "state/VEN"), "союзнические отношения"),
        # "партнёрские" joins a level beside a level adjective
        ("Данию и Норвегию связывают стратегические партнёрские отношения.",
         ("state/DNK", "state/NOR"), "стратегические партнерские отношения"),
    ],
)  # fmt: skip
def test_more_level_classes(read, text, pair, level):
    (r,) = read(Document(id="t", text=text, date="2024-05-01"))
    assert ((r.state_a, r.state_b), r.level) == (pair, level)


@pytest.mark.parametrize(
    "text",
    [
        # a partnership of one domain is no level of the relations
        "Япония и Великобритания подписали соглашение о всеобъемлющем экономическом партнёрстве.",
        "Нидерланды и Бельгия подписали меморандум о стратегическом партнёрстве в сфере "
        "энергетики.",
        "Канада назвала Мексику стратегическим торговым партнёром.",
        "Финляндия и Эстония развивают стратегическое партнёрство в области энергетики.",
        # a denied predicate, or one of talks, is no level
        "Отношения Индии и Пакистана не являются стратегическими.",
        "Переговоры Сербии и Венгрии были стратегическими.",
        # "партнёрские отношения" alone, like "партнёрство", are no level
        "Индия и Бразилия развивают партнёрские отношения.",
        # "страны" of a region are no pair
        "Индонезия и Австралия подписали договор об обороне. Страны Африки стали союзниками.",
    ],
)
def test_no_level_of_a_sector_or_of_other_countries(read, text):
    assert read(Document(id="t", text=text, date="2024-05-01")) == []


def test_a_persons_ally_is_no_level(read):
    text = (
        "Президент США встретился с президентом Мексики. США и Мексика обсудили миграцию. "
        "Президент Джо Байден помиловал Джона Смита, своего политического союзника, которого "
        "называли «самым честным шерифом Америки»."
    )
    assert read(Document(id="t", text=text, date="2024-05-01")) == []


@pytest.mark.parametrize(
    "text",
    [
        # an ally of a party or of a person is theirs, no level between states
        "Эстония и Латвия обсудили транзит. Союзник «Партии реформ» — Социал-демократическая "
        "партия Эстонии заняла третье место.",
        "Эстония и Латвия обсудили транзит. Лукашенко назвал себя союзником Путина.",
        # a person a naming verb calls an ally or partner is theirs, no level between states
        "Бразилия и Аргентина обсудили торговлю. Президент Бразилии назвал министра финансов "
        "Фернанду Аддада своим ближайшим союзником в правительстве.",
        "Кения и Эфиопия обсудили границу. Премьер Эфиопии назвал министра обороны Абрахама "
        "Белая своим стратегическим партнёром.",
        # a level a noun of prospect governs is only weighed
        "Министры иностранных дел Аргентины и Чили обсуждают возможность стратегического "
        "партнёрства.",
        "Вьетнам и Индонезия изучат идею всеобъемлющего стратегического партнёрства.",
        # a level told as what once was
        "Турция отозвала посла из Израиля. Ранее Анкара и Иерусалим были стратегическими "
        "партнёрами.",
        "Египет и Ливия когда-то были союзниками, но сейчас их отношения сложны.",
    ],
)
def test_an_ally_of_a_party_or_person_is_no_level(read, text):
    assert read(Document(id="t", text=text, date="2024-05-01")) == []


@pytest.mark.parametrize(
    ("text", "pair", "level"),
    [
        # "стратегическое взаимодействие" is a level noun with its adjective
        ("Россия и Китай развивают отношения всеобъемлющего партнёрства и стратегического "
         "взаимодействия.", ("state/CHN", "state/RUS"),
         "всеобъемлющее партнерство и стратегическое взаимодействие"),
        # "союзнические связи" as "союзнические отношения"
        ("Президент Турции поздравил президента Азербайджана. Он отметил, что союзнические "
         "связи двух государств крепнут год от года.", ("state/AZE", "state/TUR"),
         "союзнические связи"),
        # the frame noun of a verb whose indirect object is "отношения"
        ("Президент Армении прибыл во Францию. Франция и Армения решили придать отношениям "
         "стратегический характер.", ("state/ARM", "state/FRA"), "стратегические отношения"),
        # allies in an alliance ("по ОДКБ") are allies of each other, not of the alliance
        ("Армения и Россия — союзники по ОДКБ.", ("state/ARM", "state/RUS"), "союзничество"),
        # a capital named as the place of a visit gives the pair its host
        ("Премьер-министр Венгрии прибыл в Белград. Обе стороны подчеркнули, что отношения двух "
         "стран вышли на уровень стратегического партнёрства.", ("state/HUN", "state/SRB"),
         "стратегическое партнерство"),
        ("Премьер-министр Венгрии прибыл в Белград. Между нашими государствами установлено "
         "стратегическое партнёрство, сказал он.", ("state/HUN", "state/SRB"),
         "стратегическое партнерство"),
        # a partnership still growing is stated ("надеются на развитие")
        ("Президент Египта принял премьер-министра Греции. Лидеры надеются на развитие "
         "стратегического партнёрства.", ("state/EGY", "state/GRC"), "стратегическое партнерство"),
    ],
)  # fmt: skip
def test_level_classes_of_visits(read, text, pair, level):
    (r,) = read(Document(id="t", text=text, date="2024-05-01"))
    assert ((r.state_a, r.state_b), r.level) == (pair, level)


@pytest.mark.parametrize(
    "text",
    [
        # a level only weighed or hoped for is not stated
        "Президент Египта принял премьер-министра Греции. Лидеры обсудили возможность "
        "установления стратегического партнёрства в будущем.",
        "Франция и Армения надеются когда-нибудь стать стратегическими партнёрами.",
        "Киев стремится получить статус союзника США вне НАТО.",
        # a state one only wishes to see as an ally or partner is none yet
        "Нью-Дели хочет видеть Токио своим «надёжным союзником» в борьбе с пиратством.",
        "Премьер-министр Австралии сказал, что Канберра хотела бы видеть Джакарту своим "
        "стратегическим партнёром.",
        "Бразилия хотела бы видеть в Аргентине своего стратегического партнёра.",
        # allies seen in a place are groups there
        "Турция видит в Ливии своих союзников.",
        # an alliance of the Middle Ages is history
        "Президент Египта принял премьер-министра Греции. В Средние века Египет и Греция были "
        "союзниками.",
        # unnamed partners a verb acts on are no level with the place they are in
        "Президент Египта принял премьер-министра Греции. Лидеры двух стран обсудили ситуацию в "
        "Ливии, где Египет поддерживает своих союзников.",
        # a friendly tone alone is no level (the sample gold's convention)
        "Германия и Франция поддерживают дружественные отношения.",
    ],
)
def test_no_level_hoped_for_or_of_others(read, text):
    assert read(Document(id="t", text=text, date="2024-05-01")) == []


@pytest.mark.parametrize(
    ("text", "pair", "level", "date"),
    [
        # a level that holds since a year long past holds today
        ("Чили и Перу являются стратегическими партнёрами с 2008 года.",
         ("state/CHL", "state/PER"), "стратегическое партнерство", "2008"),
        # the date the clause's verb takes, however deep the level hangs under it
        ("Президент Индонезии принял премьер-министра Австралии. Лидеры двух стран в прошлом "
         "году объявили о выходе отношений на уровень всеобъемлющего стратегического "
         "партнёрства.", ("state/AUS", "state/IDN"),
         "всеобъемлющее стратегическое партнерство", "2024"),
        # the outlet a report cites is no side: the pair is the report's two states
        ("Лидеры двух стран договорились об установлении стратегического партнёрства. Об этом "
         "сообщает ТАСС со ссылкой на МИД Ганы. Ранее президент Нигерии прибыл в Аккру.",
         ("state/GHA", "state/NGA"), "стратегическое партнерство", "2025-04-02"),
    ],
)  # fmt: skip
def test_levels_since_a_date_and_of_a_cited_report(read, text, pair, level, date):
    (r,) = read(Document(id="t", text=text, date="2025-04-02"))
    assert ((r.state_a, r.state_b), r.level, r.date) == (pair, level, date)


@pytest.mark.parametrize(
    "text",
    [
        # history: a decade long before the document
        "В 1950-х годах Польша и Венгрия поддерживали союзнические отношения.",
        "В 90-е годы Гана и Того были союзниками.",
        # striven for, not reached
        "Глава МИД Ганы заявил, что страна стремится к стратегическому партнёрству с Нигерией.",
        # a treaty of partnership only weighed
        "Чили и Перу обсудили возможность заключения договора о стратегическом партнёрстве.",
    ],
)
def test_no_level_from_past_decades_or_aspirations(read, text):
    assert read(Document(id="t", text=text, date="2025-04-02")) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a level of a past decade in a reported clause ("заявил, что в 1980-е годы … были")
        ("Министр обороны Греции напомнил, что в 1980-е годы Греция и Кипр были союзниками.",
         set()),
        ("Премьер-министр Индии отметил, что в 1970-е годы Индия и Бангладеш были "
         "стратегическими партнёрами.", set()),
        ("Он напомнил, что в 1990-е годы Турция и Азербайджан были стратегическими партнёрами.",
         set()),
        # must not: today's level beside the past one stays, and one told today
        ("Король Испании заявил, что Испания и Португалия были союзниками в 1980-х годах и "
         "остаются стратегическими партнёрами сегодня.",
         {("state/ESP", "state/PRT", "стратегическое партнерство")}),
        ("Министр заявил, что сегодня Греция и Кипр являются союзниками.",
         {("state/CYP", "state/GRC", "союзничество")}),
        # a clause of contrast keeps its own time: the past decade is not today's level's
        ("Министр иностранных дел Чили сказал, что в 1990-е годы Чили и Перу были соперниками, "
         "а сейчас страны являются стратегическими партнёрами.",
         {("state/CHL", "state/PER", "стратегическое партнерство")}),
        ("В 1990-е годы Чили и Перу были союзниками, а Боливия оставалась в стороне.", set()),
    ],
)  # fmt: skip
def test_a_reported_level_of_a_past_decade_is_history(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "one", "others"),
    [
        # not Peru and Mexico, the two names nearest the level
        ("Чили установила отношения стратегического партнёрства с Перу, Мексикой и Колумбией.",
         "state/CHL", ("state/PER", "state/MEX", "state/COL")),
        # a name of two words in the list: its last word is the state too
        ("Вьетнам установил отношения стратегического партнёрства с Индией, Южной Кореей и "
         "Японией.", "state/VNM", ("state/IND", "state/KOR", "state/JPN")),
    ],
)  # fmt: skip
def test_a_subject_and_each_state_of_a_list(read, text, one, others):
    found = read(Document(id="t", text=text, date="2025-04-02"))
    assert levels(found) == {
        (*sorted((one, other)), "стратегическое партнерство") for other in others
    }


def test_a_level_that_may_come_is_no_level(read):
    text = "Гана и Того могут стать стратегическими партнёрами, считают эксперты."
    assert read(Document(id="t", text=text, date="2025-04-02")) == []


def test_a_region_named_after_a_state_is_no_side(read):
    # "Южная Америка" is no mention of "Америка", the United States
    text = "Бразилия и Аргентина — стратегические союзники в Южной Америке."
    found = read(Document(id="t", text=text, date="2025-04-02"))
    assert [(r.state_a, r.state_b) for r in found] == [("state/ARG", "state/BRA")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a level adjective the parse gives the noun past another adjective, after "уровень"
        ("Япония и Индия договорились вывести отношения на уровень особого стратегического и "
         "глобального партнёрства.", {("state/IND", "state/JPN", "стратегическое партнерство",
                                       "2025-04-02")}),
        # of two dates hung on the second verb, the nearer: the raised level is of 2025 (the
        # level it was raised from is no longer theirs: `test_a_level_raised_since`)
        ("Вьетнам и Индонезия установили отношения стратегического партнёрства в 2013 году, а "
         "в 2025 году повысили их до уровня всеобъемлющего стратегического партнёрства.",
         {("state/IDN", "state/VNM", "всеобъемлющее стратегическое партнерство", "2025")}),
        # "Стороны", "наши страны", "носят характер": the report's pair
        ("Президент Кении Уильям Руто провёл переговоры с премьер-министром Эфиопии Абием "
         "Ахмедом. Стороны подтвердили стратегический характер отношений.",
         {("state/ETH", "state/KEN", "стратегические отношения", "2025-04-02")}),
        ("Отношения между Норвегией и Данией носят союзнический характер.",
         {("state/DNK", "state/NOR", "союзнические отношения", "2025-04-02")}),
        # the parse makes the noun a conjunct of its adjectives
        ("Япония и Индия отметили, что их двусторонние отношения вышли на уровень особого "
         "стратегического и глобального партнёрства.",
         {("state/IND", "state/JPN", "стратегическое партнерство", "2025-04-02")}),
        # a level in a signed treaty's title; EU and ASEAN as sides
        ("Бразилия и Аргентина подписали Договор о стратегическом партнёрстве.",
         {("state/ARG", "state/BRA", "стратегическое партнерство", "2025-04-02")}),
        ("Евросоюз и Вьетнам являются стратегическими партнёрами, заявила глава Еврокомиссии.",
         {("org/eu", "state/VNM", "стратегическое партнерство", "2025-04-02")}),
        # must not: a treaty still prepared or to be signed
        ("Бразилия и Аргентина готовят договор о стратегическом партнёрстве.", set()),
        ("Бразилия и Аргентина подпишут декларацию о стратегическом партнёрстве.", set()),
        # must not: a paper naming a level that one side only proposes, demands or turns down
        ("Президент Азербайджана Ильхам Алиев предложил Грузии договор о стратегическом "
         "партнёрстве.", set()),
        ("Премьер-министр Японии предложил Филиппинам декларацию о всеобъемлющем стратегическом "
         "партнёрстве.", set()),
        ("Вьетнам потребовал от Камбоджи соглашение о стратегическом партнёрстве.", set()),
        ("Президент Египта отверг декларацию о стратегическом партнёрстве с Турцией.", set()),
        ("Президент Кении отклонил договор о стратегическом партнёрстве с Эфиопией.", set()),
        ("Кения отказалась от договора о стратегическом партнёрстве с Эфиопией.", set()),
        # ... not one discussed or weighed: that may be a paper in force
        ("Президенты Бразилии и Аргентины обсудили договор о стратегическом партнёрстве, "
         "подписанный в 2010 году.", {("state/ARG", "state/BRA", "стратегическое партнерство",
                                       "2025-04-02")}),
        ("Вьетнам и Индонезия рассмотрели соглашение о стратегическом партнёрстве, подписанное "
         "в 2013 году.", {("state/IDN", "state/VNM", "стратегическое партнерство",
                           "2025-04-02")}),
        # must not: a paper only raised as a question, one is ready for, called for or weighed
        ("Кения и Эфиопия подняли вопрос о договоре о стратегическом партнёрстве.", set()),
        ("Кения готова к договору о стратегическом партнёрстве с Эфиопией.", set()),
        ("Президент Кении призвал к договору о стратегическом партнёрстве с Эфиопией.", set()),
        ("Вьетнам и Индонезия рассматривают соглашение о стратегическом партнёрстве.", set()),
        # a paper only recalled still states its level
        ("Президент Египта напомнил о декларации о стратегическом партнёрстве с Турцией.",
         {("state/EGY", "state/TUR", "стратегическое партнерство", "2025-04-02")}),
        # must not: allies in one cause
        ("Премьер-министр Японии прибыл в Нью-Дели. Япония и Индия — союзники в борьбе с "
         "терроризмом.", set()),
        # must not: a hope, a wartime alliance, a past century
        ("Кения надеется установить стратегическое партнёрство с Эфиопией.", set()),
        ("Норвегия и Дания были союзниками по антигитлеровской коалиции.", set()),
        ("В XIX веке Бразилия и Аргентина были союзниками.", set()),
        ("Лула выразил надежду вывести отношения Бразилии и Аргентины на новый уровень.", set()),
    ],
)  # fmt: skip
def test_levels_raised_framed_and_not_hoped(read, text, found):
    got = read(Document(id="t", text=text, date="2025-04-02"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a speaker's "Мы подписали": the joint statement's parties are the level's sides
        ("Президент Кении Уильям Руто провёл переговоры с премьер-министром Эфиопии Абием "
         "Ахмедом.\nУ.Руто: Мы подписали Совместное заявление о развитии отношений "
         "всеобъемлющего стратегического партнёрства.",
         {("state/ETH", "state/KEN", "всеобъемлющее стратегическое партнерство")}),
        # must not: a treaty of three is no level of a pair
        ("Кения, Эфиопия и Сомали подписали Декларацию о стратегическом партнёрстве.", set()),
        # a level in the title of a gapped clause's paper is between that paper's parties
        ("Вьетнам и Индонезия подписали соглашение о стратегическом партнёрстве, а Малайзия и "
         "Таиланд — декларацию о всеобъемлющем партнёрстве.",
         {("state/IDN", "state/VNM", "стратегическое партнерство"),
          ("state/MYS", "state/THA", "всеобъемлющее партнерство")}),
    ],
)  # fmt: skip
def test_a_level_in_a_title_is_between_the_agreements_parties(analyse, text, found):
    ctx = analyse(Document(id="t", text=text, date="2025-04-02"))
    got = extract_relations(ctx, read_agreements(ctx))
    assert {(r.state_a, r.state_b, r.level) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a role one state plays for another in a region is no level of their relations
        ("Эфиопия – стратегический партнёр Китая в Африке.", set()),
        ("Турция является стратегическим партнёром Азербайджана на Южном Кавказе.", set()),
        ("Израиль остаётся главным союзником США в регионе.", set()),
        # partners of each other there are partners; a level of the pair beside a region too
        ("Бразилия и Аргентина — стратегические союзники в Южной Америке.",
         {("state/ARG", "state/BRA", "стратегическое союзничество")}),
        ("Япония остаётся стратегическим партнёром Индии.",
         {("state/IND", "state/JPN", "стратегическое партнерство")}),
        # coordinated partner words are one level, as written
        ("Казахстан называет Узбекистан своим стратегическим партнёром и союзником.",
         {("state/KAZ", "state/UZB", "стратегическое партнерство и союзничество")}),
        ("Норвегия считает Данию надёжным союзником и стратегическим партнёром.",
         {("state/DNK", "state/NOR", "союзничество и стратегическое партнерство")}),
        # "свой" partner: one side is the subject, across a gapped clause too
        ("Саудовская Аравия назвала Иран угрозой, а США — своим главным союзником.",
         {("state/SAU", "state/USA", "союзничество")}),
        # abstract level nouns are singular where the tagger reads a plural
        ("Отношения между Норвегией и Данией являются примером добрососедства и союзничества.",
         {("state/DNK", "state/NOR", "добрососедство и союзничество")}),
        # a transcript's "наши страны": the speaker's state and the one other state named
        ("В.Путин: Уважаемый господин Президент! Отношения между нашими странами носят "
         "характер всеобъемлющего партнёрства. Вьетнам для нас – надёжный друг.",
         {("state/RUS", "state/VNM", "всеобъемлющее партнерство")}),
        # a level still to come is none
        ("Глава МИД Индии выразил надежду, что Индия и Япония станут союзниками.", set()),
        ("Индия и Япония станут стратегическими партнёрами.", set()),
        ("Индия и Япония стали стратегическими партнёрами.",
         {("state/IND", "state/JPN", "стратегическое партнерство")}),
        # a side the sentence names that is no state is not the document's other state
        ("Отношения между Данией и Гренландией остаются напряжёнными. Норвегия и Дания "
         "подписали соглашение.", set()),
        ("Отношения между Данией и Норвегией остаются напряжёнными.",
         {("state/DNK", "state/NOR", "напряженные отношения")}),
        ("Премьер-министр Норвегии прибыл в Копенгаген. Отношения Дании с Норвегией носят "
         "стратегический характер.", {("state/DNK", "state/NOR", "стратегические отношения")}),
    ],
)  # fmt: skip
def test_regional_roles_coordinated_partners_and_named_sides(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-03-12"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "особые отношения", a special relationship, said in several ways
        ("Бразилия и Аргентина связаны особыми отношениями, заявил министр.",
         {("state/ARG", "state/BRA", "особые отношения")}),
        ("Норвегия и Дания поддерживают особые отношения, основанные на общей истории.",
         {("state/DNK", "state/NOR", "особые отношения")}),
        ("Посол заявил, что отношения между Кенией и Эфиопией являются особыми.",
         {("state/ETH", "state/KEN", "особые отношения")}),
        ("Премьер-министр Японии назвал отношения с Индией особыми и привилегированными.",
         {("state/IND", "state/JPN", "особые и привилегированные отношения")}),
        ("Президент Бразилии считает отношения с Аргентиной стратегическими.",
         {("state/ARG", "state/BRA", "стратегические отношения")}),
        # must-not: special attention, a person's relations, a word of character only
        ("Норвегия уделяет особое внимание отношениям с Данией.", set()),
        ("Президент Аргентины заявил, что у него особые отношения с семьёй бывшего "
         "президента.", set()),
        ("Министр назвал отношения Мексики с США непростыми.", set()),
        # "стратегический союз" is a level; a union of states named so is not
        ("Президент Бразилии заявил, что между Бразилией и Аргентиной существует "
         "стратегический союз.", {("state/ARG", "state/BRA", "стратегический союз")}),
        ("Казахстан, Россия и Беларусь входят в Евразийский экономический союз.", set()),
        # a level only intended or ahead is none; one reached, or agreed on, is
        ("Бразилия и Аргентина намерены в ближайшие годы выйти на уровень стратегического "
         "партнёрства.", set()),
        ("Вьетнам и Индонезия рассчитывают поднять отношения до уровня всеобъемлющего "
         "стратегического партнёрства.", set()),
        ("Вьетнам и Индонезия выйдут на уровень всеобъемлющего стратегического партнёрства в "
         "следующем году.", set()),
        ("Кения и Эфиопия планируют повысить уровень отношений до стратегического "
         "партнёрства.", set()),
        ("Норвегия и Дания вышли на уровень стратегического партнёрства в прошлом году.",
         {("state/DNK", "state/NOR", "стратегическое партнерство")}),
        ("Президенты Кении и Эфиопии повысили уровень отношений до всеобъемлющего "
         "стратегического партнёрства.",
         {("state/ETH", "state/KEN", "всеобъемлющее стратегическое партнерство")}),
        ("Бразилия и Аргентина рассчитывают на развитие стратегического партнёрства.",
         {("state/ARG", "state/BRA", "стратегическое партнерство")}),
        # "как своего партнёра" names the object one; unnamed partners acted on do not
        ("Бразилия рассматривает Аргентину как своего стратегического партнёра.",
         {("state/ARG", "state/BRA", "стратегическое партнерство")}),
        ("Индонезия поддерживает своих стратегических партнёров в Азии.", set()),
        # coordinated subject states and a "с"-side: one pair each; two subjects alone are
        # the pair, whatever a later clause's "с" names
        ("Индия и Япония не поддерживают дипломатических отношений с КНДР.",
         {("state/IND", "state/PRK", "нет дипломатических отношений"),
          ("state/JPN", "state/PRK", "нет дипломатических отношений")}),
        ("Вьетнам и Индонезия развивают стратегическое партнёрство с Евросоюзом.",
         {("org/eu", "state/IDN", "стратегическое партнерство"),
          ("org/eu", "state/VNM", "стратегическое партнерство")}),
        ("Бразилия и Аргентина являются стратегическими партнёрами и сотрудничают с "
         "Уругваем.", {("state/ARG", "state/BRA", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_special_relations_named_levels_and_levels_ahead(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-03-12"))) == found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a level a participle says was set up then holds since that date, however long ago
        ("Стороны отметили, что отношения стратегического партнёрства между Вьетнамом и "
         "Индонезией, установленные в 2013 году, успешно развиваются.", "2013"),
        ("Стратегическое партнёрство, установленное между Бразилией и Аргентиной в 2008 году, "
         "приносит плоды.", "2008"),
        # a date of another verb in the sentence is not the level's
        ("Стратегическое партнёрство между Кенией и Эфиопией, о котором сообщили в 2008 году, "
         "развивается.", "2025-03-12"),
    ],
)  # fmt: skip
def test_a_level_dated_by_the_participle_that_set_it_up(read, text, date):
    (r,) = read(Document(id="t", text=text, date="2025-03-12"))
    assert r.date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a "в" date the parse hangs on the level noun its verb governs is the verb's
        ("Гватемала и Белиз объявили о стратегическом партнёрстве в 2024 году.", "2024"),
        ("Власти Гватемалы и Белиза объявили о стратегическом партнёрстве в 2024 году.",
         "2024"),
        ("В 2024 году Гватемала и Белиз объявили о стратегическом партнёрстве.", "2024"),
        # must not: a date of another preposition is no day the level was set
        ("Гватемала и Белиз объявили о стратегическом партнёрстве до 2030 года.",
         "2025-03-12"),
    ],
)  # fmt: skip
def test_a_level_dated_by_its_verbs_date_hung_on_the_level(read, text, date):
    (r,) = read(Document(id="t", text=text, date="2025-03-12"))
    assert r.date == date


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "нет"/"отсутствуют" diplomatic relations, and a suspension, are a cut too
        ("Между Марокко и Алжиром нет дипломатических отношений с 2021 года.",
         {("state/DZA", "state/MAR", "нет дипломатических отношений", "2021")}),
        ("У Армении и Турции нет дипломатических отношений.",
         {("state/ARM", "state/TUR", "нет дипломатических отношений", "2025-04-02")}),
        ("Дипломатические отношения между Кенией и Сомали отсутствуют с декабря 2024 года.",
         {("state/KEN", "state/SOM", "нет дипломатических отношений", "2024-12")}),
        ("Венесуэла приостановила дипломатические отношения с Аргентиной.",
         {("state/ARG", "state/VEN", "нет дипломатических отношений", "2025-04-02")}),
        ("Отношения Кении и Сомали ухудшились после разрыва дипломатических отношений в 2024 "
         "году.", {("state/KEN", "state/SOM", "нет дипломатических отношений", "2024"),
                   ("state/KEN", "state/SOM", "ухудшение отношений", "2025-04-02")}),
        # must not: a cut denied, refused, threatened, called for, weighed or ahead
        ("Египет не разорвал дипломатические отношения с Израилем.", set()),
        ("Египет отказался разрывать дипломатические отношения с Израилем.", set()),
        ("Турция не стала разрывать дипломатические отношения с Израилем.", set()),
        ("Турция пригрозила разорвать дипломатические отношения с Израилем.", set()),
        ("Президент Кении пригрозил разрывом дипломатических отношений с Сомали.", set()),
        ("Депутаты призвали к разрыву дипломатических отношений с Израилем.", set()),
        ("Турция может разорвать дипломатические отношения с Израилем.", set()),
        ("Турция рассматривает возможность разрыва дипломатических отношений с Израилем.",
         set()),
        ("Турция не исключает разрыва дипломатических отношений с Израилем.", set()),
        ("Египет не объявлял о разрыве дипломатических отношений с Турцией.", set()),
        ("Турция разорвет дипломатические отношения с Израилем.", set()),
        # must not: "нет" of something else
        ("Министр отметил, что у Египта нет претензий к Турции и отношения развиваются.", set()),
    ],
)  # fmt: skip
def test_diplomatic_relations_absent_or_cut_only_when_so(read, text, found):
    got = read(Document(id="t", text=text, date="2025-04-02"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # coordinated subjects are each the partner or ally of the state in the genitive
        ("Южная Корея и Япония — ближайшие соседи и союзники США.",
         {("state/KOR", "state/USA", "союзничество"), ("state/JPN", "state/USA", "союзничество")}),
        ("Дания и Норвегия являются союзниками США по НАТО.",
         {("state/DNK", "state/USA", "союзничество"), ("state/NOR", "state/USA", "союзничество")}),
        ("Вьетнам и Индонезия — стратегические партнёры Японии.",
         {("state/JPN", "state/VNM", "стратегическое партнерство"),
          ("state/IDN", "state/JPN", "стратегическое партнерство")}),
        # must not: partners of each other, allies in an alliance, a regional role
        ("Бразилия и Аргентина — стратегические партнёры.",
         {("state/ARG", "state/BRA", "стратегическое партнерство")}),
        ("Армения и Россия — союзники по ОДКБ.", {("state/ARM", "state/RUS", "союзничество")}),
        ("Кения и Эфиопия назвали друг друга стратегическими партнёрами.",
         {("state/ETH", "state/KEN", "стратегическое партнерство")}),
        ("Кения и Эфиопия — стратегические партнёры Китая в Африке.", set()),
    ],
)  # fmt: skip
def test_coordinated_subjects_are_each_the_partner_of_the_genitive(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a compound's first part in its linking form without "ск" names its state
        ("Аргентино-бразильские отношения носят характер стратегического партнёрства.",
         {("state/ARG", "state/BRA", "стратегическое партнерство")}),
        ("Японо-китайские отношения остаются напряжёнными.",
         {("state/CHN", "state/JPN", "напряженные отношения")}),
        ("Индо-пакистанские отношения остаются напряжёнными.",
         {("state/IND", "state/PAK", "напряженные отношения")}),
        ("Египетско-турецкие отношения носят характер стратегического союза.",
         {("state/EGY", "state/TUR", "стратегический союз")}),
        # must not: a compound of words that are no states
        ("Северо-западные регионы Кении и Эфиопии развивают торговлю.", set()),
    ],
)  # fmt: skip
def test_compound_adjectives_in_linking_forms_name_the_sides(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # tension in the relations is their tone
        ("Напряжённость в отношениях между Индией и Китаем сохраняется.",
         {("state/CHN", "state/IND", "напряженные отношения")}),
        ("В отношениях Египта и Эфиопии нарастает напряжённость.",
         {("state/EGY", "state/ETH", "напряженные отношения")}),
        ("Эксперты отмечают натянутость в отношениях Аргентины и Великобритании.",
         {("state/ARG", "state/GBR", "натянутые отношения")}),
        # must not: none, denied, only possible or ahead, or not of the relations
        ("Министр заявил, что никакой напряжённости в отношениях между Кенией и Эфиопией нет.",
         set()),
        ("Напряжённость в отношениях между Индией и Китаем не сохраняется.", set()),
        ("Это решение может вызвать напряжённость в отношениях между Индией и Китаем.", set()),
        ("Решение вызовет напряжённость в отношениях между Индией и Китаем.", set()),
        ("Напряжённость на границе между Индией и Китаем сохраняется.", set()),
    ],
)  # fmt: skip
def test_tension_in_the_relations_is_their_tone(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must not: a person a naming verb calls an ally by title alone is theirs
        ("Президент Кении назвал премьер-министра Эфиопии своим близким союзником и другом.",
         set()),
        # must not: the alliance after "по" is no side
        ("Страны Балтии — союзники США по НАТО.", set()),
        # the state a naming verb calls an ally; allies of a state in an alliance
        ("Президент Кении назвал Эфиопию своим близким союзником.",
         {("state/ETH", "state/KEN", "союзничество")}),
        ("Норвегия и Дания являются близкими союзниками по НАТО.",
         {("state/DNK", "state/NOR", "союзничество")}),
    ],
)  # fmt: skip
def test_an_official_called_an_ally_and_an_alliance_are_no_sides(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("После выборов отношения Кении и Эфиопии резко ухудшились.",
         {("state/ETH", "state/KEN", "ухудшение отношений", "2025-04-02")}),
        ("Отношения между Египтом и Турцией заметно улучшились в 2023 году.",
         {("state/EGY", "state/TUR", "улучшение отношений", "2023")}),
        ("Египет и Турция нормализовали отношения в 2022 году.",
         {("state/EGY", "state/TUR", "нормализация отношений", "2022")}),
        ("Обострение отношений между Кенией и Эфиопией началось в марте 2024 года.",
         {("state/ETH", "state/KEN", "обострение отношений", "2024-03")}),
        ("Аргентина и Бразилия переживают кризис в двусторонних отношениях.",
         {("state/ARG", "state/BRA", "кризис отношений", "2025-04-02")}),
        ("Кризис в отношениях между Египтом и Турцией начался в 2020 году.",
         {("state/EGY", "state/TUR", "кризис отношений", "2020")}),
        ("На фоне ухудшения отношений между Кенией и Эфиопией Найроби отозвал посла.",
         {("state/ETH", "state/KEN", "ухудшение отношений", "2025-04-02")}),
        ("Инцидент привёл к обострению отношений между Норвегией и Данией.",
         {("state/DNK", "state/NOR", "обострение отношений", "2025-04-02")}),
        ("Эксперты считают, что отношения между Кенией и Эфиопией переживают худший кризис за "
         "десятилетие.", {("state/ETH", "state/KEN", "кризис отношений", "2025-04-02")}),
        ("Отношения между Вьетнамом и Индонезией находятся на подъёме.",
         {("state/IDN", "state/VNM", "подъем отношений", "2025-04-02")}),
        ("Отношения Аргентины и Бразилии сейчас на подъёме.",
         {("state/ARG", "state/BRA", "подъем отношений", "2025-04-02")}),
        # must not: denied, a rise of something else; a hard period is no change but a tone
        # (sixty-ninth pass, h-relations71)
        ("Отношения между Египтом и Турцией не находятся на подъёме.", set()),
        ("Отношения Норвегии и Дании переживают трудный период.",
         {("state/DNK", "state/NOR", "сложные отношения", "2025-04-02")}),
        ("Экономика Кении находится на подъёме, а Эфиопии — в кризисе.", set()),
        # must not: talked about, hoped, possible, agreed on, denied, ahead, called for
        ("Египет и Турция начали переговоры о нормализации отношений.", set()),
        ("Президент Бразилии настроен на улучшение отношений с Аргентиной.", set()),
        ("Отношения между Кенией и Эфиопией могут ухудшиться.", set()),
        ("Вьетнам и Индонезия договорились нормализовать отношения.", set()),
        ("Отношения между Египтом и Турцией не ухудшились.", set()),
        ("Отношения Норвегии и Дании ухудшатся, считают эксперты.", set()),
        ("Премьер Норвегии призвал улучшить отношения с Данией.", set()),
        ("Вьетнам и Индонезия обсудили нормализацию отношений.", set()),
        ("Необходимость улучшения отношений между Кенией и Эфиопией очевидна.", set()),
        # must not: no relations of states, or history
        ("Состояние здоровья президента Египта ухудшилось после визита в Турцию.", set()),
        ("Кризис в отношениях между Египтом и Турцией начался в 2013 году.", set()),
        ("В 1990-х годах отношения Аргентины и Бразилии резко ухудшились.", set()),
    ],
)  # fmt: skip
def test_a_change_in_the_relations_that_has_come(read, text, found):
    got = read(Document(id="t", text=text, date="2025-04-02"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


DOWNGRADED = "понижение уровня дипломатических отношений"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a downgrade, read through the noun of the level
        ("Нидерланды понизили уровень дипломатических отношений с Никарагуа до поверенных в "
         "делах.", {("state/NIC", "state/NLD", DOWNGRADED, "2025-04-02")}),
        ("Турция понизила уровень дипломатических отношений с Израилем до уровня временных "
         "поверенных в делах.", {("state/ISR", "state/TUR", DOWNGRADED, "2025-04-02")}),
        ("Понижение уровня дипломатических отношений между Турцией и Израилем произошло в 2024 "
         "году.", {("state/ISR", "state/TUR", DOWNGRADED, "2024")}),
        # the worst period the relations go through is a crisis
        ("Отношения Армении и Азербайджана переживают худший период за последние годы.",
         {("state/ARM", "state/AZE", "кризис отношений", "2025-04-02")}),
        ("Отношения Чехии и Венгрии переживают самый тяжёлый период за 30 лет.",
         {("state/CZE", "state/HUN", "кризис отношений", "2025-04-02")}),
        ("Отношения Чехии и Венгрии находятся в худшем состоянии за 30 лет.",
         {("state/CZE", "state/HUN", "кризис отношений", "2025-04-02")}),
        ("Отношения Польши и Германии находятся на самом низком уровне за 30 лет.",
         {("state/DEU", "state/POL", "кризис отношений", "2025-04-02")}),
        # a verb of change the tagger reads as an adjective
        ("РАБАТ, 10 декабря 2021 года. Израиль и Марокко нормализовали отношения в 2020 году.",
         {("state/ISR", "state/MAR", "нормализация отношений", "2020")}),
        ("Бахрейн и Катар нормализовали отношения.",
         {("state/BHR", "state/QAT", "нормализация отношений", "2025-04-02")}),
        # must not: a downgrade threatened, possible, denied or ahead, of no relations, or
        # of something else; a hard period is no crisis, nor is the best one
        ("Турция пригрозила понизить уровень отношений с Израилем.", set()),
        ("Турция может понизить уровень отношений с Израилем.", set()),
        ("Турция не будет понижать уровень отношений с Израилем.", set()),
        ("Нидерланды понизят уровень дипломатических отношений с Никарагуа.", set()),
        ("Турция и Израиль начали переговоры о понижении уровня отношений.", set()),
        ("Литва понизила уровень дипломатического представительства в Китае.", set()),
        ("Центробанк Турции понизил уровень ключевой ставки после переговоров с Израилем.",
         set()),
        ("Отношения Чехии и Венгрии переживают трудный период.",
         {("state/CZE", "state/HUN", "сложные отношения", "2025-04-02")}),
        ("Отношения Чехии и Венгрии переживают лучший период.", set()),
        ("Отношения Польши и Германии находятся на низком уровне.", set()),
        ("Товарооборот Польши и Германии находится на самом низком уровне.", set()),
        ("Отношения Польши и Германии находятся на самом высоком уровне.", set()),
        ("Бахрейн и Катар не нормализовали отношения.", set()),
        ("Бахрейн и Катар нормализуют отношения.", set()),
    ],
)  # fmt: skip
def test_a_downgrade_a_worst_period_and_a_misread_change(read, text, found):
    got = read(Document(id="t", text=text, date="2025-04-02"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Премьер-министр Индии и президент Египта договорились повысить уровень отношений до "
         "стратегического партнёрства.",
         {("state/EGY", "state/IND", "стратегическое партнерство")}),
        ("Президент Франции и канцлер Германии подтвердили стратегическое партнёрство.",
         {("state/DEU", "state/FRA", "стратегическое партнерство")}),
        ("Президент Аргентины приехал в Сантьяго и подтвердил стратегическое партнёрство с "
         "Чили.", {("state/ARG", "state/CHL", "стратегическое партнерство")}),
        ("Президент Аргентины и премьер-министр Испании подписали соглашение о стратегическом "
         "партнёрстве.", {("state/ARG", "state/ESP", "стратегическое партнерство")}),
        # an official who only speaks of others' relations is no side
        ("Министр иностранных дел Индии заявил, что отношения Китая и Пакистана переживают "
         "худший период.", {("state/CHN", "state/PAK", "кризис отношений")}),
        ("Премьер Греции сказал, что отношения Турции и Азербайджана переживают худший период.",
         {("state/AZE", "state/TUR", "кризис отношений")}),
        ("Президент Чехии отметил: отношения Польши и Венгрии переживают самый тяжёлый период.",
         {("state/HUN", "state/POL", "кризис отношений")}),
        ("Министр обороны Польши, который заявил, что Литва и Латвия являются стратегическими "
         "партнёрами, прибыл в Вильнюс.",
         {("state/LTU", "state/LVA", "стратегическое партнерство")}),
        # must not change: the official in the level's clause, a speaker's own relations
        ("Премьер-министр Индии провёл переговоры с президентом Египта, и стороны договорились "
         "о стратегическом партнёрстве.",
         {("state/EGY", "state/IND", "стратегическое партнерство")}),
        ("Премьер Греции сказал, что отношения с Турцией переживают худший период.",
         {("state/GRC", "state/TUR", "кризис отношений")}),
        # must not: a state inside a person's name, a level only hoped for by the officials
        ("Госсекретарь США Виктория Нуланд заявила, что отношения улучшились.", set()),
        ("Премьер-министр Индии и президент Египта надеются на установление стратегического "
         "партнёрства.", set()),
    ],
)  # fmt: skip
def test_the_states_of_officials_are_the_sides(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Египет и Турция восстановили дипломатические отношения в 2023 году.",
         {("state/EGY", "state/TUR", "восстановление дипломатических отношений", "2023")}),
        ("Кения и Сомали восстановили дипломатические отношения, прерванные в 2021 году.",
         {("state/KEN", "state/SOM", "восстановление дипломатических отношений",
           "2025-04-02")}),
        ("После восстановления отношений между Египтом и Турцией товарооборот вырос.",
         {("state/EGY", "state/TUR", "восстановление отношений", "2025-04-02")}),
        ("Отношения между Аргентиной и Бразилией полностью восстановились.",
         {("state/ARG", "state/BRA", "восстановление отношений", "2025-04-02")}),
        # must not: agreed, talked about, intended, denied, ahead, called for, possible,
        # history, or no relations of states
        ("Египет и Турция договорились восстановить дипломатические отношения.", set()),
        ("Египет и Турция ведут переговоры о восстановлении отношений.", set()),
        ("Египет и Турция намерены восстановить отношения.", set()),
        ("Египет и Турция не восстановили отношения.", set()),
        ("Египет и Турция восстановят отношения в следующем году.", set()),
        ("Президент Египта призвал восстановить отношения с Турцией.", set()),
        ("Египет и Турция могут восстановить отношения.", set()),
        ("Египет и Турция восстановили дипломатические отношения в 1995 году.", set()),
        ("Египет и Турция восстановили авиасообщение.", set()),
        # relations established are a change that has come too (sixty-second pass, h-relations63)
        ("Вьетнам и Индонезия установили дипломатические отношения в 2020 году.",
         {("state/IDN", "state/VNM", "установление дипломатических отношений", "2020")}),
    ],
)  # fmt: skip
def test_relations_restored_are_a_change_that_has_come(read, text, found):
    got = read(Document(id="t", text=text, date="2025-04-02"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a frame noun in the genitive of "отношения" says their level
        ("Между Арменией и Ираном сложились отношения союзнического характера.",
         {("state/ARM", "state/IRN", "союзнические отношения")}),
        ("Грузия и Азербайджан связаны отношениями стратегического характера.",
         {("state/AZE", "state/GEO", "стратегические отношения")}),
        # a frame noun of a level noun that needs its adjective gives it one
        ("Индия и Япония подтвердили особый стратегический и глобальный характер "
         "партнёрства.", {("state/IND", "state/JPN", "стратегическое партнерство")}),
        ("Партнёрство Индии и Японии носит стратегический характер.",
         {("state/IND", "state/JPN", "стратегическое партнерство")}),
        ("Индия и Япония отметили стратегический характер партнёрства в области энергетики.",
         set()),
        ("Индия и Япония отметили особый характер партнёрства.", set()),
        # a short level adjective as the predicate; an adjective the tagger reads as a verb
        ("Отношения между Ираном и Саудовской Аравией враждебны.",
         {("state/IRN", "state/SAU", "враждебные отношения")}),
        ("Китай обеспокоен союзническими отношениями Японии и США.",
         {("state/JPN", "state/USA", "союзнические отношения")}),
        # the CIS is a union of states, a side as the EU is
        ("СНГ и Китай являются стратегическими партнёрами.",
         {("org/cis", "state/CHN", "стратегическое партнерство")}),
        # must not: no such relations, or no more; a war the verb is told in; only hoped for
        ("Между Сербией и Хорватией нет союзнических отношений.", set()),
        ("Между Сербией и Хорватией нет отношений союзнического характера.", set()),
        ("Мексика и Чили разорвали союзнические отношения.", set()),
        ("Вьетнам и Индонезия приостановили стратегическое партнёрство.", set()),
        ("Литва и Польша перестали быть союзниками.", set()),
        ("Между Вьетнамом и Лаосом сложились отношения особого характера.", set()),
        ("Франция и Великобритания стали союзниками в годы Первой мировой войны.", set()),
        ("Союзнические отношения Польши и Литвы сложились во время Северной войны.", set()),
        ("Премьер Японии выразил надежду на установление союзнических отношений с "
         "Филиппинами.", set()),
        ("Узбекистан и Таджикистан выразили надежду на переход отношений на уровень "
         "стратегического партнёрства.", set()),
        # cold relations are a tone; relations spoilt, or qualified by a past participle of a
        # change, are a change that has come
        ("Отношения между Японией и Китаем остаются холодными.",
         {("state/CHN", "state/JPN", "холодные отношения")}),
        ("Отношения Эквадора и Колумбии испортились после рейда.",
         {("state/COL", "state/ECU", "ухудшение отношений")}),
        ("На фоне ухудшившихся отношений с Японией Китай ввёл ограничения.",
         {("state/CHN", "state/JPN", "ухудшение отношений")}),
        # a participle of tension as the predicate; a change the verb of "в отношениях" has
        ("Отношения Армении и Турции напряжены.",
         {("state/ARM", "state/TUR", "напряженные отношения")}),
        # the adjective as the text spells it, as before "отношения" (navec knows it since the
        # sixtieth pass's ё lookup, so the tagger no longer reads it as a participle)
        ("Отношения Индии и Пакистана традиционно напряжённые.",
         {("state/IND", "state/PAK", "напряженные отношения")}),
        ("В отношениях между Японией и Южной Кореей наметилось потепление.",
         {("state/JPN", "state/KOR", "потепление отношений")}),
        ("Отношения Армении и Турции не напряжены.", set()),
        ("В отношениях между Японией и Южной Кореей может наступить потепление.", set()),
        ("Эксперты считают, что в отношениях Японии и Южной Кореи наступит потепление.", set()),
        # must not: a cold war, a change that may come or did not
        ("Холодная война между Индией и Пакистаном продолжается.", set()),
        ("Отношения Эквадора и Колумбии могут испортиться.", set()),
        ("Отношения Эквадора и Колумбии не испортились.", set()),
        ("Отношения Японии и Китая никогда не были холодными.", set()),
    ],
)  # fmt: skip
def test_frames_short_predicates_unions_tones_changes_and_levels_cut_or_of_a_war(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-03-12"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # levels, tones and changes told plainly, about other pairs
        ("Армения и Турция нормализовали отношения после перерыва длительностью более года.",
         {("state/ARM", "state/TUR", "нормализация отношений")}),
        ("Вьетнам и США восстановили дипломатические отношения в прошлом году.",
         {("state/USA", "state/VNM", "восстановление дипломатических отношений")}),
        ("Иран и Саудовская Аравия восстановили дипломатические отношения после семилетнего "
         "перерыва.", {("state/IRN", "state/SAU", "восстановление дипломатических отношений")}),
        ("Египет и Катар восстановили отношения.",
         {("state/EGY", "state/QAT", "восстановление отношений")}),
        ("Между Индией и Францией сложились особые отношения.",
         {("state/FRA", "state/IND", "особые отношения")}),
        ("Азербайджан и Армения сохраняют враждебные отношения.",
         {("state/ARM", "state/AZE", "враждебные отношения")}),
        ("Отношения Пакистана с Индией остаются враждебными.",
         {("state/IND", "state/PAK", "враждебные отношения")}),
        ("Эр-Рияд не поддерживает прямых дипломатических отношений с Тегераном.",
         {("state/IRN", "state/SAU", "нет дипломатических отношений")}),
        ("Между Боливией и Чили нет дипломатических отношений с 1978 года.",
         {("state/BOL", "state/CHL", "нет дипломатических отношений")}),
        ("Марокко и Алжир разорвали дипломатические отношения.",
         {("state/DZA", "state/MAR", "нет дипломатических отношений")}),
        ("После разрыва дипломатических отношений в 2021 году Алжир закрыл воздушное "
         "пространство для Марокко.",
         {("state/DZA", "state/MAR", "нет дипломатических отношений")}),
        ("Франция и Германия — ближайшие союзники по НАТО.",
         {("state/DEU", "state/FRA", "союзничество")}),
        ("Бразилия и Аргентина являются союзниками по Меркосур.",
         {("state/ARG", "state/BRA", "союзничество")}),
        ("Польша и Литва являются стратегическими партнёрами.",
         {("state/LTU", "state/POL", "стратегическое партнерство")}),
        ("Египет остаётся стратегическим партнёром Саудовской Аравии.",
         {("state/EGY", "state/SAU", "стратегическое партнерство")}),
        ("Канада считает Мексику своим стратегическим партнёром.",
         {("state/CAN", "state/MEX", "стратегическое партнерство")}),
        ("Президент заявил, что Перу и Эквадор стали стратегическими партнёрами.",
         {("state/ECU", "state/PER", "стратегическое партнерство")}),
        ("Президент Египта назвал Саудовскую Аравию стратегическим союзником.",
         {("state/EGY", "state/SAU", "стратегическое союзничество")}),
        ("Эстония и Латвия связаны союзническими отношениями.",
         {("state/EST", "state/LVA", "союзнические отношения")}),
        ("Индонезия и Малайзия подписали декларацию о стратегическом партнёрстве.",
         {("state/IDN", "state/MYS", "стратегическое партнерство")}),
        ("Литва выслала посла Беларуси на фоне ухудшения отношений.",
         {("state/BLR", "state/LTU", "ухудшение отношений")}),
        ("На фоне кризиса в отношениях с Польшей Литва отозвала посла.",
         {("state/LTU", "state/POL", "кризис отношений")}),
        ("Кризис в отношениях Марокко и Испании продолжается.",
         {("state/ESP", "state/MAR", "кризис отношений")}),
        ("Отношения Марокко и Испании находятся в кризисе.",
         {("state/ESP", "state/MAR", "кризис отношений")}),
        ("Отношения Турции и Греции в последние годы заметно улучшились.",
         {("state/GRC", "state/TUR", "улучшение отношений")}),
        ("В отношениях Индии и Канады наступило охлаждение.",
         {("state/CAN", "state/IND", "охлаждение отношений")}),
        ("Ухудшение отношений между Канадой и Индией началось в прошлом году.",
         {("state/CAN", "state/IND", "ухудшение отношений")}),
        ("Отношения Индии и Китая напряжены.",
         {("state/CHN", "state/IND", "напряженные отношения")}),
        # a crisis the relations are in the thick of; a verbless level adjective after them
        ("В разгар кризиса в отношениях Сербии и Хорватии министр отменил визит.",
         {("state/HRV", "state/SRB", "кризис отношений")}),
        ("Отношения Эфиопии и Эритреи враждебные.",
         {("state/ERI", "state/ETH", "враждебные отношения")}),
        ("Отношения Польши и Литвы стратегические.",
         {("state/LTU", "state/POL", "стратегические отношения")}),
        # relations frozen; a crisis named by the condition they are in
        ("Отношения между Индией и Канадой заморожены.",
         {("state/CAN", "state/IND", "заморозка отношений")}),
        ("Индия заморозила отношения с Канадой.",
         {("state/CAN", "state/IND", "заморозка отношений")}),
        ("На фоне заморозки отношений с Канадой Индия отозвала посла.",
         {("state/CAN", "state/IND", "заморозка отношений")}),
        ("Отношения Чехии и Словакии находятся в состоянии кризиса.",
         {("state/CZE", "state/SVK", "кризис отношений")}),
        ("Чехия и Словакия находятся в состоянии кризиса отношений.",
         {("state/CZE", "state/SVK", "кризис отношений")}),
        ("Индия пригрозила заморозить отношения с Канадой.", set()),
        ("Индия может заморозить отношения с Канадой.", set()),
        ("Индия заморозила активы Канады.", set()),
        ("Отношения Чехии и Словакии не находятся в состоянии кризиса.", set()),
        ("Чехия и Словакия могут оказаться в состоянии кризиса отношений.", set()),
        ("Отношения Чехии и Словакии находятся в хорошем состоянии.", set()),
        # must not: talks about a change, a change on a condition; negated or joined adjectives
        ("Армения и Азербайджан возобновили переговоры о нормализации отношений после долгой "
         "паузы.", set()),
        ("Убийство произошло в день, когда Сербия и Хорватия начали переговоры о нормализации "
         "отношений.", set()),
        ("Венгрия и Словакия начали переговоры о восстановлении дипломатических отношений.",
         set()),
        ("В разгар переговоров о нормализации отношений Сербии и Хорватии министр отменил "
         "визит.", set()),
        ("При условии нормализации отношений Армения откроет границу с Турцией.", set()),
        ("Отношения Эфиопии и Эритреи не враждебные.", set()),
        ("Отношения Эфиопии и Эритреи и враждебные заявления обсуждались в ООН.", set()),
        # must not: "отношение" of persons, of a mood or a survey, a committee, a link
        ("Премьер Греции известен враждебными настроениями в отношении Турции.", set()),
        ("Правительство Греции проводит жёсткую политику по отношению к Турции.", set()),
        ("Сенатор возглавляет комитет Сената по международным отношениям и часто критикует "
         "Китай.", set()),
        ("На протяжении долгой истории особых отношений Макрон и Меркель всегда находили "
         "повод для встреч.", set()),
        ("В отношениях Шольца и Макрона была гармония.", set()),
        ("Эти группировки имеют прямое отношение к нападениям на границе Индии и Пакистана.",
         set()),
        ("Опрос выяснил отношение граждан Польши к Германии.", set()),
        ("Куба изменила своё отношение к музыке США.", set()),
        ("Эксперт обсудил с журналистами отношения Китая и Индии.", set()),
        ("Корреспондент спросил министра об отношениях Египта и Израиля.", set()),
        ("Отношения Грузии и Армении носят дружественный характер.", set()),
        # must not: a firm's partnership, trade partners, coalition partners, unnamed allies
        ("Компания Samsung хочет уделять больше внимания партнёрству с Японией.", set()),
        ("Чили стала первой страной из числа ключевых экспортных партнёров Китая, "
         "подписавшей этот протокол.", set()),
        ("Партнёры консерваторов по коалиции получат четыре поста в правительстве "
         "Великобритании.", set()),
        ("Моралес подчеркнул, что Венесуэла не боится США и их европейских союзников.", set()),
        ("Норвегия является одним из главных союзников США в Европе.", set()),
        ("Италия и Франция имеют тесные партнёрские отношения.", set()),
        # must not: history, a wartime alliance, a past decade, a role in a restoration
        ("Пакт Молотова-Риббентропа был подписан Германией и СССР в 1939 году.", set()),
        ("Во время Второй мировой войны Великобритания и США были союзниками.", set()),
        ("В 1990-х годах Армения и Иран были стратегическими партнёрами.", set()),
        # diplomatic relations set up then are held since (sixty-fourth pass, h-relations66)
        ("Вьетнам и Южная Корея установили дипломатические отношения в 1992 году.",
         {("state/KOR", "state/VNM", "дипломатические отношения")}),
        ("Посол внёс заметный вклад в восстановление дипломатических отношений между Кубой и "
         "США.", set()),
        ("Исторический музей отменил дискуссию о союзе Германии и Италии.", set()),
    ],
)  # fmt: skip
def test_changes_in_the_thick_of_a_crisis_frozen_verbless_levels_and_relations_of_nobody(
    read, text, found
):
    assert levels(read(Document(id="t", text=text, date="2025-03-12"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a level the same sentence says was later raised is no longer the relations'
        ("Индия и ОАЭ установили стратегическое партнёрство в 2015 году, а в 2017 году подняли "
         "отношения до уровня всеобъемлющего стратегического партнёрства.",
         {("state/ARE", "state/IND", "всеобъемлющее стратегическое партнерство")}),
        ("Япония и Индонезия в 2006 году стали стратегическими партнёрами, а в 2023 году "
         "повысили уровень отношений до всеобъемлющего стратегического партнёрства.",
         {("state/IDN", "state/JPN", "всеобъемлющее стратегическое партнерство")}),
        ("Чили и Перу установили отношения стратегического партнёрства в 2011 году, а в 2022 "
         "году вывели их на уровень всеобъемлющего стратегического партнёрства.",
         {("state/CHL", "state/PER", "всеобъемлющее стратегическое партнерство")}),
        # must-nots: a raise of something else leaves the level in force
        ("Вьетнам и Таиланд стали стратегическими партнёрами в 2018 году, а в прошлом году "
         "подняли товарооборот до 20 млрд долларов.",
         {("state/THA", "state/VNM", "стратегическое партнерство")}),
        ("Мексика и Канада являются стратегическими партнёрами, а в прошлом году повысили "
         "уровень торговли до рекордных 50 млрд долларов.",
         {("state/CAN", "state/MEX", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_level_raised_since(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a raise ahead, however the parse hangs the level raised to, is no level yet
        ("Вьетнам и Таиланд в следующем году повысят уровень отношений до всеобъемлющего "
         "стратегического партнёрства.", set()),
        ("Вьетнам и Таиланд являются стратегическими партнёрами, а в следующем году повысят "
         "уровень отношений до всеобъемлющего стратегического партнёрства.",
         {("state/THA", "state/VNM", "стратегическое партнерство")}),
        # a raise made states the level
        ("Вьетнам и Таиланд в прошлом году повысили уровень отношений до всеобъемлющего "
         "стратегического партнёрства.",
         {("state/THA", "state/VNM", "всеобъемлющее стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_level_raised_to_ahead(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a war or a bygone era told before a past copula in its clause is history, wherever
        # the parse hangs it
        ("Премьер напомнил, что в годы Первой мировой войны Греция и Сербия были союзниками, "
         "а греческий остров Корфу принял отступавшую сербскую армию.", set()),
        ("В советское время Монголия и Вьетнам считались союзниками по социалистическому "
         "лагерю.", set()),
        ("Эксперт отметил, что в колониальную эпоху Гана и Того были союзниками.", set()),
        # must-nots: a level of today beside an era, or held since a war, stays
        ("В советское время страны враждовали, а сегодня Монголия и Вьетнам являются "
         "стратегическими партнёрами.",
         {("state/MNG", "state/VNM", "стратегическое партнерство")}),
        ("Греция и Черногория были и остаются союзниками.",
         {("state/GRC", "state/MNE", "союзничество")}),
    ],
)  # fmt: skip
def test_a_level_of_a_bygone_war_or_era(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a "с"-list or a partner's genitive list with no other side named is one side's
        # list: no pair of two of its states
        ("Вьетнам и Евросоюз вывели отношения на новый уровень. Ранее страна установила "
         "всеобъемлющее стратегическое партнёрство с Китаем, Россией и Индией.", set()),
        ("Турция и Азербайджан провели заседание совета. Кроме того, страна является "
         "стратегическим партнёром Венгрии, Сербии и Пакистана, напомнил министр.", set()),
        ("Индонезия провела переговоры с Малайзией. Стороны отметили, что стратегическое "
         "партнёрство с Таиландом и Вьетнамом также развивается.", set()),
        # the level noun's own genitive is the other side of each state of the list
        ("Отношения Индии с Китаем и Пакистаном остаются напряжёнными.",
         {("state/CHN", "state/IND", "напряженные отношения"),
          ("state/IND", "state/PAK", "напряженные отношения")}),
        ("Стратегическое партнёрство Японии с Индией и Австралией крепнет.",
         {("state/IND", "state/JPN", "стратегическое партнерство"),
          ("state/AUS", "state/JPN", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_list_of_one_side(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a participle of tone the tagger reads as its verb is named by its adjective
        ("Эфиопия и Эритрея обменялись заявлениями. Отношения между странами оставались "
         "натянутыми на протяжении двух десятилетий.",
         {("state/ERI", "state/ETH", "натянутые отношения")}),
        ("Боливия и Чили провели переговоры. Отношения соседей долгое время оставались "
         "натянутыми из-за спора о выходе Боливии к морю.",
         {("state/BOL", "state/CHL", "натянутые отношения")}),
    ],
)  # fmt: skip
def test_a_tone_read_as_a_verb(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a level adjective on a copula that shares its subject "отношения" with the verb before
        ("Индия и Египет провели переговоры. Отношения двух стран заметно окрепли и стали "
         "стратегическими, заявил министр.",
         {("state/EGY", "state/IND", "стратегические отношения")}),
        ("Сербия и Венгрия подписали ряд соглашений. Отношения между странами вышли на новый "
         "уровень и остаются союзническими.",
         {("state/HUN", "state/SRB", "союзнические отношения")}),
        # must-nots: a negated copula, or one with a subject of its own
        ("Индия и Египет провели переговоры. Отношения двух стран окрепли, но не стали "
         "союзническими.", set()),
        ("Индия и Египет провели переговоры. Отношения двух стран окрепли, а позиции сторон "
         "стали близкими.", set()),
    ],
)  # fmt: skip
def test_a_level_on_a_copula_that_shares_its_subject(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "Страны", "наши страны" of a report whose counts settle no pair (third states named
        # once): the two sides its first sentence joins by "и"
        ("Мексика и Индия вывели отношения на новый уровень, заявил президент Мексики. Страны "
         "являются стратегическими партнёрами с 2007 года. Лидеры также обсудили отношения "
         "Израиля и Ирана.",
         {("state/IND", "state/MEX", "стратегическое партнерство")}),
        ("Польша и Литва являются союзниками США. «Наши страны связывают отношения "
         "стратегического партнёрства», — заявил польский министр.",
         {("state/POL", "state/USA", "союзничество"), ("state/LTU", "state/USA", "союзничество"),
          ("state/LTU", "state/POL", "стратегическое партнерство")}),
        # must-nots: an official of a third state speaks of "мы"; a first sentence that joins
        # no two
        ("Индонезия и Австралия провели переговоры. Турция, Малайзия и Сингапур направили "
         "наблюдателей. «Мы являемся союзниками по НАТО», — сказал министр обороны Турции.",
         set()),
        ("Президент Египта провёл переговоры в Каире. Индия и Катар направили делегации, "
         "Турция — наблюдателей. Стороны являются стратегическими партнёрами.", set()),
        # must-not: two other sides named nearer than the first sentence, whose pair "Стороны"
        # may be (review23; not read as Kenya–Uganda yet)
        ("Египет и Иордания осудили удар по лагерю беженцев. Позднее президент Кении принял в "
         "Найроби премьер-министра Уганды. Стороны договорились об установлении отношений "
         "стратегического партнёрства.", set()),
    ],
)  # fmt: skip
def test_the_pair_of_the_first_sentence(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Brussels in a report on the EU that never names Belgium stands for the union
        ("Евросоюз и Турция провели диалог высокого уровня по экономике. Отношения Брюсселя и "
         "Анкары заметно улучшились после землетрясения 2023 года.",
         {("org/eu", "state/TUR", "улучшение отношений")}),
        ("Евросоюз приостановил для Грузии безвизовый режим для дипломатов. Отношения Тбилиси и "
         "Брюсселя резко ухудшились после принятия закона об иноагентах.",
         {("org/eu", "state/GEO", "ухудшение отношений")}),
        # must-not: a report that names Belgium keeps its capital Belgium's
        ("Премьер-министр Бельгии провёл переговоры с президентом Конго в Брюсселе. Отношения "
         "Брюсселя и Киншасы переживают кризис.",
         {("state/BEL", "state/COD", "кризис отношений")}),
    ],
)  # fmt: skip
def test_a_capital_that_stands_for_a_union(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a group of states the level's noun names as one side is no state: no document pair
        ("Министр иностранных дел России провёл переговоры с индийским коллегой в Нью-Дели. "
         "Стороны обсудили торговлю. Отношения западных стран с Россией резко ухудшились.",
         set()),
        ("Президент Сенегала принял в Дакаре министра иностранных дел Франции. Отношения стран "
         "Сахеля с Парижем ухудшились после военных переворотов.", set()),
        ("Глава МИД Китая встретился с министром иностранных дел Литвы. Отношения государств "
         "Балтии с Пекином в последние годы обострились.", set()),
        # must-not: "двух стран" are the pair
        ("Армения и Азербайджан согласовали текст мирного договора. Отношения двух соседних "
         "государств остаются напряжёнными.",
         {("state/ARM", "state/AZE", "напряженные отношения")}),
    ],
)  # fmt: skip
def test_a_group_of_states_as_one_side(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the states of a later clause of contrast with a verb of its own are its sides
        ("Премьер Индии заявил, что Индия и Япония — стратегические партнёры, а Индия и "
         "Пакистан так и не подписали мирный договор.",
         {("state/IND", "state/JPN", "стратегическое партнерство")}),
        # must-not break: a clause of contrast after the level shares its subjects
        ("Вьетнам и Индонезия установили отношения партнёрства в 2013 году, а в 2025 году "
         "повысили их до уровня стратегического партнёрства.",
         {("state/IDN", "state/VNM", "стратегическое партнерство")}),
        # must-nots: alliances that are no more, wartime, a region's status, history
        ("Чехия и Словакия являлись союзниками по Варшавскому договору.", set()),
        ("Франция и Великобритания были союзниками по Антанте.", set()),
        ("Мексика и Канада во время войны стали союзниками.", set()),
        ("Аландские острова имеют особый статус в составе Финляндии, напомнил министр "
         "иностранных дел Швеции.", set()),
        ("Польша и Литва были союзниками в XVI веке, когда образовали Речь Посполитую.", set()),
        # an alliance in force stays one
        ("Польша и Литва являются союзниками по НАТО.",
         {("state/LTU", "state/POL", "союзничество")}),
    ],
)  # fmt: skip
def test_levels_of_clauses_of_contrast_and_of_alliances_no_more(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a "в" date the parse hangs on a noun of the level verb's clause is the verb's
        ("Власти Канады понизили уровень дипломатических отношений с Индией до поверенных в "
         "делах в 2024 году.",
         {("state/CAN", "state/IND", "понижение уровня дипломатических отношений", "2024")}),
        ("Польша понизила уровень дипломатических отношений с Белоруссией до поверенных в делах "
         "в прошлом году.",
         {("state/BLR", "state/POL", "понижение уровня дипломатических отношений", "2024")}),
        # relations fallen to the worst point are in crisis, at a date of their clause
        ("Отношения Алжира и Марокко опустились до самой низкой точки за последние "
         "десятилетия.", {("state/DZA", "state/MAR", "кризис отношений", "2025-01-20")}),
        ("Отношения Азербайджана и Ирана опустились до самой низкой точки в 2023 году после "
         "нападения на посольство.", {("state/AZE", "state/IRN", "кризис отношений", "2023")}),
        # must not: a threat, trade at its lowest, a stray subject of another clause's fall,
        # a low point of a past decade, hard times (as "трудный период")
        ("Эквадор пригрозил понизить уровень дипломатических отношений с Мексикой до "
         "поверенных в делах в 2025 году.", set()),
        ("Объём торговли Японии и Южной Кореи опустился до самой низкой точки с 2015 года.",
         set()),
        ("Товарооборот между Перу и Мексикой находится на самом низком уровне за десять лет.",
         set()),
        ("Рейтинг доверия к правительству Боливии опустился до самой низкой точки, а отношения "
         "Боливии и Чили остаются стабильными.", set()),
        ("Отношения Аргентины и Великобритании в 1980-е годы опустились до самой низкой точки.",
         set()),
        ("В 1990-е годы отношения Эквадора и Перу находились на самом низком уровне.", set()),
        ("В 1990-е годы отношения Армении и Турции были на низком уровне.", set()),
        ("Отношения Венесуэлы и Колумбии переживают не лучшие времена.", set()),
        ("Отношения Алжира и Марокко могут опуститься до самой низкой точки.", set()),
    ],
)  # fmt: skip
def test_levels_fallen_to_the_worst_point_and_dates_of_the_levels_clause(read, text, found):
    got = read(Document(id="t", text=text, date="2025-01-20"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "date", "found"),
    [
        # a level held until a time, or in a decade, with a past copula is what once was
        ("До кризиса 2014 года Таиланд и Камбоджа считались близкими союзниками.", "", set()),
        ("До 2011 года Сирия и Катар были стратегическими партнёрами.", "2012-05-10", set()),
        ("Венгрия и Словакия, которые в 2000-е годы считались стратегическими партнёрами, "
         "обменялись нотами протеста.", "", set()),
        # must: a level held until now, or that states are considered to hold today
        ("До сих пор Чехия и Словакия остаются стратегическими партнёрами.", "2012-05-10",
         {("state/CZE", "state/SVK", "стратегическое партнерство")}),
        ("Египет и Саудовская Аравия считаются стратегическими партнёрами.", "2012-05-10",
         {("state/EGY", "state/SAU", "стратегическое партнерство")}),
        # must: a level reached before a time, or earlier, holds
        ("Вьетнам и Индия стали стратегическими партнёрами ещё до финансового кризиса 2008 "
         "года.", "2012-05-10", {("state/IND", "state/VNM", "стратегическое партнерство")}),
        ("Ранее Малайзия и Индонезия стали стратегическими партнёрами.", "2012-05-10",
         {("state/IDN", "state/MYS", "стратегическое партнерство")}),
        # must not: a level that remained until a time once was
        ("До войны 2008 года Грузия и Армения оставались стратегическими партнёрами.",
         "2012-05-10", set()),
    ],
)  # fmt: skip
def test_a_level_held_until_a_time_or_in_a_decade_once_was(read, text, date, found):
    got = read(Document(id="t", text=text, date=date))
    assert {(r.state_a, r.state_b, r.level) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "между странами" are the report's pair, not the states of a clause of their own
        ("Судан и Южный Судан обменялись обвинениями. Хартум обвинил Южный Судан в поддержке "
         "повстанцев. Отношения между странами резко "
         "ухудшились в 2012 году, когда Южный Судан остановил добычу нефти по просьбе Китая.",
         {("state/SDN", "state/SSD", "ухудшение отношений", "2012")}),
        ("Гана и Того провели консультации. Президент Ганы прибыл в Того с визитом. "
         "Отношения между двумя странами осложнились в 2010 "
         "году, когда Того обвинило Францию во вмешательстве.",
         {("state/GHA", "state/TGO", "осложнение отношений", "2010")}),
        ("Чили и Перу провели консультации. Президент Чили прибыл в Перу с визитом. "
         "Отношения между странами осложнились в 2010 году, когда Перу обвинило Боливию во "
         "вмешательстве.",
         {("state/CHL", "state/PER", "осложнение отношений", "2010")}),
        # must: states the level's own clause names, or a clause before it (past another
        # pair the report named earlier)
        ("Отношения между Индией и Пакистаном ухудшились в 2011 году, когда Китай начал "
         "строительство порта.",
         {("state/IND", "state/PAK", "ухудшение отношений", "2011")}),
        ("Турция и Греция провели консультации. Эфиопия и Эритрея подписали мирный договор в "
         "Асмэре, однако отношения между странами остаются напряжёнными.",
         {("state/ERI", "state/ETH", "напряженные отношения", "2012-12-01")}),
        ("Турция и Греция провели консультации. После того как Армения и Азербайджан "
         "обменялись ударами, отношения между странами резко ухудшились.",
         {("state/ARM", "state/AZE", "ухудшение отношений", "2012-12-01")}),
    ],
)  # fmt: skip
def test_the_pair_between_countries_is_not_of_another_clause(read, text, found):
    got = read(Document(id="t", text=text, date="2012-12-01"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a cut told as the background of a restoration is undone
        ("Саудовская Аравия восстановила дипломатические отношения с Ираном. Эр-Рияд разорвал "
         "дипломатические отношения с Тегераном в 2016 году после нападения на посольство.",
         {("state/IRN", "state/SAU", "восстановление дипломатических отношений", "2023-03-10")}),
        ("ОАЭ разорвали дипломатические отношения с Катаром в 2017 году. В январе 2021 года "
         "ОАЭ и Катар восстановили дипломатические отношения.",
         {("state/ARE", "state/QAT", "восстановление дипломатических отношений", "2021-01")}),
        # must: a cut after the restoration holds
        ("Боливия восстановила дипломатические отношения с Израилем в 2019 году. В 2023 году "
         "Боливия разорвала дипломатические отношения с Израилем.",
         {("state/BOL", "state/ISR", "восстановление дипломатических отношений", "2019"),
          ("state/BOL", "state/ISR", "нет дипломатических отношений", "2023")}),
    ],
)  # fmt: skip
def test_a_cut_undone_by_a_restoration_is_no_level(read, text, found):
    got = read(Document(id="t", text=text, date="2023-03-10"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # relations resumed are restored, a change that has come
        ("Чили и Перу возобновили дипломатические отношения в 2024 году.",
         {("state/CHL", "state/PER", "восстановление дипломатических отношений", "2024")}),
        ("Дипломатические отношения между Ираном и Иорданией возобновились в 2023 году.",
         {("state/IRN", "state/JOR", "восстановление дипломатических отношений", "2023")}),
        ("Сомали возобновила дипломатические отношения с Кенией.",
         {("state/KEN", "state/SOM", "восстановление дипломатических отношений", "2025-06-15")}),
        # must-nots: agreed on, weighed, of another thing, or ten years old
        ("Стороны договорились возобновить дипломатические отношения между Ливией и Чадом.",
         set()),
        ("Мали и Алжир обсуждают возобновление дипломатических отношений.", set()),
        ("Египет и Турция возобновили переговоры о нормализации отношений.", set()),
        ("Индия и Канада возобновили выдачу виз.", set()),
        ("В 1985 году Китай и Индонезия возобновили дипломатические отношения.", set()),
    ],
)  # fmt: skip
def test_relations_resumed_are_restored(read, text, found):
    got = read(Document(id="t", text=text, date="2025-06-15"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a level its sentence does not date takes the date of the sentence that reports it
        ("Египет и Турция возобновили дипломатические отношения на уровне послов. Об этом "
         "4 июля 2023 года сообщили МИД двух стран.",
         {("state/EGY", "state/TUR", "восстановление дипломатических отношений", "2023-07-04")}),
        ("Сомали восстановила дипломатические отношения с Кенией. МИД Сомали сообщил об этом "
         "6 мая 2021 года.",
         {("state/KEN", "state/SOM", "восстановление дипломатических отношений", "2021-05-06")}),
        ("Чили и Боливия не поддерживают дипломатических отношений. Об этом напомнил 3 марта "
         "2024 года министр иностранных дел Чили.",
         {("state/BOL", "state/CHL", "нет дипломатических отношений", "2024-03-03")}),
        # must-nots: a sentence that does not point back, a date of another verb or sentence
        ("Перу и Мексика стали стратегическими партнёрами. Министр заявил 5 мая 2024 года, что "
         "сотрудничество растёт.",
         {("state/MEX", "state/PER", "стратегическое партнерство", "2025-06-15")}),
        ("Отношения Греции и Турции переживают кризис. Об этом заявил министр. Визит был "
         "отменён 7 мая 2024 года.",
         {("state/GRC", "state/TUR", "кризис отношений", "2025-06-15")}),
        ("Гана и Того остаются стратегическими партнёрами. Об этом заявил президент Ганы, "
         "прибывший в Ломе 12 мая 2025 года.",
         {("state/GHA", "state/TGO", "стратегическое партнерство", "2025-06-15")}),
    ],
)  # fmt: skip
def test_a_level_takes_the_date_of_the_sentence_that_reports_it(read, text, found):
    got = read(Document(id="t", text=text, date="2025-06-15"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the day the next sentence says the decision was taken
        ("Никарагуа объявила о разрыве дипломатических отношений с Нидерландами. Решение было "
         "принято 30 сентября 2022 года, сообщило правительство в Манагуа.",
         {("state/NIC", "state/NLD", "нет дипломатических отношений", "2022-09-30")}),
        ("Эквадор разорвал дипломатические отношения с Мексикой. Это решение правительство "
         "приняло 5 апреля 2024 года.",
         {("state/ECU", "state/MEX", "нет дипломатических отношений", "2024-04-05")}),
        # a decision long ago says since when the level holds: no past level
        ("Отношения Японии и Южной Кореи вышли на уровень стратегического партнёрства. Такое "
         "решение было принято ещё в 1998 году, напомнил министр.",
         {("state/JPN", "state/KOR", "стратегическое партнерство", "1998")}),
        ("Индия и Вьетнам установили стратегическое партнёрство. Это решение было принято в "
         "2007 году.", {("state/IND", "state/VNM", "стратегическое партнерство", "2007")}),
        # must-nots: a decision on another thing
        ("Гвинея и Сенегал восстановили дипломатические отношения. Решение о строительстве "
         "моста было принято 3 мая 2024 года.",
         {("state/GIN", "state/SEN", "восстановление дипломатических отношений", "2025-06-15")}),
        ("Мали и Нигер стали союзниками. Решение о выходе из ЭКОВАС было принято 28 января "
         "2024 года.", {("state/MLI", "state/NER", "союзничество", "2025-06-15")}),
        # a report made long ago stays a past level's
        ("Египет и Турция возобновили дипломатические отношения. Об этом 4 июля 1998 года "
         "сообщили МИД двух стран.", set()),
    ],
)  # fmt: skip
def test_a_level_takes_the_day_of_the_decision_told_next(read, text, found):
    got = read(Document(id="t", text=text, date="2025-06-15"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a firm's partner or ally is no level of the states its adjective names
        ("Индонезийская Pertamina нашла стратегического партнёра в Малайзии.", set()),
        ("Индонезия и Малайзия подписали соглашение. Индонезийская Pertamina нашла "
         "стратегического партнёра в Малайзии.", set()),
        ("Турецкая Baykar и украинская «Мотор Сич» являются стратегическими партнёрами.", set()),
        ("Бразильская Petrobras видит в аргентинской YPF своего стратегического партнёра.",
         set()),
        ("Египетская компания нашла союзника в Турции.", set()),
        # musts: a state's body, "сторона", and the states beside a firm still are sides
        ("Египетский МИД назвал Турцию стратегическим партнёром.",
         {("state/EGY", "state/TUR", "стратегическое партнерство")}),
        ("Японское правительство видит в Индии своего стратегического партнёра.",
         {("state/IND", "state/JPN", "стратегическое партнерство")}),
        ("Бразильская компания стала партнёром Аргентины, а Бразилия и Аргентина остаются "
         "стратегическими партнёрами.", {("state/ARG", "state/BRA", "стратегическое партнерство")}),
        # a state's agency speaks for its state; a firm the level is not of leaves its sides
        ("Индийское космическое агентство ISRO и Япония объявили о стратегическом партнёрстве.",
         {("state/IND", "state/JPN", "стратегическое партнерство")}),
        ("Египетское космическое агентство и Китай объявили о стратегическом партнёрстве.",
         {("state/CHN", "state/EGY", "стратегическое партнерство")}),
        ("Министр заявил, что стратегическое партнёрство с Эфиопией откроет новые рынки для "
         "кенийской компании Safaricom.",
         {("state/ETH", "state/KEN", "стратегическое партнерство")}),
        ("Посол отметил, что стратегическое партнёрство с Вьетнамом принесёт новые заказы "
         "таиландской компании PTT.", {("state/THA", "state/VNM", "стратегическое партнерство")}),
        # must-nots: a firm the partner, or the subject of the level's clause
        ("Малайзия видит в индонезийской компании Pertamina своего стратегического партнёра.",
         set()),
        ("Чилийская компания Codelco стала стратегическим партнёром Перу.", set()),
    ],
)  # fmt: skip
def test_a_firms_partner_is_no_level_of_its_state(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-06-15"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # bare "отношения" an official of one side speaks of are the report's pair
        ("Индонезия и Малайзия подписали соглашение. Президент Индонезии отметил, что "
         "отношения достигли уровня стратегического партнёрства.",
         {("state/IDN", "state/MYS", "стратегическое партнерство")}),
        ("Индонезия и Малайзия подписали соглашение. По словам президента Индонезии, "
         "отношения достигли уровня стратегического партнёрства.",
         {("state/IDN", "state/MYS", "стратегическое партнерство")}),
        ("Перу отозвала посла из Мексики. Министр иностранных дел Перу заявил, что отношения "
         "переживают кризис.", {("state/MEX", "state/PER", "кризис отношений")}),
        # must-nots: relations of whom the clause says, an official of neither side, a
        # report of three states
        ("Индонезия и Малайзия подписали соглашение. Президент Индонезии отметил, что "
         "отношения с соседями достигли уровня стратегического партнёрства.", set()),
        ("Перу отозвала посла из Мексики. Министр иностранных дел Чили заявил, что отношения "
         "переживают кризис.", set()),
        ("Индонезия, Малайзия и Таиланд подписали соглашение. Президент Индонезии отметил, что "
         "отношения достигли уровня стратегического партнёрства.", set()),
    ],
)  # fmt: skip
def test_bare_relations_an_official_speaks_of_are_the_reports_pair(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-06-15"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a level in a clause of a wish, an aim or a condition ("чтобы", "бы")
        ("Президент Бразилии выразил желание, чтобы Бразилия и Нигерия стали стратегическими "
         "партнёрами.", set()),
        ("Министр заявил, что Анкара хотела бы, чтобы Турция и Египет были союзниками.", set()),
        ("БРАЗИЛИА, 18 июля 2025 года. Президент Бразилии Луис Инасиу Лула да Силва выразил "
         "желание, чтобы Бразилия и Нигерия стали стратегическими партнёрами.", set()),
        ("Чили и Перу работают над тем, чтобы отношения стали стратегическими.", set()),
        ("Без спора о границе Гватемала и Белиз были бы союзниками.", set()),
        # musts: a level stated beside a wish, or in a clause of its own
        ("Бразилия и Нигерия являются стратегическими партнёрами, и президент хочет, чтобы "
         "торговля росла.", {("state/BRA", "state/NGA", "стратегическое партнерство")}),
        ("Министр хотел бы подчеркнуть, что Турция и Египет являются союзниками.",
         {("state/EGY", "state/TUR", "союзничество")}),
        ("Чтобы торговля росла, Бразилия и Нигерия стали стратегическими партнёрами.",
         {("state/BRA", "state/NGA", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_level_wished_for_or_on_a_condition_is_none(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-06-15"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a change a verb of announcing has made known has come
        ("Джибути и Эритрея объявили о восстановлении дипломатических отношений.",
         {("state/DJI", "state/ERI", "восстановление дипломатических отношений")}),
        ("Катар и Бахрейн объявили о восстановлении дипломатических отношений, разорванных в "
         "2017 году.", {("state/BHR", "state/QAT", "восстановление дипломатических отношений")}),
        ("МИД Гватемалы сообщил о нормализации отношений с Белизом.",
         {("state/BLZ", "state/GTM", "нормализация отношений")}),
        # must-nots: an announcement ahead or possible, of an intent, of talks or of a need
        ("Джибути и Эритрея объявят о восстановлении дипломатических отношений.", set()),
        ("Джибути и Эритрея могут объявить о восстановлении дипломатических отношений.", set()),
        ("Джибути и Эритрея объявили о намерении восстановить дипломатические отношения.",
         set()),
        ("Джибути и Эритрея объявили о начале переговоров о нормализации отношений.", set()),
        ("Джибути и Эритрея заявили о необходимости восстановления дипломатических отношений.",
         set()),
        # must-nots: a change announced as possible, near, or on a condition
        ("Стороны заявили о возможном восстановлении дипломатических отношений между Египтом и "
         "Катаром в будущем.", set()),
        ("Джибути и Эритрея объявили о скором восстановлении дипломатических отношений.", set()),
        ("Египет заявил о восстановлении дипломатических отношений с Катаром, если Доха "
         "выполнит условия.", set()),
        ("Стороны заявили о восстановлении дипломатических отношений между Кенией и Сомали в "
         "случае прекращения огня.", set()),
        ("Марокко объявило о нормализации отношений с Алжиром при условии открытия границы.",
         set()),
        # "если не считать" is an exception, no condition (review20)
        ("Министры Чили и Боливии объявили о восстановлении дипломатических отношений, "
         "прерванных в 1978 году, если не считать консульских связей.",
         {("state/BOL", "state/CHL", "восстановление дипломатических отношений")}),
    ],
)  # fmt: skip
def test_a_change_announced_has_come(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-06-15"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a level of firms is theirs, not of the states the report names
        ("Индийская Reliance и японская SoftBank создали предприятие. Стратегическое "
         "партнёрство двух компаний рассчитано на десять лет.", set()),
        ("Южнокорейская Hyundai и индийская Tata вывели партнёрство на новый уровень. "
         "Стратегическое партнёрство корпораций предполагает выпуск электромобилей.", set()),
        # musts: a level of states beside a firm's deal
        ("Индийская Reliance и японская SoftBank создали предприятие. Индия и Япония остаются "
         "стратегическими партнёрами.", {("state/IND", "state/JPN", "стратегическое партнерство")}),
        ("Стратегическое партнёрство Египта и Турции открывает рынки для компаний.",
         {("state/EGY", "state/TUR", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_level_of_firms_is_no_level_of_states(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-06-15"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a diplomatic mission lowered to a chargé d'affaires: a downgrade of the relations
        ("Колумбия понизила уровень дипломатического представительства в Израиле до "
         "временного поверенного в делах.", {("state/COL", "state/ISR", DOWNGRADED)}),
        ("Боливия понизила уровень дипломатического представительства с Израилем до уровня "
         "временного поверенного в делах.", {("state/BOL", "state/ISR", DOWNGRADED)}),
        ("Китай понизил уровень дипломатического представительства в Литве до поверенного в "
         "делах.", {("state/CHN", "state/LTU", DOWNGRADED)}),
        ("Чили понизила уровень дипломатического представительства в Израиле до временного "
         "поверенного в делах, сообщил МИД Чили.", {("state/CHL", "state/ISR", DOWNGRADED)}),
        # must-nots: threatened, possible or refused, raised, of no chargé, of a trade office
        ("Колумбия пригрозила понизить уровень дипломатического представительства в Израиле до "
         "поверенного в делах.", set()),
        ("Колумбия может понизить уровень дипломатического представительства в Израиле до "
         "поверенного в делах.", set()),
        ("Колумбия не стала понижать уровень дипломатического представительства в Израиле до "
         "поверенного в делах.", set()),
        ("Колумбия повысила уровень дипломатического представительства в Израиле до посла.",
         set()),
        ("Колумбия понизила уровень торгового представительства в Израиле до поверенного.",
         set()),
        ("Эстония закрыла дипломатическое представительство в Мали.", set()),
    ],
)  # fmt: skip
def test_a_mission_lowered_to_a_charge_is_a_downgrade(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-06-15"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "мы" the subject of a level in a leader's quote: the report's pair
        ("Премьер-министр Вьетнама Фам Минь Тинь провёл переговоры с премьер-министром "
         "Австралии Энтони Албанизи. «Сегодня мы — всеобъемлющие стратегические партнёры, и это "
         "налагает на нас особую ответственность», — заявил Фам Минь Тинь журналистам.",
         {("state/AUS", "state/VNM", "всеобъемлющее стратегическое партнерство")}),
        ("Президент Кении Уильям Руто принял в Найроби премьер-министра Эфиопии Абия Ахмеда. "
         "«Мы являемся стратегическими партнёрами», — сказал Руто.",
         {("state/ETH", "state/KEN", "стратегическое партнерство")}),
        # must-nots: a report of three states, a level wished for or of a past decade
        ("Президент Кении Уильям Руто принял в Найроби премьер-министров Эфиопии и Сомали. «Мы "
         "— стратегические партнёры», — сказал Руто.", set()),
        ("Президент Кении Уильям Руто принял в Найроби премьер-министра Эфиопии Абия Ахмеда. "
         "«Мы хотим стать стратегическими партнёрами», — сказал Руто.", set()),
        ("Президент Кении Уильям Руто принял в Найроби премьер-министра Эфиопии Абия Ахмеда. "
         "«Мы были союзниками в 1990-е годы», — сказал Руто.", set()),
        # must-nots: "мы" of an official of a third state
        ("Президент Индонезии Прабово Субианто провёл переговоры с премьер-министром Австралии "
         "Энтони Албанизи. «Мы являемся союзниками по НАТО уже 70 лет», — сказал министр "
         "обороны Турции.", set()),
        ("Президент Кении Уильям Руто принял в Найроби премьер-министра Эфиопии Абия Ахмеда. "
         "«Мы — стратегические партнёры», — сказал президент Египта.", set()),
    ],
)  # fmt: skip
def test_we_in_a_leaders_quote_are_the_reports_pair(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-06-15"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: "наши"/"ваши" partners a verb acts on, or whose interests it defends
        ("Президент Кении Уильям Руто провёл переговоры с премьер-министром Эфиопии. «Мы "
         "поддерживаем наших союзников», — сказал Руто.", set()),
        ("После переговоров президентов Египта и Судана в Каире министр иностранных дел Египта "
         "заявил: «Мы поддерживаем наших союзников в регионе».", set()),
        ("«Мы защищаем интересы наших союзников», — заявил премьер-министр Японии после встречи "
         "с президентом Вьетнама в Ханое.", set()),
        ("Министр обороны Польши встретился с коллегой из Литвы. «Мы всегда придём на помощь "
         "нашим союзникам», — заявил он.", set()),
        # a state named "наш" partner is one
        ("«Египет — наш надёжный союзник», — заявил президент Судана.",
         {("state/EGY", "state/SDN", "союзничество")}),
        ("«Мы считаем Индию нашим стратегическим партнёром», — сказал президент Франции.",
         {("state/FRA", "state/IND", "стратегическое партнерство")}),
        ("Президент Сербии заявил, что Китай является нашим стратегическим партнёром.",
         {("state/CHN", "state/SRB", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_our_allies_a_verb_acts_on_are_unnamed(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-06-15"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a negated telling of a change says neither the change nor its opposite
        ("Сомали и Кения пока не объявили о восстановлении дипломатических отношений.", set()),
        ("МИД Катара не сообщил об установлении дипломатических отношений с Израилем.", set()),
        ("Марокко и Алжир так и не заявили о восстановлении дипломатических отношений.", set()),
        ("Саудовская Аравия и Иран пока не объявили о нормализации отношений.", set()),
        # a change told as made; relations not kept or not set up are none
        ("Марокко и Алжир заявили о восстановлении дипломатических отношений.",
         {("state/DZA", "state/MAR", "восстановление дипломатических отношений")}),
        ("Бутан не поддерживает дипломатических отношений с Китаем.",
         {("state/BTN", "state/CHN", "нет дипломатических отношений")}),
        ("Армения и Турция так и не установили дипломатических отношений.",
         {("state/ARM", "state/TUR", "нет дипломатических отношений")}),
    ],
)  # fmt: skip
def test_a_change_not_announced_is_no_level(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-06-15"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # relations "с X" in a clause "что привело к …": the side is the clause before's
        # subject, not the place in it
        ("Германия разместила войска в Литве, что привело к ухудшению отношений с Россией.",
         {("state/DEU", "state/RUS", "ухудшение отношений")}),
        ("Австралия провела учения на Филиппинах, что привело к ухудшению отношений с Китаем.",
         {("state/AUS", "state/CHN", "ухудшение отношений")}),
        ("Литва открыла торговое представительство на Тайване, что привело к ухудшению "
         "отношений с Китаем.", {("state/CHN", "state/LTU", "ухудшение отношений")}),
        ("Сербия поставила оружие в Армению, что вызвало обострение отношений с "
         "Азербайджаном.", {("state/AZE", "state/SRB", "обострение отношений")}),
        # relations the clause names both sides of keep them
        ("Канада выслала дипломатов Индии, что привело к ухудшению отношений между Индией и "
         "Канадой.", {("state/CAN", "state/IND", "ухудшение отношений")}),
        ("Швеция провела акцию у посольства Турции, после чего Турция заявила об ухудшении "
         "отношений с Ираком.", {("state/IRQ", "state/TUR", "ухудшение отношений")}),
    ],
)  # fmt: skip
def test_relations_with_a_state_in_a_clause_of_what_it_led_to(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-06-15"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a capital a first name spells only in another case is the government as a subject
        ("Ранее Ханой установил с Японией отношения стратегического партнёрства.",
         {("state/JPN", "state/VNM", "стратегическое партнерство")}),
        ("Ханой и Сеул подняли отношения до уровня всеобъемлющего стратегического партнёрства.",
         {("state/KOR", "state/VNM", "всеобъемлющее стратегическое партнерство")}),
        ("Рим и Каир восстановили дипломатические отношения.",
         {("state/EGY", "state/ITA", "восстановление дипломатических отношений")}),
        ("Афины заявили, что отношения с Анкарой остаются напряжёнными.",
         {("state/GRC", "state/TUR", "напряженные отношения")}),
        ("Дили и Канберра восстановили дипломатические отношения.",
         {("state/AUS", "state/TLS", "восстановление дипломатических отношений")}),
        # must-not: a first name in the nominative, a club's city, the name in its own case
        ("Виктория рассказала, что отношения с Индией ухудшились.", set()),
        ("«Спартак» Москва объявил о разрыве отношений с «Зенитом».", set()),
        ("Картину подарили Ханой Монтане, которая заявила, что отношения с Японией улучшились.",
         set()),
    ],
)  # fmt: skip
def test_a_capital_as_a_subject_is_its_state(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # relations that began, became or went on changing have changed
        ("Премьер-министр Индии прибыл с визитом в Пекин. Отношения двух крупнейших стран Азии "
         "начали улучшаться.", {("state/CHN", "state/IND", "улучшение отношений")}),
        ("Отношения Алжира и Франции стали ухудшаться после признания плана автономии Западной "
         "Сахары.", {("state/DZA", "state/FRA", "ухудшение отношений")}),
        ("После смены правительства отношения Польши и Венгрии продолжили ухудшаться.",
         {("state/HUN", "state/POL", "ухудшение отношений")}),
        # must-not: a start that may come, is ahead or is denied
        ("Отношения Японии и Южной Кореи могут начать улучшаться.", set()),
        ("Отношения Египта и Турции начнут улучшаться после визита президента.", set()),
        ("Отношения Индии и Китая не начали улучшаться.", set()),
    ],
)  # fmt: skip
def test_relations_that_began_to_change_have_changed(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a widened or deepened level keeps the word
        ("Индия и Франция подняли отношения до уровня расширенного стратегического партнёрства.",
         {("state/FRA", "state/IND", "расширенное стратегическое партнерство")}),
        ("Чехия и Словакия установили углублённое стратегическое партнёрство.",
         {("state/CZE", "state/SVK", "углубленное стратегическое партнерство")}),
        ("Премьер-министры Австралии и Индонезии заявили, что расширенное всеобъемлющее "
         "стратегическое партнёрство двух стран укрепляется.",
         {("state/AUS", "state/IDN", "расширенное всеобъемлющее стратегическое партнерство")}),
        # must-not: the word alone is no level, nor the verb or another noun's participle
        ("Таиланд и Лаос договорились о расширенном партнёрстве в энергетике.", set()),
        ("Япония и Филиппины расширили стратегическое партнёрство.",
         {("state/JPN", "state/PHL", "стратегическое партнерство")}),
        ("Расширенное заседание правительства Египта обсудило стратегическое партнёрство с "
         "Турцией.", {("state/EGY", "state/TUR", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_widened_level_keeps_the_word(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a state of relations held before what ended it is no level of today
        ("Саудовская Аравия и Иран после семи лет напряжённости в отношениях возобновили "
         "дипломатические связи.",
         {("state/IRN", "state/SAU", "восстановление дипломатических отношений")}),
        ("После периода напряжённости в отношениях Марокко и Алжир обменялись послами.", set()),
        ("После многолетней напряжённости в отношениях Армения и Турция открыли границу.", set()),
        ("После лет напряжённых отношений Египет и Турция восстановили дипломатические "
         "отношения.", {("state/EGY", "state/TUR", "восстановление дипломатических отношений")}),
        ("После десятилетия союзнических отношений Франция и Мали разорвали военное "
         "сотрудничество.", set()),
        # must: a tension that holds or grew after something; a change after which
        ("Напряжённость в отношениях между Арменией и Азербайджаном сохраняется после выборов.",
         {("state/ARM", "state/AZE", "напряженные отношения")}),
        ("После выборов напряжённость в отношениях Сербии и Хорватии усилилась.",
         {("state/HRV", "state/SRB", "напряженные отношения")}),
        ("После ухудшения отношений Индия и Канада выслали дипломатов.",
         {("state/CAN", "state/IND", "ухудшение отношений")}),
    ],
)  # fmt: skip
def test_a_state_held_before_what_ended_it_is_no_level(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # diplomatic links are diplomatic relations: resumed, restored or cut
        ("Саудовская Аравия и Иран возобновили дипломатические связи.",
         {("state/IRN", "state/SAU", "восстановление дипломатических отношений", "2025-05-20")}),
        ("Катар и Бахрейн восстановили дипломатические связи в 2023 году.",
         {("state/BHR", "state/QAT", "восстановление дипломатических отношений", "2023")}),
        ("Дипломатические связи между Ираном и Египтом возобновились в 2024 году.",
         {("state/EGY", "state/IRN", "восстановление дипломатических отношений", "2024")}),
        ("Марокко разорвало дипломатические связи с Ираном в 2024 году.",
         {("state/IRN", "state/MAR", "нет дипломатических отношений", "2024")}),
        ("Египет и Турция не поддерживают дипломатических связей.",
         {("state/EGY", "state/TUR", "нет дипломатических отношений", "2025-05-20")}),
        # must-nots: links of trade, transport or culture, contacts, flights; a cut threatened,
        # a restoration agreed on
        ("Индия и Канада возобновили торговые связи.", set()),
        ("Сербия и Хорватия восстановили транспортные связи.", set()),
        ("Перу и Эквадор восстановили культурные связи.", set()),
        ("Китай и Литва разорвали торговые связи.", set()),
        ("Марокко и Иран восстановили дипломатические контакты.", set()),
        ("Египет и Турция возобновили авиасообщение.", set()),
        ("Канада пригрозила разорвать дипломатические связи с Индией.", set()),
        ("Чили и Перу договорились возобновить дипломатические связи.", set()),
    ],
)  # fmt: skip
def test_diplomatic_links_are_diplomatic_relations(read, text, found):
    got = read(Document(id="t", text=text, date="2025-05-20"))
    assert {(r.state_a, r.state_b, r.level, r.date) for r in got} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a tone the relations were in with a word of former times is no tone of today
        ("Ранее отношения Перу и Боливии были напряжёнными.", set()),
        ("Когда-то отношения Ганы и Того были враждебными.", set()),
        ("До 2019 года отношения Кении и Сомали оставались натянутыми.", set()),
        # must: a tone that holds, also since a year
        ("Отношения Чили и Перу по-прежнему остаются напряжёнными.",
         {("state/CHL", "state/PER", "напряженные отношения")}),
        ("Отношения Кении и Сомали остаются натянутыми с 2019 года.",
         {("state/KEN", "state/SOM", "натянутые отношения")}),
    ],
)  # fmt: skip
def test_a_tone_of_former_times_is_no_level(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # relations warmed or cooled are a change that has come, also where the parse reads
        # the verb as a modifier of "отношения"
        ("Отношения между Ереваном и Москвой в последние годы заметно охладились.",
         {("state/ARM", "state/RUS", "охлаждение отношений")}),
        ("Отношения Японии и Китая охладились.",
         {("state/CHN", "state/JPN", "охлаждение отношений")}),
        ("Отношения Польши и Германии потеплели.",
         {("state/DEU", "state/POL", "потепление отношений")}),
        # must-nots: a change that may come or is ahead, a cooling of no relations
        ("Отношения Индии и Канады могут охладиться.", set()),
        ("Отношения Кубы и США потеплеют.", set()),
        ("Климат в Канаде охладился.", set()),
    ],
)  # fmt: skip
def test_relations_warmed_or_cooled(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the union a state is an ally in, on the ally's genitive, is no side
        ("Бразилия, союзник обеих стран по Меркосур, призвала стороны к сдержанности.", set()),
        # must: the ally's state stays its side
        ("Франция, союзник Германии по НАТО, поддержала решение.",
         {("state/DEU", "state/FRA", "союзничество")}),
    ],
)  # fmt: skip
def test_the_alliance_of_an_allys_genitive_is_no_side(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a "с" date right after the level is its since-date, wherever the parse hangs it
        ("Индия и Франция являются стратегическими партнёрами с 1998 года, напомнил Макрон, "
         "прибывший в Нью-Дели.", "1998"),
        # must-not: a date of another preposition is the report's
        ("Индия и Франция являются стратегическими партнёрами, напомнил Макрон, прибывший "
         "с визитом в 1998 году в Нью-Дели.", "2025-04-02"),
    ],
)  # fmt: skip
def test_a_since_date_right_after_the_level(read, text, date):
    (r,) = read(Document(id="t", text=text, date="2025-04-02"))
    assert r.date == date


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a war a change came after or from, or one of a relative clause, is not its time
        ("Отношения Турции и Греции, которые во время Первой мировой войны были противниками, "
         "в последние месяцы заметно улучшились.",
         {("state/GRC", "state/TUR", "улучшение отношений")}),
        ("Отношения Эфиопии и Эритреи после войны заметно улучшились.",
         {("state/ERI", "state/ETH", "улучшение отношений")}),
        ("Отношения Армении и Турции ухудшились из-за войны в Карабахе.",
         {("state/ARM", "state/TUR", "ухудшение отношений")}),
        # must-nots: a level of a war
        ("Франция и Британия стали союзниками во время войны.", set()),
        ("После войны Франция и Германия были союзниками.", set()),
    ],
)  # fmt: skip
def test_a_war_a_change_came_after_is_no_history(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a level whose only copula is a future "быть" is ahead
        ("Индия и Япония будут союзниками.", set()),
        ("Бразилия и Чили будут стратегическими партнёрами до 2030 года.", set()),
        # must: a level that was and will be, or that will go on
        ("Бразилия и Чили были и будут стратегическими партнёрами.",
         {("state/BRA", "state/CHL", "стратегическое партнерство")}),
        ("Индия и Япония будут и впредь оставаться союзниками.",
         {("state/IND", "state/JPN", "союзничество")}),
    ],
)  # fmt: skip
def test_a_level_that_will_be_is_ahead(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a past copula in an era gone by or under a ruler of then is what once was
        ("В прошлом десятилетии Египет и Судан были стратегическими партнёрами.", set()),
        ("Министр напомнил, что в прошлом десятилетии Греция и Египет были союзниками.", set()),
        ("При шахе Ирак и Кувейт считались союзниками.", set()),
        ("При прежнем президенте Бразилия и Венесуэла были стратегическими партнёрами.", set()),
        ("В былые времена Чили и Перу были союзниками.", set()),
        # must: a level reached then holds, and one under the ruler of now
        ("В прошлом десятилетии Индия и Вьетнам стали стратегическими партнёрами.",
         {("state/IND", "state/VNM", "стратегическое партнерство")}),
        ("При нынешнем президенте Бразилия и Аргентина остаются стратегическими партнёрами.",
         {("state/ARG", "state/BRA", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_level_of_an_era_gone_by_or_a_former_ruler_is_history(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a speaker's promise of a level ("Мы будем …", the copula hung on the adjective)
        ("«Мы будем надёжными союзниками Египта», — заявил президент Кипра.", set()),
        ("«Мы будем верными стратегическими партнёрами Индонезии», — заявил премьер-министр "
         "Японии.", set()),
        ("«Мы будем надёжными союзниками Сербии», — сказал премьер-министр Венгрии.", set()),
        # must: a level that was and will be, or is
        ("«Мы были и будем надёжными союзниками Египта», — заявил президент Кипра.",
         {("state/CYP", "state/EGY", "союзничество")}),
        ("«Мы остаёмся надёжными союзниками Сербии», — сказал премьер-министр Венгрии.",
         {("state/HUN", "state/SRB", "союзничество")}),
    ],
)  # fmt: skip
def test_a_speakers_promise_of_a_level_is_ahead(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an ally of "both countries" in a bloc is a fellow member, no level with either
        ("Франция, союзник обеих стран по НАТО, призвала Грецию и Турцию к диалогу.", set()),
        ("Белоруссия, союзник обеих стран по ОДКБ, призвала Армению и Киргизию к "
         "сдержанности.", set()),
        ("Германия, союзник двух стран по НАТО, призвала Польшу и Литву к единству.", set()),
        # must: an ally of a state named in the genitive, and allies of each other in a bloc
        ("Франция, союзник Италии по НАТО, призвала Грецию к диалогу.",
         {("state/FRA", "state/ITA", "союзничество")}),
        ("Польша и Литва являются союзниками по НАТО.",
         {("state/LTU", "state/POL", "союзничество")}),
    ],
)  # fmt: skip
def test_an_ally_of_both_countries_in_a_bloc_is_no_level(read, text, found):
    assert levels(read(Document(id="t", text=text, date="2025-04-02"))) == found


ATHENS = "Премьер-министр Греции посетил Никосию. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alliance between two states needs no level adjective
        ("Президент Греции встретился с президентом Кипра. «Альянс между двумя нашими странами "
         "сегодня сильнее, чем когда-либо», — заявил он.",
         {("state/CYP", "state/GRC", "альянс")}),
        (ATHENS + "Альянс между Грецией и Кипром остаётся нерушимым, подчеркнул он.",
         {("state/CYP", "state/GRC", "альянс")}),
        # must-not: a bloc, firms, history, a plan of many; a level said impossible
        (ATHENS + "Стороны обсудили расширение Северо-Атлантического альянса.", set()),
        (ATHENS + "Альянс между компаниями Aegean и Cyprus Airways распался.", set()),
        (ATHENS + "Он напомнил, что альянс между Грецией и Кипром сложился во время Второй "
         "мировой войны.", set()),
        (ATHENS + "Греция и Кипр обсудили создание альянса между странами Средиземноморья.",
         set()),
        (ATHENS + "Альянс между Грецией и Кипром невозможен, заявил он.", set()),
        ("Премьер-министр Греции посетил Анкару. Стратегическое партнёрство между Грецией и "
         "Турцией невозможно, заявил он.", set()),
        ("Премьер-министр Греции посетил Анкару. Стратегическое партнёрство между Грецией и "
         "Турцией исключено.", set()),
        # "невозможно" of a deed or a condition keeps the level (review34)
        ("Президент Египта посетил Эр-Рияд. Стратегическое партнёрство Египта и Саудовской "
         "Аравии невозможно переоценить.",
         {("state/EGY", "state/SAU", "стратегическое партнерство")}),
        ("Премьер Индии прибыл в Вашингтон. Стратегическое партнёрство между Индией и США "
         "невозможно без доверия.", {("state/IND", "state/USA", "стратегическое партнерство")}),
        # an alliance of parties or firms of two states is none of theirs (review34)
        (ATHENS + "Альянс между правящими партиями Греции и Кипра укрепляется.", set()),
        (ATHENS + "Альянс между университетами Греции и Кипра расширяется.", set()),
    ],
)  # fmt: skip
def test_an_alliance_between_two_states_and_a_level_said_impossible(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an anniversary of a change tells a change long past, none of now
        ("Монголия и Ямайка отметили 30-летие восстановления дипломатических отношений.", set()),
        ("Монголия и Ямайка отметили 10-летие нормализации отношений.", set()),
        # must: the change itself, and one a time after it follows
        ("Монголия и Ямайка восстановили дипломатические отношения.",
         {("state/JAM", "state/MNG", "восстановление дипломатических отношений")}),
        ("Через год после нормализации отношений Монголия и Ямайка открыли посольства.",
         {("state/JAM", "state/MNG", "нормализация отношений")}),
    ],
)  # fmt: skip
def test_an_anniversary_of_a_change_is_no_change_of_now(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


TALKS = "Замбия и Малави провели переговоры. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state a sentence about the pair names only as a topic or a place is no side
        (TALKS + "Отношения между странами улучшились благодаря сотрудничеству по Мозамбику.",
         {("state/MWI", "state/ZMB", "улучшение отношений")}),
        (TALKS + "Стороны обсудили ситуацию в Танзании и заявили, что отношения двух "
         "стран находятся на подъёме.", {("state/MWI", "state/ZMB", "подъем отношений")}),
        # must-not: a third state the relations are with, or named as a side
        (TALKS + "Отношения между странами и Мозамбиком улучшились.", set()),
        (TALKS + "Стороны заявили, что отношения с Мозамбиком улучшились.", set()),
        (TALKS + "Стороны отметили, что отношения между Замбией и Анголой улучшились благодаря "
         "сотрудничеству по Мозамбику.", {("state/AGO", "state/ZMB", "улучшение отношений")}),
        # must-not: no pair the report settles, so the topic state stays the one side named
        ("Президент Замбии принял вице-президента Малави. Отношения между странами улучшились "
         "благодаря сотрудничеству по Мозамбику.", set()),
    ],
)  # fmt: skip
def test_a_state_named_as_a_topic_is_no_side_of_the_pair(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level ended or wound down is none; diplomatic relations ended are none held
        ("Гайана и Суринам прекратили стратегическое партнёрство.", set()),
        ("Суринам свернул стратегическое партнёрство с Гайаной.", set()),
        ("Суринам прекратил дипломатические отношения с Гайаной.",
         {("state/GUY", "state/SUR", "нет дипломатических отношений")}),
        ("Суринам объявил о прекращении дипломатических отношений с Гайаной.",
         {("state/GUY", "state/SUR", "нет дипломатических отношений")}),
        # must-not: an end threatened, possible or denied; an end of something else
        ("Суринам пригрозил прекратить дипломатические отношения с Гайаной.", set()),
        ("Суринам может прекратить дипломатические отношения с Гайаной.", set()),
        ("Суринам не прекратил дипломатические отношения с Гайаной.", set()),
        ("Гайана и Суринам свернули торговлю, но остаются стратегическими партнёрами.",
         {("state/GUY", "state/SUR", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_level_ended_or_wound_down_is_none(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level its verb says is a thing of the past is none
        ("Стратегическое партнёрство Эквадора и Колумбии осталось в прошлом.", set()),
        ("Союзничество Эквадора и Колумбии ушло в прошлое.", set()),
        # must: the past year, or something else left in the past
        ("Стратегическое партнёрство Эквадора и Колумбии укреплялось в прошлом году.",
         {("state/COL", "state/ECU", "стратегическое партнерство")}),
        ("Эквадор и Колумбия оставили разногласия в прошлом и остаются стратегическими "
         "партнёрами.", {("state/COL", "state/ECU", "стратегическое партнерство")}),
        ("Стратегическое партнёрство Эквадора и Колумбии уходит корнями в прошлое.",
         {("state/COL", "state/ECU", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_level_left_in_the_past_is_none(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state a visit or arrival goes to is the host, a side of what the guest says
        ("Египет и Иордания провели переговоры. Президент Египта, прибывший в Саудовскую "
         "Аравию, назвал отношения двух стран стратегическим партнёрством.",
         {("state/EGY", "state/SAU", "стратегическое партнерство")}),
        ("Египет и Иордания провели переговоры. Находясь с визитом в Саудовской Аравии, "
         "президент Египта заявил, что отношения между странами улучшаются.",
         {("state/EGY", "state/SAU", "улучшение отношений")}),
        ("Индия и Бангладеш подписали соглашение. Премьер Индии, прибывший на Шри-Ланку, "
         "назвал отношения двух стран стратегическим партнёрством.",
         {("state/IND", "state/LKA", "стратегическое партнерство")}),
        ("Кения и Уганда провели переговоры. Президент Кении, прибывший в Танзанию, назвал "
         "отношения двух стран стратегическим партнёрством.",
         {("state/KEN", "state/TZA", "стратегическое партнерство")}),
        # must-not: a place of talks no one visits stays beside the pair
        ("Кения и Уганда провели переговоры. Стороны обсудили ситуацию в Танзании и заявили, "
         "что отношения двух стран улучшаются.",
         {("state/KEN", "state/UGA", "улучшение отношений")}),
    ],
)  # fmt: skip
def test_the_host_of_a_visit_is_a_side_not_a_place(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cut that is not the clause's own act: long after it, voted against, a decision
        # on it cancelled, an ellipsis that spares the relations
        ("Спустя семь лет после прекращения дипломатических отношений Саудовская Аравия и "
         "Иран вновь открыли посольства.", set()),
        ("Через десять лет после прекращения дипломатических отношений Египет и Турция "
         "обменялись послами.", set()),
        ("Спустя пять лет после разрыва дипломатических отношений Катар и Бахрейн вновь "
         "открыли посольства.", set()),
        ("Парламент Литвы проголосовал против прекращения дипломатических отношений с "
         "Белоруссией.", set()),
        ("Сенат Чили проголосовал против разрыва дипломатических отношений с Никарагуа.", set()),
        # a vote for a cut is a call for it, as a vote against is a refusal: no cut made
        ("Сенат Чили проголосовал за разрыв дипломатических отношений с Никарагуа.", set()),
        ("Парламент Ганы голосует за прекращение дипломатических отношений с Того.", set()),
        ("Отмена решения о прекращении дипломатических отношений позволила Чили и Венесуэле "
         "вернуть послов.", set()),
        ("Аннулирование решения о разрыве дипломатических отношений позволило Гане и Того "
         "вернуть послов.", set()),
        ("Турция прекратила торговлю с Израилем, но не дипломатические отношения.", set()),
        ("Гана прекратила торговлю с Того, но не дипломатические отношения.", set()),
        # must: a cut a plain "после" takes as ground
        ("После прекращения дипломатических отношений Гайана отозвала посла из Суринама.",
         {("state/GUY", "state/SUR", "нет дипломатических отношений")}),
    ],
)  # fmt: skip
def test_a_cut_noun_not_the_clause_own_act_is_none(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level "в прошлом" told doing something holds; only a verb of ending makes it gone
        ("В прошлом стратегическое партнёрство Индии и Вьетнама касалось в основном обороны.",
         {("state/IND", "state/VNM", "стратегическое партнерство")}),
        ("Стратегическое партнёрство Египта и Саудовской Аравии в прошлом строилось на "
         "поставках нефти, а теперь охватывает и технологии.",
         {("state/EGY", "state/SAU", "стратегическое партнерство")}),
        ("Союзнические отношения Турции и Азербайджана в прошлом подвергались испытаниям.",
         {("state/AZE", "state/TUR", "союзнические отношения")}),
        ("Союзнические отношения Чили и Перу в прошлом строились на торговле.",
         {("state/CHL", "state/PER", "союзнические отношения")}),
        # must-not: a verb of ending
        ("Союзнические отношения Чили и Перу остались в прошлом.", set()),
    ],
)  # fmt: skip
def test_a_level_in_the_past_doing_something_holds(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an end refused, denied or negated leaves the level
        ("Сербия отказалась прекратить стратегическое партнёрство с Китаем.",
         {("state/CHN", "state/SRB", "стратегическое партнерство")}),
        ("Вьетнам опроверг слухи о сворачивании стратегического партнёрства с Индией.",
         {("state/IND", "state/VNM", "стратегическое партнерство")}),
        ("Перу отказалось прекратить стратегическое партнёрство с Чили.",
         {("state/CHL", "state/PER", "стратегическое партнерство")}),
        ("Гана опровергла слухи о сворачивании стратегического партнёрства с Того.",
         {("state/GHA", "state/TGO", "стратегическое партнерство")}),
        # a cut of diplomatic relations in a denied rumour is none held
        ("Гана опровергла слухи о разрыве дипломатических отношений с Того.", set()),
        ("Вьетнам опроверг слухи о прекращении дипломатических отношений с Индией.", set()),
        # must-not: an end made or announced
        ("Перу прекратило стратегическое партнёрство с Чили.", set()),
        ("Гана объявила о сворачивании стратегического партнёрства с Того.", set()),
    ],
)  # fmt: skip
def test_a_level_whose_end_is_refused_or_denied_holds(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated main verb above the cut is no refusal of it: the cut is told
        ("Эксперты не исключают, что Индия приостановила стратегическое партнёрство с Россией "
         "из-за санкций.", set()),
        ("Никто не удивился, что Бразилия свернула стратегическое партнёрство с Венесуэлой.",
         set()),
        ("Индия не скрывала, что приостановила стратегическое партнёрство с Ираном.", set()),
        # a cut hung on a refusal as its time ("после …") is no refused cut
        ("Вьетнам отказался от участия в учениях после приостановки стратегического "
         "партнёрства с Китаем.", set()),
        ("Египет отказался от участия в саммите после прекращения стратегического партнёрства "
         "с Эфиопией.", set()),
        # must: the cut itself negated, or refused as the governor's object
        ("Гана не прекратила стратегическое партнёрство с Того.",
         {("state/GHA", "state/TGO", "стратегическое партнерство")}),
        ("Чили не стали сворачивать стратегическое партнёрство с Перу.",
         {("state/CHL", "state/PER", "стратегическое партнерство")}),
        ("Гана отказалась от прекращения стратегического партнёрства с Того.",
         {("state/GHA", "state/TGO", "стратегическое партнерство")}),
    ],
)  # fmt: skip
def test_a_cut_under_a_negated_or_refusing_verb_not_of_it_is_made(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cut "на" which a negated "пойти" governs is refused: the level holds
        ("Чили не пойдёт на разрыв стратегического партнёрства с Перу.",
         {("state/CHL", "state/PER", "стратегическое партнерство")}),
        ("Гана не пошла на приостановку стратегического партнёрства с Того.",
         {("state/GHA", "state/TGO", "стратегическое партнерство")}),
        # must-not: one gone for is made
        ("Гана пошла на разрыв стратегического партнёрства с Того.", set()),
    ],
)  # fmt: skip
def test_a_cut_a_negated_going_for_governs_is_refused(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "через/спустя … после" a cut whose clause does not restore the relations: it holds
        ("Через два дня после разрыва дипломатических отношений с Тайванем Гондурас "
         "установил отношения с Китаем.",
         {("state/HND", "state/TWN", "нет дипломатических отношений"),
          # relations of no kind states set up are diplomatic (sixty-seventh pass, h-relations69)
          ("state/CHN", "state/HND", "установление дипломатических отношений")}),
        ("Через неделю после разрыва дипломатических отношений с Катаром Саудовская Аравия "
         "закрыла границу.", {("state/QAT", "state/SAU", "нет дипломатических отношений")}),
        ("Спустя месяц после разрыва дипломатических отношений с Ираном Саудовская Аравия "
         "выслала иранских дипломатов.",
         {("state/IRN", "state/SAU", "нет дипломатических отношений")}),
        ("Спустя неделю после разрыва дипломатических отношений с Перу Чили отозвала своих "
         "дипломатов.", {("state/CHL", "state/PER", "нет дипломатических отношений")}),
        # must-not: a clause that restores them, again or by its verb
        ("Через два года после разрыва дипломатических отношений Чили и Перу снова открыли "
         "посольства.", set()),
        ("Через год после разрыва дипломатических отношений Гана и Того вернули послов.", set()),
        ("Спустя три года после разрыва дипломатических отношений Гана и Того восстановили "
         "отношения.", {("state/GHA", "state/TGO", "восстановление отношений")}),
    ],
)  # fmt: skip
def test_a_cut_some_time_before_a_clause_that_does_not_restore_holds(read, text, expected):
    assert levels(read(Document(id="t", text=text, date="2026-01-10"))) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause that restores the relations by a noun of restoring, or opens embassies or
        # names ambassadors: the cut some time before it no longer holds
        "Спустя пять лет после разрыва дипломатических отношений Чили и Перу подписали "
        "соглашение о восстановлении отношений.",
        "Через два года после разрыва дипломатических отношений Гана и Того объявили о "
        "возобновлении отношений.",
        "Через четыре года после разрыва дипломатических отношений Гана и Того открыли посольства.",
        "Спустя два года после разрыва дипломатических отношений Чили и Перу назначили послов.",
    ],
)
def test_a_cut_some_time_before_a_clause_of_restoring_words_is_none(read, text):
    found = levels(read(Document(id="t", text=text, date="2026-01-10")))
    assert not any(level == "нет дипломатических отношений" for _, _, level in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an embassy opened in a place named, a restoration rejected: the cut holds
        ("Через месяц после разрыва дипломатических отношений с Тайванем Никарагуа открыла "
         "посольство в Пекине.", ("state/NIC", "state/TWN")),
        ("Через неделю после разрыва дипломатических отношений с Катаром Бахрейн отверг "
         "восстановление отношений.", ("state/BHR", "state/QAT")),
        ("Через неделю после разрыва дипломатических отношений с Катаром Бахрейн исключил "
         "нормализацию отношений.", ("state/BHR", "state/QAT")),
    ],
)  # fmt: skip
def test_a_cut_before_a_restoring_word_not_done_holds(read, text, pair):
    found = levels(read(Document(id="t", text=text, date="2026-01-10")))
    assert (*pair, "нет дипломатических отношений") in found
