"""Gazetteer persons by office titles (forty-first pass, h-links70; own sentences).

A title of an organization's office with no name beside it ("Генсек ООН заявил", "глава
Еврокомиссии"), whose holder changes, links a gazetteer person only where the gazetteer
gives that person a term of that office at the document's date: the text may have named a
past holder with it ("Первый генеральный секретарь ООН Трюгве Ли"), and an undated text
links no gazetteer person by such a title alone. A person only the text knows is still
the one the title repeats.

"Председатель правительства России X" is the office the gazetteer lists as
"премьер-министр" (or "канцлер"): a surname alone beside it links the person the gazetteer
gives a term of a head of government's office, of that state where the title names one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gazetteer_runs import shipped_reader

from kg.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def read() -> Callable[[str, str], dict[str, str]]:
    gazetteer = Gazetteer.load()
    readers: dict[str, Callable] = {}

    def go(date: str, text: str) -> dict[str, str]:
        """Each person mention's text → its gazetteer person's key, else ""."""
        run = readers.setdefault(date, shipped_reader(date))
        return {
            text[m.start : m.end]: m.entity if gazetteer.person(m.entity) else ""
            for m in run(text)
            if m.type == "Person"
        }

    return go


LIE = (
    "Первый генеральный секретарь ООН Трюгве Ли посетил Лиму в 1950 году. Генсек ООН "
    "заявил в среду, что спор между Чили и Перу должен быть урегулирован."
)
GUTERRES = (
    "Генеральный секретарь ООН Антониу Гутерриш прибыл в Лиму. Генсек ООН заявил, что спор "
    "между Чили и Перу должен быть урегулирован."
)
BAN = (
    "Генсек ООН Пан Ги Мун прибыл в Лиму. Генсек ООН заявил, что спор между Чили и Перу "
    "должен быть урегулирован."
)
JUNCKER = (
    "Глава Еврокомиссии Жан-Клод Юнкер прибыл в Таллин. Глава Еврокомиссии заявил, что "
    "Эстония и Латвия выполняют обязательства."
)
AMANO = (
    "Глава МАГАТЭ Юкия Амано посетил Каир. Глава МАГАТЭ заявил в среду, что Египет выполняет "
    "обязательства."
)


@pytest.mark.parametrize(
    ("date", "text", "title", "key"),
    [
        # the holder the gazetteer gives a term of that office at the date
        ("2024-05-01", GUTERRES, "Генсек ООН", "person/antonio-guterres"),
        ("2010-05-01", BAN, "Генсек ООН", "person/ban-ki-moon"),
        # the term of the body the title names by another name ("председатель Европейской
        # комиссии" of the EU), a head noun for its office
        ("2016-05-01", JUNCKER, "Глава Еврокомиссии", "person/jean-claude-juncker"),
    ],
)  # fmt: skip
def test_an_organizations_title_links_its_holder_then(read, date, text, title, key) -> None:  # noqa: ANN001
    assert read(date, text).get(title) == key


@pytest.mark.parametrize(
    ("date", "text", "title"),
    [
        # a past holder the text names with the title
        ("2024-05-01", LIE, "Генсек ООН"),
        ("", LIE, "Генсек ООН"),
        ("2024-05-01", BAN, "Генсек ООН"),
        ("2022-05-01", JUNCKER, "Глава Еврокомиссии"),
        # an undated text: no gazetteer person by the title alone
        ("", GUTERRES, "Генсек ООН"),
    ],
)  # fmt: skip
def test_an_organizations_title_links_no_one_out_of_term(read, date, text, title) -> None:  # noqa: ANN001
    assert read(date, text).get(title) is None


def test_a_person_only_the_text_knows_keeps_the_title() -> None:
    """must-not: the gate is on gazetteer persons; one the text alone names is repeated."""
    run = shipped_reader("")
    assert [AMANO[m.start : m.end] for m in run(AMANO) if m.type == "Person"] == [
        "Юкия Амано",
        "Глава МАГАТЭ",
    ]


@pytest.mark.parametrize(
    ("date", "text", "name", "key"),
    [
        ("2015-05-01", "Председатель правительства России Медведев прибыл в Ригу на "
         "переговоры с Латвией.", "Медведев", "person/Q23530"),
        ("2015-05-01", "Председатель правительства Медведев прибыл в Ригу на переговоры с "
         "Латвией.", "Медведев", "person/Q23530"),
        ("2015-05-01", "Председатель правительства Германии Меркель прибыла в Мехико на "
         "переговоры с Канадой.", "Меркель", "person/Q567"),
        # neighbour: the gazetteer's own name of the office, as before
        ("2015-05-01", "Премьер-министр Медведев прибыл в Ригу на переговоры с Латвией.",
         "Медведев", "person/Q23530"),
    ],
)  # fmt: skip
def test_a_head_of_governments_other_name_links(read, date, text, name, key) -> None:  # noqa: ANN001
    assert read(date, text).get(name) == key


@pytest.mark.parametrize(
    ("date", "text", "name"),
    [
        # must not: another state's head of government
        ("2015-05-01", "Председатель правительства Эстонии Медведев прибыл в Ригу.",
         "Медведев"),
        # must not: a chairman of anything, no head of government
        ("2015-05-01", "Председатель Медведев прибыл в Ригу на переговоры с Латвией.",
         "Медведев"),
        ("2015-05-01", "Председатель совета директоров Медведев прибыл в Ригу.", "Медведев"),
    ],
)  # fmt: skip
def test_a_head_of_governments_other_name_of_no_one_then(read, date, text, name) -> None:  # noqa: ANN001
    assert read(date, text).get(name) == ""


@pytest.mark.parametrize(
    ("date", "text", "name", "key"),
    [
        # a surname alone beside another state's own office: a namesake, not the office
        # holder the gazetteer gives terms of other states only
        ("2015-05-01", "Премьер-министр Эстонии Медведев прибыл в Ригу.", "Медведев", ""),
        ("2015-05-01", "Глава МИД Эстонии Лавров прибыл в Ригу.", "Лавров", ""),
        # must-not: the state the gazetteer gives the term of; one the text names in full
        ("2015-05-01", "Премьер-министр России Медведев прибыл в Ригу.", "Медведев",
         "person/Q23530"),
        ("2019-05-01", "Президент США Трамп прибыл в Мехико на переговоры с Канадой.", "Трамп",
         "person/Q22686"),
        ("2015-05-01", "Дмитрий Медведев прибыл в Ригу. Позже премьер-министр Эстонии Медведев "
         "заявил, что переговоры прошли успешно.", "Медведев", "person/Q23530"),
    ],
)  # fmt: skip
def test_a_surname_beside_another_states_office(read, date, text, name, key) -> None:  # noqa: ANN001
    assert read(date, text).get(name) == key
