"""One body, one node, on sentences of our own about other states: a regional body named
with the "по" phrase of its region is no node of the state's body without it ("Главное
управление полиции Чили по региону Сантьяго" is not "Главное управление полиции Чили"); its
short forms with the region in the genitive ("ГУ полиции Сантьяго") are it; a name cut inside
its field's list ("Комиссия по ценным бумагам" of "… и биржам") is the whole; a clipped
compound ("Минкульт", "Погранслужба") is the one body of the text it clips; a thing's name
headed by its noun ("Международная космическая станция") is no organization; a body's noun
translated the other way ("Национальное собрание" of "Национальная ассамблея Венесуэлы") is
the known body. With must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import org_reader

# no rows of our own: the shipped links table (Q953944, Q172025) is read beside them
ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
"""


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


SANTIAGO = ("Главное управление полиции Чили по региону Сантьяго", "")
LIMA = ("Управление МВД Перу по Лиме", "")
SEC = ("Комиссия по ценным бумагам и биржам", "Q953944")
CULTURE = ("Министерство культуры Эстонии", "")
BORDER = ("Пограничная служба Чили", "")

CASES = [
    # a regional body: the state's body without the region is no mention of its own
    (
        "Глава Главного управления полиции Чили по региону Сантьяго уволен.",
        {"Главного управления полиции Чили по региону Сантьяго": SANTIAGO},
    ),
    # its short forms, the region in the genitive and "ГУ" for "Главное управление"
    (
        "Глава Главного управления полиции Чили по региону Сантьяго уволен. "
        "Ранее ГУ полиции Сантьяго проверила прокуратура.",
        {
            "Главного управления полиции Чили по региону Сантьяго": SANTIAGO,
            "ГУ полиции Сантьяго": SANTIAGO,
            "полиции Сантьяго": SANTIAGO,
        },
    ),
    # must not: the state's ministry named inside the regional body's name stays the ministry
    (
        "Сотрудники Управления МВД Перу по Лиме задержали троих. МВД Перу подтвердило это.",
        {
            "Управления МВД Перу по Лиме": LIMA,
            "МВД Перу": ("Министерство внутренних дел Перу", ""),
        },
    ),
    # must not: a field that is no place keeps the body without it ("Сборная Чили")
    (
        "Сборная Чили по футболу проиграла. Сборная Чили вернулась домой.",
        {
            "Сборная Чили по футболу": ("Сборная Чили по футболу", "Q172025"),
            "Сборная Чили": ("Сборная Чили по футболу", "Q172025"),
        },
    ),
    # a name cut inside its field's list is the whole
    (
        "Комиссия по ценным бумагам и биржам оштрафовала банк. "
        "Комиссия по ценным бумагам заявила, что банк скрыл убытки.",
        {"Комиссия по ценным бумагам и биржам": SEC, "Комиссия по ценным бумагам": SEC},
    ),
    # clipped compounds: the one body of the text they clip
    (
        "Министерство культуры Эстонии выделило грант. Минкульт сообщил, что деньги получат "
        "театры.",
        {"Министерство культуры Эстонии": CULTURE, "Минкульт": CULTURE},
    ),
    (
        "Пограничная служба Чили задержала судно. Сотрудники Погранслужбы нашли груз.",
        {"Пограничная служба Чили": BORDER, "Погранслужбы": BORDER},
    ),
]

# a body's noun translated the other way ("собрание" for "ассамблея") is the known body;
# must not: another state's body of the noun
ASSEMBLIES = [
    (
        "Национальное собрание Венесуэлы отложило заседание. "
        "Национальная ассамблея соберётся в пятницу.",
        {
            "Национальное собрание Венесуэлы": ("Национальная ассамблея Венесуэлы", "Q1585014"),
            "Национальная ассамблея": ("Национальная ассамблея Венесуэлы", "Q1585014"),
        },
    ),
    (
        "Национальное собрание Эквадора отложило заседание.",
        {"Национальное собрание Эквадора": ("Национальное собрание Эквадора", "")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASSEMBLIES)
def test_a_body_translated_otherwise_is_the_known_one(orgs, text: str, expected: dict) -> None:  # noqa: ANN001
    assert orgs(text) == expected


# a thing's name headed by its noun after adjectives is no organization; must not: with the
# body's words after the noun
THINGS = [
    ("Астронавт Канады прибыл на Международную космическую станцию.", set()),
    ("Астронавт Перу провёл полгода на Орбитальной научной станции.", set()),
    ("Врачи Станции скорой помощи Лимы приехали на вызов.", {"Станции скорой помощи Лимы"}),
]


@pytest.mark.parametrize(("text", "expected"), THINGS)
def test_a_things_name_is_no_organization(orgs, text: str, expected: set) -> None:  # noqa: ANN001
    assert set(orgs(text)) == expected


# must not: a clipped name with no body of the text it clips, or two
NOT_JOINED = [
    (
        "Министерство обороны Эстонии выделило грант. Минкульт сообщил о театрах.",
        "Минкульт",
        "Министерство обороны Эстонии",
    ),
    (
        "Министерство культуры Эстонии и Министерство культуры Латвии подписали план. "
        "Минкульт сообщил о театрах.",
        "Минкульт",
        "Министерство культуры Эстонии",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_body_is_one_node_whatever_form_names_it(orgs, text: str, expected: dict) -> None:  # noqa: ANN001
    found = orgs(text)
    assert {k: v for k, v in found.items() if k in expected} == expected
    assert set(found) - set(expected) <= {"Перу", "Чили", "Египта"}


@pytest.mark.parametrize(("text", "clipped", "other"), NOT_JOINED)
def test_a_clipped_name_joins_no_other_body(orgs, text: str, clipped: str, other: str) -> None:  # noqa: ANN001
    found = orgs(text)
    assert found.get(clipped, ("", ""))[0] != found[other][0]
