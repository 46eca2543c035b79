"""Issue 8, event recall: a trip told by a noun of arrival ("приезд", "прибытие", "прилёт")
or by "съездить" with a named traveller and a destination abroad is a visit, as "прибыл в"
was; an arrival of no state's traveller (a train, tourists or refugees from a state), one to
the traveller's own state, or one with no destination is none. Sentences of our own about
other states (events86)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _visits(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind == "Visit"]


# text, status, location, the states that take part
TOLD = [
    ("Приезд президента Египта в Турцию намечен на май.", "planned", "Турция",
     ["state/EGY", "state/TUR"]),
    ("Прибытие президента Египта в Анкару задержалось из-за погоды.", "occurred", "Анкара",
     ["state/EGY", "state/TUR"]),
    ("По прибытии в Ханой премьер-министр Лаоса возложил венок к мавзолею.", "occurred",
     "Ханой", ["state/LAO", "state/VNM"]),
    ("Прилёт премьер-министра Индии в Токио ожидается в понедельник.", "planned", "Токио",
     ["state/IND", "state/JPN"]),
    ("Министр иностранных дел Норвегии съездил в Данию.", "occurred", "Дания",
     ["state/DNK", "state/NOR"]),
    # review35: a leader's plane is his trip, no deployment
    ("Самолёт премьер-министра Индии прибыл в Токио.", "occurred", "Токио",
     ["state/IND", "state/JPN"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status", "location", "states"), TOLD)
def test_arrival_is_a_visit(events, text, status, location, states) -> None:
    (visit,) = _visits(events(text, "2023-05-10"))
    assert visit.status == status and visit.location == location
    assert [p for p in visit.participants if p.startswith("state/")] == states


SILENT = [
    "Прибытие поезда в Каир задержалось.",  # no traveller
    "Приезд туристов из Египта в Турцию вырос на 10 процентов.",  # people, no state
    "Прибытие беженцев из Судана в Египет продолжается.",  # the origin on the arrival
    # review35: troops deployed are no visit
    "Прибытие египетских войск в Судан изменило ход войны.",
    "Президент Франции приветствовал прибытие французских военных в Румынию.",
    "Министр обороны Египта прокомментировал приезд делегации Судана.",  # no destination
    "Министр иностранных дел Норвегии съездил в Осло.",  # at home
    "Студенты из Норвегии съездили в Данию.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_visit(events, text) -> None:
    assert not _visits(events(text, "2023-05-10"))
