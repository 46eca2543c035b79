"""Arrests of many told by a count, visits framing a report, "когда"-clauses the parser
swapped with their main clause, periods carried to the next sentence (forty-ninth pass,
h-events130; own sentences about Egypt–Jordan, Peru–Chile, Georgia–Armenia).

A count the parser made the passive subject by its comparative ("были задержаны более 300
человек", "не менее", also "свыше"/"около" read as prepositions) is the people arrested, in
the place's state; their citizenship ("граждан Иордании") stays no participant, as one
person's does. Things arrested, a denied or a possible arrest are none. The subject of a
verb of reporting framed by "в ходе визита" is the visitor; a "когда"-clause's verb the
parser made the root no longer hides the main clause's event. An arrest of people unnamed,
held where the sentence before told its news and opening its sentence, takes that sentence's
period where it has no time of its own."""

from __future__ import annotations

import pytest

ARRESTS = [
    # (text, states that must take part, states that must not)
    ("В Египте были задержаны более 300 человек.", {"state/EGY"}, set()),
    ("В Каире прошли протесты. Были задержаны не менее 300 человек.", {"state/EGY"}, set()),
    ("В Каире прошли протесты. Были задержаны свыше 300 человек.", {"state/EGY"}, set()),
    ("В Каире прошли протесты. Были задержаны около 300 человек.", {"state/EGY"}, set()),
    ("В Египте были задержаны более 300 граждан Иордании.", {"state/EGY"}, {"state/JOR"}),
    ("В Лиме прошли протесты. Были арестованы более 200 граждан Чили.",
     {"state/PER"}, {"state/CHL"}),
    # within an event a relative clause tells them of: its place's state
    ("В Каире прошли протесты, в ходе которых были задержаны 300 человек.", {"state/EGY"},
     set()),
    ("Протесты в Лиме, в ходе которых были задержаны 40 человек, продолжаются.", {"state/PER"},
     set()),
    # must not: one named person's citizenship
    ("В Перу задержан гражданин Чили Хуан Перес.", {"state/PER"}, {"state/CHL"}),
]  # fmt: skip

NONE = [
    "В Египте арестованы более 300 счетов компаний.",
    "В Египте были задержаны более 30 рейсов в Амман.",
    "В Египте были задержаны свыше 300 рейсов.",
    "В Египте были задержаны около 300 тонн груза.",
    "В Египте не были задержаны более 300 человек.",
    "В Египте могут быть задержаны более 300 человек.",
    # places of two states: no one state held them
    "В Каире и Аммане прошли протесты, в ходе которых были задержаны 300 человек.",
    "В Каире и Аммане прошли протесты. Были задержаны 300 человек.",
    "В Каире прошли переговоры, в ходе которых были задержаны 300 счетов.",
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ARRESTS)
def test_group_arrest(events, text: str, wanted: set[str], unwanted: set[str]) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert wanted <= set(event.participants)
    assert not unwanted & set(event.participants)


@pytest.mark.parametrize("text", NONE)
def test_no_arrest(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text) if e.kind == "Arrest"]


VISITS = [
    # (text, states that must take part)
    ("В ходе визита в Каир министр Иордании сообщил президенту Египта о решении.",
     {"state/EGY", "state/JOR"}),
    ("В ходе визита в Амман министр Египта сообщил королю Иордании о решении.",
     {"state/EGY", "state/JOR"}),
    ("Во время визита в Ереван министр обороны Грузии сообщил о новом соглашении.",
     {"state/ARM", "state/GEO"}),
    # "когда"-clauses read apart from the main clause
    ("В 2008 году, когда премьер-министр Перу Хуан Перес ушёл в отставку, президент Чили "
     "посетил Лиму.", {"state/CHL", "state/PER"}),
    ("С 2008 года, когда премьер-министр Перу Хуан Перес ушёл в отставку, президент Чили "
     "впервые посетил Лиму.", {"state/CHL", "state/PER"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), VISITS)
def test_visitor(events, text: str, wanted: set[str]) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text) if e.kind == "Visit"]
    assert wanted <= set(event.participants)


def test_reporter_visits_no_one(events) -> None:  # noqa: ANN001
    """Must not: who reports a visit is no visitor ("СМИ сообщили о визите")."""
    text = "Агентство Иордании сообщило о визите министра Египта в Амман."
    visits = [e for e in events(text) if e.kind == "Visit"]
    assert all("org/" not in k for e in visits for k in e.participants)


def test_when_clause_kept(events) -> None:  # noqa: ANN001
    """The clause's own event stays the clause's: the resignation, of Peru's premier."""
    text = (
        "В 2008 году, когда премьер-министр Перу Хуан Перес ушёл в отставку, президент Чили "
        "посетил Лиму."
    )
    kinds = {e.kind: e for e in events(text)}
    assert "Resignation" in kinds
    assert "state/CHL" not in kinds["Resignation"].participants
    assert kinds["Visit"].date == "2008"


CARRIED = [
    # (text, the arrest's date): the period of the sentence before whose place it is held in
    ("В 2011 году в Каире прошли массовые протесты. Были задержаны более 300 человек.", "2011"),
    ("В 2011 году в Каире прошли массовые протесты. Сотни других участников были арестованы.",
     "2011"),
    ("В марте 2019 года в Лиме прошли протесты. Задержаны 40 человек.", "2019-03"),
    # must not: a time or turn of its own, a date of its own
    ("В 2011 году в Каире прошли массовые протесты. Позже были задержаны 300 человек.", ""),
    ("В 2011 году в Каире прошли массовые протесты. Через год были задержаны 300 человек.", ""),
    ("В 2011 году в Каире прошли массовые протесты. В 2013 году были задержаны 300 человек.",
     "2013"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), CARRIED)
def test_period_carried(events, text: str, date: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert event.date == date
