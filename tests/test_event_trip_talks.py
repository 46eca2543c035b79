"""Talks naming no one right after a visit by a state's title ("Президент Лаоса прибудет в
Ханой. Переговоры пройдут в резиденции вьетнамского президента"): the visit's talks, of
the visitor's and the host's states. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

# (text, (status, states) of each talks read)
CASES = [
    ("Президент Лаоса прибудет в Ханой 12 мая. Переговоры пройдут в резиденции вьетнамского "
     "президента.", [("planned", ["state/LAO", "state/VNM"])]),
    ("Президент Лаоса прибыл в Ханой. Переговоры прошли в резиденции вьетнамского президента.",
     [("occurred", ["state/LAO", "state/VNM"])]),
    ("Президент Кении посетит Эфиопию в апреле. Переговоры состоятся в резиденции эфиопского "
     "премьер-министра.", [("planned", ["state/ETH", "state/KEN"])]),
    ("Президент Аргентины посетит Чили в июне. Переговоры пройдут в президентском дворце.",
     [("planned", ["state/ARG", "state/CHL"])]),
    # must not: no visit before them, or a visit told in another tense
    ("Министр экономики Лаоса выступил на форуме. Переговоры пройдут в резиденции президента.",
     []),
    ("Президент Кении посетил Эфиопию в апреле. Переговоры пройдут в резиденции премьера.", []),
]  # fmt: skip

# must not: talks in another city, or on a day of their own (review21); (text, talks read as
# (date, states))
ELSEWHERE = [
    ("Президент Лаоса прибудет в Ханой 12 мая 2025 года. Переговоры о повышении зарплат "
     "учителей пройдут во Вьентьяне на следующей неделе.", [("2025-05", [])]),
    ("Премьер-министр Непала прибудет в Нью-Дели 3 июня 2025 года с официальным визитом.\n\n"
     "Тем временем в Катманду продолжается забастовка. Переговоры профсоюзов с руководством "
     "авиакомпании пройдут в пятницу.", []),
    ("Президент Ганы прибудет в Абуджу 10 мая 2025 года. Переговоры о торговле пройдут в "
     "Лондоне с участием министров Великобритании и Кении.", [("", ["state/GBR", "state/KEN"])]),
]  # fmt: skip


def talks_read(events, text: str, dateline: str, field: str) -> list[tuple[str, list[str]]]:
    """Each talks event of `text` as (its `field`, its states)."""
    return [
        (getattr(e, field), sorted(p for p in e.participants if p.startswith("state/")))
        for e in events(text, dateline)
        if e.kind == "Talks"
    ]


@pytest.mark.parametrize(("text", "talks"), ELSEWHERE)
def test_talks_elsewhere_are_not_the_visits(events, text: str, talks: list) -> None:
    assert talks_read(events, text, "2025-05-08", "date") == talks


@pytest.mark.parametrize(("text", "talks"), CASES)
def test_bare_talks_after_a_visit(events, text: str, talks: list) -> None:
    assert talks_read(events, text, "2025-03-10", "status") == talks
