"""An organization's abbreviation and its full name in one document are one node (issue 8
items 6 and 7): initials by Russian rules, in brackets or not, before or after the name,
Latin ones too, the full name's QID for both; and a capital after an institution's number
or a city's body is the city, not its state. On sentences of our own about other states,
with must-nots: initials two names share, a state's abbreviation, a known abbreviation
of another organization, no join across documents."""

from __future__ import annotations

import pytest
from gazetteer_runs import mention_reader, shipped_reader

from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry, resolve

JOINED = [
    # in brackets after the name, and bare after it
    (
        "Народная партия Кении (НПК) объявила о поддержке соглашения с Эфиопией. Лидер НПК "
        "заявил, что договор укрепит границу.",
        "НПК",
        "Народная партия Кении",
    ),
    # bare, before the name
    (
        "Лидер НПК встретился с послом Эфиопии. Позже Народная партия Кении опубликовала "
        "заявление.",
        "НПК",
        "Народная партия Кении",
    ),
    # a hyphenated word gives each part's letter
    (
        "Социал-демократическая партия Дании победила на выборах. Лидер СДПД пообещал укреплять "
        "связи с Норвегией.",
        "СДПД",
        "Социал-демократическая партия Дании",
    ),
    # Latin initials of a company
    (
        "Перуанская компания Andes Mining Corporation подписала контракт с Чили. По данным AMC, "
        "поставки начнутся в мае.",
        "AMC",
        "Andes Mining Corporation",
    ),
    # the state's name closing a ministry's name may be left out
    (
        "Министерство экономического развития Чили (МЭР) представило доклад о торговле с Перу. В "
        "МЭР считают, что товарооборот вырастет.",
        "МЭР",
        "Министерство экономического развития Чили",
    ),
    # one the tagger leaves untagged is a mention of it
    (
        "Межамериканский банк развития выделит Перу кредит. Средства МБР пойдут на дороги к "
        "границе с Чили.",
        "МБР",
        "Межамериканский банк развития",
    ),
    # not initials: the one it was put in brackets after
    (
        "Турецкое агентство по сотрудничеству и координации (ТИКА) открыло офис в Египте. Глава "
        "ТИКА встретился с министром.",
        "ТИКА",
        "Турецкое агентство по сотрудничеству и координации",
    ),
    # two organizations of alike initials: each abbreviation its own
    (
        "Бразильская ассоциация экспортёров (БАЭ) и Аргентинская ассоциация экспортёров (ААЭ) "
        "подписали меморандум. Глава БАЭ назвал его историческим.",
        "БАЭ",
        "Бразильская ассоциация экспортёров",
    ),
]

APART = [
    # must not: initials two organizations of the text share
    (
        "Союз промышленников Перу и Совет предпринимателей Перу встретились с чилийской "
        "делегацией. Представитель СПП назвал встречу полезной.",
        "СПП",
    ),
    # must not: an abbreviation alone, with no full name in the text
    ("Лидер НПК выступил в Найроби. По словам политика, Кения готова к переговорам.", "НПК"),
]

STATES = [
    # must not: a state's abbreviation stays the state, whatever organization shares its letters
    ("Комитет независимых депутатов Румынии осудил ракетные испытания КНДР.", "КНДР"),
    (
        "Союз шахтёров Америки поддержал пошлины. США ввели новые пошлины на сталь из Бразилии.",
        "США",
    ),
]


@pytest.fixture(scope="module")
def read():
    return shipped_reader()


def _entities(mentions, text: str) -> set[str]:
    return {m.entity for m in mentions if m.text == text}


@pytest.mark.parametrize(("text", "abbreviation", "full"), JOINED)
def test_an_abbreviation_joins_its_full_name(read, text: str, abbreviation: str, full: str):
    mentions = read(text)
    assert _entities(mentions, abbreviation) == _entities(mentions, full) != set()


@pytest.mark.parametrize(("text", "abbreviation"), APART)
def test_an_abbreviation_stays_apart(read, text: str, abbreviation: str) -> None:
    mentions = read(text)
    own = _entities(mentions, abbreviation)
    others = {m.entity for m in mentions if m.text != abbreviation}
    assert len(own) == 1 and not own & others


@pytest.mark.parametrize(("text", "abbreviation"), STATES)
def test_a_state_abbreviation_stays_the_state(read, text: str, abbreviation: str) -> None:
    assert {m.type for m in read(text) if m.text == abbreviation} == {"State"}


CAPITALS = [
    # a capital after an institution's number is the city: a word of the institution's name
    (
        "Пациенты больницы № 3 Джакарты получили помощь от вьетнамских врачей.",
        "Джакарты",
        "больницы № 3 Джакарты",
    ),
    ("Ученики школы № 12 Осло посетили Копенгаген.", "Осло", None),
    # after a city's police or municipality
    ("Полиция Джакарты задержала гражданина Вьетнама.", "Джакарты", "Полиция Джакарты"),
    ("Муниципалитет Осло выделил средства на обмен студентами с Данией.", "Осло", None),
]


@pytest.mark.parametrize(("text", "capital", "org"), CAPITALS)
def test_a_capital_after_an_institution_is_the_city(
    read, text: str, capital: str, org: str | None
) -> None:
    mentions = read(text)
    assert not [m for m in mentions if m.text == capital and m.type == "State"]
    assert org is None or org in {m.text for m in mentions if m.type == "Organization"}


def test_a_capital_as_its_government_stays_the_state(read) -> None:
    """Must not: a capital standing for its government ("Джакарта заявила")."""
    mentions = read("Джакарта заявила протест Вьетнаму.")
    assert [m.type for m in mentions if m.text == "Джакарта"] == ["State"]


ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q7300001\tНародная партия Кении\t\t\tQ7300001
org\torg/Q7300002\tМеждународный валютный фонд\tМВФ\t\tQ7300002
"""


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    read = mention_reader(tmp_path_factory.mktemp("gaz"), ROWS)

    def go(text: str) -> dict[str, str]:
        """Each organization mention's text → its entity's QID."""
        return {m.text: e.wikidata for m, e in read(text) if m.type == "Organization"}

    return go


def test_an_abbreviation_takes_the_full_name_qid(linked) -> None:
    found = linked("Народная партия Кении провела съезд. Лидер НПК выступил в Найроби.")
    assert found["НПК"] == found["Народная партия Кении"] == "Q7300001"


def test_no_known_abbreviation_gives_its_qid_to_another_name(linked) -> None:
    """Must not: a known abbreviation of another organization lends the name its QID."""
    found = linked("Международный водный форум открылся в Перу. Делегаты МВФ обсудили засуху.")
    assert found.get("Международный водный форум", "") == ""


def test_no_join_across_documents(tmp_path) -> None:
    """Must not: an abbreviation alone in one text is not another text's full name."""
    nlp, registry = build_pipeline(), Registry(Gazetteer.load())
    texts = ["Народная партия Кении (НПК) провела съезд.", "Лидер НПК выступил в Найроби."]
    found = [
        resolve(nlp(text), Document(id=f"d{n}", text=text), registry)[1]
        for n, text in enumerate(texts)
    ]
    assert _entities(found[1], "НПК").isdisjoint(_entities(found[0], "Народная партия Кении"))
