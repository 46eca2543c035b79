"""The term a relative clause on the holder tells of the title beside the name ("Премьер-
министр Польши X, которая занимала этот пост до 2017 года"): it ends or starts that office,
past where it ended before the document's date, and then no office of the person's; not a
clause of another post or body, nor a denied one (h-offices62, the fifty-first pass; own
sentences about Poland, Chile, Kenya, Peru, Lithuania). A point year of a past holding
("Президент Кении X, который занимал этот пост в 2019 году") is the year the office was
held, a past one; not in a present verb, the document's own year, a year of the main verb
(h-offices63, the fifty-second pass; own sentences about Kenya–Uganda, Israel–Jordan,
Lithuania–Poland: `POINT_YEARS`)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

FIELDS = ("office", "start", "end", "past")
CASES = [
    ("Премьер-министр Польши Беата Шидло, которая занимала этот пост до 2017 года, ранее "
     "называла соглашение ошибкой.",
     "Шидло", {("премьер-министр", "", "2017", True)}),
    ("Президент Чили Мишель Бачелет, которая занимала эту должность до 2018 года, заявила о "
     "поддержке.",
     "Бачелет", {("президент", "", "2018", True)}),
    ("Премьер-министр Кении Раила Одинга, который возглавлял правительство в 2008–2013 годах, "
     "посетил Уганду.",
     "Одинга", {("премьер-министр", "2008", "2013", True)}),
    ("Президент Перу Педро Кастильо, который руководил страной с 2021 по 2022 год, остаётся под "
     "арестом.",
     "Кастильо", {("президент", "2021", "2022", True)}),
    # must not: a current holding that starts, another post, another body, a denied holding
    ("Премьер-министр Польши Матеуш Моравецкий, который занимает этот пост с 2017 года, посетил "
     "Литву.",
     "Моравецкий", {("премьер-министр", "2017", "", False)}),
    ("Премьер-министр Польши Беата Шидло, которая занимала пост министра обороны до 2017 года, "
     "посетила Литву.",
     "Шидло", {("премьер-министр", "", "", False)}),
    ("Президент Кении Ухуру Кениата, который возглавлял правительство в 2013–2022 годах, посетил "
     "Уганду.",
     "Кениата", {("президент", "", "", False)}),
    ("Премьер-министр Литвы Ингрида Шимоните, которая не занимала этот пост до 2020 года, "
     "посетила Польшу.",
     "Шимоните", {("премьер-министр", "", "", False)}),
]  # fmt: skip
POINT_YEARS = [
    ("Президент Кении Ухуру Кениата, который занимал этот пост в 2019 году, посетил Уганду.",
     "Кениата", {("президент", "2019", "2019", True)}),
    ("Премьер-министр Израиля Нафтали Беннет, который возглавлял правительство в 2022 году, "
     "посетил Иорданию.",
     "Беннет", {("премьер-министр", "2022", "2022", True)}),
    ("Президент Литвы Даля Грибаускайте, которая занимала эту должность в марте 2015 года, "
     "посетила Польшу.",
     "Грибаускайте", {("президент", "2015", "2015", True)}),
    # must not: current since a year, a present verb, the document's own year, a year of the
    # main verb, another post
    ("Премьер-министр Иордании Джафар Хасан, который занимает этот пост с 2024 года, посетил "
     "Израиль.",
     "Хасан", {("премьер-министр", "2024", "", False)}),
    ("Президент Кении Уильям Руто, который занимает этот пост в 2023 году, посетил Уганду.",
     "Руто", {("президент", "", "", False)}),
    ("Президент Кении Уильям Руто, который занимал этот пост в 2026 году, посетил Уганду.",
     "Руто", {("президент", "", "", False)}),
    ("Президент Уганды Йовери Мусевени, который занимал этот пост, в 2019 году посетил Кению.",
     "Мусевени", {("президент", "", "", False)}),
    ("Премьер-министр Иордании Бишер Хасауна, который занимал пост министра иностранных дел в "
     "2017 году, посетил Израиль.",
     "Хасауна", {("премьер-министр", "", "", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES + POINT_YEARS)
def test_office_clause_terms(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """The title's office, dated and past as the relative clause tells it."""
    ex = extraction_of(text, "2026-03-10", "offices")
    assert text_holdings(ex, surname, FIELDS) == expected


PERSONS = [
    (CASES[0][0], "Беата Шидло", ("", "state/POL")),
    (CASES[2][0], "Раила Одинга", ("", "state/KEN")),
    # must not: a current term, another post's clause keep the title's office
    (CASES[4][0], "Матеуш Моравецкий", ("премьер-министр", "state/POL")),
    (CASES[5][0], "Беата Шидло", ("премьер-министр", "state/POL")),
    (POINT_YEARS[0][0], "Ухуру Кениата", ("", "state/KEN")),
    (POINT_YEARS[1][0], "Нафтали Беннет", ("", "state/ISR")),
    (POINT_YEARS[4][0], "Уильям Руто", ("президент", "state/KEN")),
]


@pytest.mark.parametrize(("text", "name", "expected"), PERSONS)
def test_person_office_clause_ended(extraction_of, text: str, name: str, expected: tuple) -> None:  # noqa: ANN001
    """A title the clause ends is no office of the person's (`persons.office`); the state
    it served stays."""
    ex = extraction_of(text, "2026-03-10", "offices")
    (person,) = [e for e in ex.entities if e.name == name]
    assert (person.office, person.state) == expected
