"""Wikinews kinds read from news of other states: lawmakers who vote for their body, a
report or an investigation published by a named author, and a successor who takes another's
post. Sentences of our own, with cases that must fire and cases that must not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import of_kind

from kg.extract.events import Event

# text, the states the one vote read must have
VOTES = [
    # lawmakers vote for their body's state, named on them
    ("Депутаты парламента Молдавии проголосовали за резолюцию о нейтралитете.", {"state/MDA"}),
    ("Сенаторы США проголосовали за законопроект о помощи Тайваню.", {"state/USA"}),
    # counted lawmakers of no named body: the body the sentence before has as its subject
    (
        "Парламент Финляндии утвердил Петтери Орпо в должности премьер-министра. За его "
        "кандидатуру проголосовали 107 депутатов.",
        {"state/FIN"},
    ),
    (
        "Парламент Словакии выразил недоверие правительству. За отставку кабинета "
        "проголосовало большинство — 80 из 150 депутатов.",
        {"state/SVK"},
    ),
    # another state's body approving or ratifying near is no act of these lawmakers
    (
        "Сенат Чили одобрил законопроект о пенсиях. Затем 40 депутатов Аргентины "
        "проголосовали за резолюцию о Фолклендах.",
        {"state/ARG"},
    ),
    (
        "Парламент Литвы ратифицировал договор с Польшей. На следующий день 60 депутатов "
        "Латвии проголосовали за резолюцию о границе.",
        {"state/LVA"},
    ),
]


@pytest.mark.parametrize(("text", "states"), VOTES)
def test_lawmakers_vote_for_their_body(
    events: Callable[..., list[Event]], text: str, states: set[str]
) -> None:
    (vote,) = of_kind(events(text), "Vote")
    assert {p for p in vote.participants if p.startswith("state/")} == states
    assert vote.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        # people at large vote in a referendum, for no body
        "Жители Швейцарии проголосовали против запрета.",
        # a vote denied
        "Депутаты парламента Молдавии не проголосовали за резолюцию.",
        # counted lawmakers after a sentence whose subject is no body
        "Футболисты сборной Чили прилетели в Лиму. За перенос матча проголосовали 20 депутатов.",
        # lawmakers voting for an act read by itself: the ratification, the approval
        "71 сенатор США проголосовал за ратификацию договора с Японией.",
        "Сенат Чили 3 июня одобрил закон о пенсиях. За документ проголосовали 30 сенаторов.",
        # the approval of their own state's body, though they name the state
        "Сейм Польши одобрил закон о границе. За него проголосовали 300 депутатов Польши.",
    ],
)
def test_no_body_vote(events: Callable[..., list[Event]], text: str) -> None:
    assert not of_kind(events(text), "Vote")


# text, the date of the one vote: counted lawmakers of the body the sentence before tells
# acting vote at its sitting, on its day
VOTE_DAYS = [
    ("Сейм Латвии 14 сентября 2023 года утвердил Эвику Силиню в должности премьер-министра. "
     "За её кандидатуру проголосовали 53 депутата.", "2023-09-14"),
    ("Парламент Эстонии 22 июля 2024 года утвердил Кристена Михала в должности "
     "премьер-министра. За него проголосовали 52 депутата.", "2024-07-22"),
    ("Сейм Литвы 5 декабря 2024 года выразил доверие правительству Гинтаутаса Палуцкаса. "
     "За кабинет проголосовали 88 депутатов.", "2024-12-05"),
    # ... though another clause or a term in its sentence tells a time, or the vote is told
    # "через систему голосования"
    ("Сейм Латвии 14 сентября 2023 года утвердил Эвику Силиню в должности премьер-министра. "
     "За её кандидатуру проголосовали 53 депутата, в то время как 30 выступили против.",
     "2023-09-14"),
    ("Парламент Эстонии 22 июля 2024 года продлил мандат миссии в Ираке. За продление "
     "проголосовали 60 депутатов, что на год больше срока прежнего мандата.", "2024-07-22"),
    ("Сейм Литвы 5 декабря 2024 года выразил доверие правительству. За кабинет "
     "проголосовали 88 депутатов через систему электронного голосования.", "2024-12-05"),
    # must not: a vote its own sentence sets at another time is not of that day
    ("Сейм Латвии 14 сентября 2023 года обсудил законопроект. Через месяц за него "
     "проголосовали 60 депутатов.", ""),
    ("Парламент Эстонии 3 марта 2024 года обсудил законопроект. Позже за него проголосовали "
     "55 депутатов.", ""),
    ("Сейм Литвы 10 мая 2024 года обсудил законопроект. Во втором чтении за него "
     "проголосовали 80 депутатов.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), VOTE_DAYS)
def test_lawmakers_vote_on_their_bodys_day(
    events: Callable[..., list[Event]], text: str, date: str
) -> None:
    (vote,) = of_kind(events(text), "Vote")
    assert vote.date == date


# text, the participant the publication must have, its date
REPORTS = [
    (
        "Министерство иностранных дел Японии 12 марта 2024 года опубликовало доклад "
        "о ситуации в Южно-Китайском море.",
        "org/ministerstvo-inostrannykh-del-yaponii",
        "2024-03-12",
    ),
    (
        "Генеральный секретарь ООН Антониу Гутерреш 3 ноября 2023 года опубликовал доклад "
        "о положении беженцев в Судане.",
        "person/antonio-guterres",  # the gazetteer's Гутерриш (h-names94: one vowel apart)
        "2023-11-03",
    ),
    (
        "Газета The Washington Post 15 мая 2023 года опубликовала расследование "
        "о поставках оружия в Ливию.",
        "org/Q166032",
        "2023-05-15",
    ),
]


@pytest.mark.parametrize(("text", "author", "date"), REPORTS)
def test_report_published(
    events: Callable[..., list[Event]], text: str, author: str, date: str
) -> None:
    (publication,) = of_kind(events(text), "Publication")
    assert author in publication.participants
    assert (publication.date, publication.status) == (date, "occurred")


@pytest.mark.parametrize(
    "text",
    [
        # no one the text names publishes it
        "Учёные опубликовали исследование о таянии ледников в Чили.",
        "Доклад о торговле между Египтом и Турцией был опубликован в среду.",
        # not published
        "МИД Египта не опубликовал доклад о переговорах с Турцией.",
    ],
)
def test_no_report_published(events: Callable[..., list[Event]], text: str) -> None:
    assert not of_kind(events(text), "Publication")


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # one who takes the post: "он" unresolved names no one, and the one named on the
        # post left it
        ("Он сменил на посту министра обороны Перу Альберто Отаролу.", []),
        (
            "Министр финансов Чили Марио Марсель сменил на посту Андреса Веласко.",
            ["person/mario-marsel"],
        ),
    ],
)
def test_successor_not_predecessor(
    events: Callable[..., list[Event]], text: str, holders: list[str]
) -> None:
    appointed = [p for e in of_kind(events(text), "Appointment") for p in e.participants]
    assert [p for p in appointed if p.startswith("person/")] == holders
