"""A trip to two states joined by "и" ("посетил Бразилию и Аргентину") is a visit to each,
with its host and place; a city of the first ("Бразилию и Сан-Паулу"), the visitor's own
state or another verb joined ("посетил Уганду и встретился …") adds none. Sentences of our
own (events84)."""

from __future__ import annotations

import pytest

VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

# (text, the hosts and places of its visits)
TRIPS = [
    ("Министр иностранных дел Индии посетил Бразилию и Аргентину.",
     [("state/ARG", "Аргентина"), ("state/BRA", "Бразилия")]),
    ("Президент Кении посетит Уганду и Танзанию.",
     [("state/TZA", "Танзания"), ("state/UGA", "Уганда")]),
    ("Президент Франции прибыл в Египет и Иорданию с официальным визитом.",
     [("state/EGY", "Египет"), ("state/JOR", "Иордания")]),
    # must not: a city of the first, the visitor's own state, another verb
    ("Министр иностранных дел Индии посетил Бразилию и Сан-Паулу.", [("state/BRA", "Бразилия")]),
    ("Президент Кении посетил Уганду и Кению.", [("state/UGA", "Уганда")]),
    ("Президент Кении посетил Уганду и встретился с президентом Уганды.",
     [("state/UGA", "Уганда")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hosts"), TRIPS)
def test_a_visit_to_each_state_joined(events, text: str, hosts: list[tuple[str, str]]) -> None:
    visits = [e for e in events(text, "2024-05-10") if e.kind in VISIT_KINDS]
    assert sorted((v.host, v.location) for v in visits) == hosts


def test_the_visits_are_two_events(events) -> None:
    """Each visit is a node of its own, of one visitor."""
    visits = events("Премьер-министр Японии посетил Вьетнам и Лаос в мае.", "2024-05-10")
    assert len({v.key for v in visits}) == 2
    assert len({v.visitor for v in visits}) == 1
