"""An event whose clause is a predicate adjective of need or possibility ("выборы должны
быть проведены", "выборы возможны") with an "если" clause on it follows from a condition,
as "если …, то будут назначены выборы" does (`kg.extract.events.status.conditional`): no
event is told. Without the condition the event stays planned. Sentences of our own about
other states."""

from __future__ import annotations

import pytest

DAY = "2019-03-01"


@pytest.fixture
def elections(events):
    return lambda text: [e for e in events(text, DAY) if e.kind == "Election"]


@pytest.mark.parametrize(
    "text",
    [
        "Если президент Перу не сможет приступить к исполнению обязанностей, новые выборы "
        "должны быть проведены в течение 30 дней.",
        "Если стороны не договорятся, выборы в Эстонии должны пройти в течение месяца.",
    ],
)
def test_election_under_a_condition_is_not_told(elections, text):
    assert elections(text) == []


@pytest.mark.parametrize(
    "text",
    [  # must not: no condition, the election stays planned
        "Новые выборы в Эстонии должны быть проведены в течение 30 дней.",
        "Президент Перу ушёл в отставку, и новые выборы должны пройти в течение месяца.",
    ],
)
def test_election_without_a_condition_stays(elections, text):
    read = elections(text)
    assert read and all(e.status == "planned" for e in read)
