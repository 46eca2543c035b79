"""Talks whose "между X и Y" the parser hung on a noun of their topic ("Переговоры о
прекращении огня между …": on "огня") are X's and Y's where the talks' own words name no side;
a meeting "с X и Y" read as two keeps in each only its own partner's state and the host's; a
bare "Конго" in a text that names neither Congo otherwise is DR Congo, a river's "Конго" no
state. Seventy-second pass, sentences of our own (h-events278)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2026-12-07"


@pytest.mark.parametrize(
    ("text", "kind", "states"),
    [
        (
            "В Дохе прошли переговоры по обмену пленными между Арменией и Азербайджаном.",
            "Talks",
            {"state/ARM", "state/AZE"},
        ),
        (
            "Встреча по вопросам делимитации границы между Киргизией и Таджикистаном прошла "
            "в Бишкеке.",
            "Meeting",
            {"state/KGZ", "state/TJK"},
        ),
        (
            "Переговоры о прекращении огня между Эфиопией и Эритреей прошли 4 июня в Найроби.",
            "Talks",
            {"state/ETH", "state/ERI"},
        ),
        # a side of no state adds none: the state alone
        (
            "Переговоры о перемирии между талибами и Пакистаном прошли в Стамбуле.",
            "Talks",
            {"state/PAK"},
        ),
    ],
)
def test_sides_between_in_the_topic(events, text: str, kind: str, states: set[str]) -> None:
    (talks,) = of_kind(events(text, DAY), kind)
    assert set(talks.participants) == states


def test_talks_with_sides_of_their_own_keep_them(events) -> None:
    # must-not: talks whose own words name their sides take none the topic names
    text = (
        "Министр иностранных дел Турции провёл переговоры с министром иностранных дел Катара "
        "о конфликте между Израилем и Ираном."
    )
    (talks,) = of_kind(events(text, DAY), "Talks")
    states = {k for k in talks.participants if k.startswith("state/")}
    assert states == {"state/TUR", "state/QAT"}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Министр иностранных дел Бразилии Мауро Виейра провёл встречу с министром "
            "иностранных дел Аргентины Херардо Вертейном и министром иностранных дел Перу "
            "Эльмером Шиалером.",
            ["state/ARG", "state/PER"],
        ),
        (
            "Президент Кении Уильям Руто встретился с президентом Уганды Йовери Мусевени и "
            "президентом Танзании Самией Сулуху Хассан в Аруше.",
            ["state/UGA", "state/TZA"],
        ),
    ],
)
def test_each_meeting_keeps_its_own_partner(events, text: str, met: list[str]) -> None:
    meetings = of_kind(events(text, DAY), "Meeting")
    assert len(meetings) == 2
    for meeting in meetings:
        states = {k for k in meeting.participants if k.startswith("state/")}
        assert len(states & set(met)) == 1 and len(states) == 2


def test_two_met_of_one_state_keep_it(events) -> None:
    # must-not: two persons of one state met one after another each keep that state
    text = (
        "Президент Кении Уильям Руто встретился с президентом Уганды Йовери Мусевени и "
        "министром иностранных дел Уганды Одонго Джеджем."
    )
    meetings = of_kind(events(text, DAY), "Meeting")
    assert len(meetings) == 2
    for meeting in meetings:
        states = {k for k in meeting.participants if k.startswith("state/")}
        assert states == {"state/KEN", "state/UGA"}


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Министры иностранных дел Конго и Уганды провели переговоры в Кампале.",
            {"state/COD", "state/UGA"},
        ),
        (
            "Встреча делегаций Бурунди и Конго прошла в Аруше.",
            {"state/BDI", "state/COD"},
        ),
    ],
)
def test_a_bare_congo_is_dr_congo(events, text: str, states: set[str]) -> None:
    (event,) = [e for e in events(text, DAY) if e.kind in {"Talks", "Meeting"}]
    assert set(event.participants) >= states


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # must-not: a bare "Конго" after the Republic is the Republic; a river no state
        (
            "Президент Республики Конго прибыл в Анголу. Конго и Ангола подписали соглашение.",
            "state/COG",
        ),
        ("Президент Уганды осмотрел порт на реке Конго.", ""),
        ("ДРК и Уганда закрыли границу. Паром затонул на реке Конго.", ""),
    ],
)
def test_congo_otherwise(analyse, text: str, state: str) -> None:
    from kg.model import Document

    ctx = analyse(Document(id="t", text=text, date=DAY))
    bare = [m for m in ctx.mentions if m.type == "State" and m.text == "Конго"]
    assert {m.entity for m in bare} == ({state} if state else set())
