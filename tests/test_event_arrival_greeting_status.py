"""Visits told by arrival and greeting, and the status of a visit told done or due
(fifty-eighth pass, h-events188). Sentences of our own about other pairs of states
(Mali–Senegal, Uganda–Rwanda, Kenya–Tanzania, Argentina–Uruguay, Poland–Lithuania), with
must-nots beside.

- "По прибытии в X Y-а встретил Z": Y arrived (the verb's object, however the parser hangs
  it), Z the host who met him;
- "X прибыл в Y, где (и) его встретил Z": Z takes part in X's visit, not as a visitor;
- "совершил визит, в ходе которого обсудил подготовку саммита": done, whatever the clause;
- "должен был посетить … в прошлом году": due before the news and not held, cancelled.
"""

from __future__ import annotations

import pytest

from kg.extract.events import Event

DATE = "2026-03-12"
VISITS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}


def _visits(read: list[Event]) -> list[Event]:
    return [e for e in read if e.kind in VISITS]


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("По прибытии в Дакар президента Мали встретил премьер-министр Сенегала.", "MLI", "SEN"),
        (
            "По прилёте в Кигали министра иностранных дел Уганды в аэропорту встретил его "
            "руандийский коллега.",
            "UGA",
            "RWA",
        ),
    ],
)
def test_one_met_on_arrival_made_the_visit(events, text: str, visitor: str, host: str) -> None:
    (visit,) = _visits(events(text, DATE))
    assert (visit.status, visit.date) == ("occurred", DATE)  # met on arrival: he arrived
    assert visit.visitor == f"state/{visitor}"
    assert visit.host == f"state/{host}"


def test_one_to_be_met_on_arrival_is_ahead(events) -> None:
    text = "По прибытии в Дакар президента Мали встретит премьер-министр Сенегала."
    (visit,) = _visits(events(text, DATE))
    assert visit.status == "planned"


def test_the_greeter_on_arrival_is_the_host_taking_part(events) -> None:
    text = (
        "По прибытии в Монтевидео президента Аргентины приветствовал президент Уругвая "
        "Андрес Рейес."
    )
    (visit,) = _visits(events(text, DATE))
    assert visit.host == "state/URY"
    assert "state/ARG" in visit.participants
    assert "person/andres-reyes" in visit.participants
    assert visit.visitor != "person/andres-reyes"


@pytest.mark.parametrize(
    "text",
    [
        "Президент Аргентины Мартин Лопес прибыл в Монтевидео, где его встретил президент "
        "Уругвая Андрес Рейес.",
        "Президент Аргентины Мартин Лопес прибыл в Монтевидео, и его встретил президент "
        "Уругвая Андрес Рейес.",
        "Мартин Лопес прибыл в Монтевидео, где его встретил Андрес Рейес.",
    ],
)
def test_the_greeter_in_the_clause_of_the_arrival_takes_part(events, text: str) -> None:
    (visit,) = _visits(events(text, DATE))
    assert visit.visitor == "person/martin-lopes"
    assert "person/andres-reyes" in visit.participants
    assert "person/andres-reyes" not in visit.fellows


@pytest.mark.parametrize(
    "text",
    [
        "Мартин Лопес прибыл в Монтевидео, где его встретили журналисты Андрес Рейес и Хуан Перес.",
        "Мартин Лопес прибыл в Монтевидео, где её встретил Андрес Рейес.",  # not the man arrived
        "Мартин Лопес прибыл в Монтевидео, где его встретила супруга Анна Рейес.",
    ],
)
def test_no_greeter_but_the_host_met_him(events, text: str) -> None:
    (visit,) = _visits(events(text, DATE))
    assert visit.visitor == "person/martin-lopes"
    assert not [p for p in visit.participants if "reyes" in p or "peres" in p]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("По прибытии в Дакар президент Мали заявил журналистам о важности визита.", ["Visit"]),
        ("Президент Кении прибыл в Додому.", ["Visit"]),
        ("Президент Сенегала встретил Новый год в Дакаре.", []),
    ],
)
def test_arrivals_and_greetings_that_stay(events, text: str, kinds: list[str]) -> None:
    assert [e.kind for e in _visits(events(text, DATE))] == kinds


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Министр иностранных дел Польши совершил визит в Вильнюс, в ходе которого обсудил "
            "подготовку будущего саммита.",
            "occurred",
        ),
        (
            "Министр иностранных дел Польши нанёс визит в Вильнюс, который планировался давно.",
            "occurred",
        ),
        # must-not: told ahead, its clause's words stay
        (
            "Министр иностранных дел Польши совершит визит в Вильнюс, в ходе которого обсудит "
            "подготовку будущего саммита.",
            "planned",
        ),
    ],
)
def test_a_visit_told_done_whatever_its_clause(events, text: str, status: str) -> None:
    (visit,) = _visits(events(text, DATE))
    assert visit.status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Президент Аргентины должен был посетить Уругвай в прошлом году.", "cancelled"),
        ("Визит премьер-министра Польши в Литву должен был состояться в январе.", "cancelled"),
        # must-nots: a time ahead, or none, keeps it planned
        ("Президент Аргентины должен посетить Уругвай в мае.", "planned"),
        ("Президент Аргентины должен был посетить Уругвай в мае.", "planned"),
        ("Президент Аргентины должен был посетить Уругвай.", "planned"),
    ],
)
def test_a_visit_due_before_the_news(events, text: str, status: str) -> None:
    (visit,) = _visits(events(text, DATE))
    assert visit.status == status
