"""A prisoner exchange ("провели обмен пленными", "обменялись заключёнными") is one Release of
both states, labelled as the exchange, dated and placed where the text tells it (a border
bridge too, whose name is no person's); the sentences after it that tell who handed over or
freed whom are that exchange, no release of their own. Not an exchange of views about
prisoners, nor talks about an exchange. Sixty-seventh pass, sentences of our own (h-events250)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, person_names, state_keys

DAY = "2026-12-07"  # a Monday


@pytest.mark.parametrize(
    ("text", "label", "date", "place", "states"),
    [
        (
            "Перу и Боливия во вторник обменялись заключёнными на мосту Десагуадеро.",
            "Обмен заключёнными между Боливией и Перу",
            "2026-12-01",
            "Десагуадеро",
            {"state/PER", "state/BOL"},
        ),
        (
            "Индия и Пакистан в пятницу провели обмен пленными на пограничном мосту Аттари.",
            "Обмен пленными между Индией и Пакистаном",
            "2026-12-04",
            "Аттари",
            {"state/IND", "state/PAK"},
        ),
        (
            "Эфиопия и Эритрея 3 декабря провели обмен заключёнными в городе Бадме.",
            "Обмен заключёнными между Эритреей и Эфиопией",
            "2026-12-03",
            "Бадме",
            {"state/ETH", "state/ERI"},
        ),
        (
            "Гватемала и Гондурас провели обмен заключёнными на пограничном мосту Симон Боливар.",
            "Обмен заключёнными между Гватемалой и Гондурасом",
            DAY,
            "Симон Боливар",
            {"state/GTM", "state/HND"},
        ),
    ],
)
def test_an_exchange_is_one_release_of_both(
    events, text: str, label: str, date: str, place: str, states: set[str]
) -> None:
    (exchange,) = of_kind(events(text, DAY), "Release")
    assert (exchange.label, exchange.date, exchange.location) == (label, date, place)
    assert state_keys(exchange) == states


@pytest.mark.parametrize(
    ("text", "label", "date"),
    [
        (
            "Армения и Азербайджан обменялись военнопленными\n\nАрмения и Азербайджан в "
            "четверг обменялись военнопленными на границе. Азербайджан вернул армянской стороне "
            "шестерых военнопленных, Армения освободила двух азербайджанских солдат.",
            "Обмен военнопленными между Азербайджаном и Арменией",
            "2026-12-03",
        ),
        (
            "Эквадор и Перу в субботу провели обмен пленными. Перу передало эквадорской стороне "
            "11 граждан Эквадора, Эквадор освободил 4 перуанцев.",
            "Обмен пленными между Перу и Эквадором",
            "2026-12-05",
        ),
    ],
)
def test_who_freed_whom_after_it_is_the_exchange(events, text: str, label: str, date: str) -> None:
    releases = of_kind(events(text, DAY), "Release")
    assert [(r.label, r.date) for r in releases] == [(label, date)]


def test_an_exchange_names_its_people_not_the_dead_beside_them(events) -> None:
    text = "Армения и Азербайджан обменялись военнопленными и телами погибших."
    (exchange,) = of_kind(events(text, DAY), "Release")
    assert exchange.label == "Обмен военнопленными между Азербайджаном и Арменией"


def test_a_bridge_name_is_no_person(extraction) -> None:
    text = "Гватемала и Гондурас провели обмен заключёнными на пограничном мосту Симон Боливар."
    assert "Симон Боливар" not in person_names(extraction(text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        # must-not: views on prisoners, talks about an exchange, an agreement to hold one
        "Министры Армении и Азербайджана обменялись мнениями о судьбе пленных.",
        "Эфиопия и Эритрея провели переговоры об обмене пленными.",
        "Эфиопия и Эритрея договорились об обмене пленными.",
    ],
)
def test_no_exchange_told(events, text: str) -> None:
    assert not of_kind(events(text, DAY), "Release")
