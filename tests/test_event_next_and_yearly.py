"""Meetings told as the next of a series, yearly events with a dated occurrence, habits.

"Договорились провести следующую встречу" is agreed on by those who talked, though a plan
word ("следующую") says ahead already; "Очередной раунд переговоров состоится" after talks is
talks planned of those who talked; "Ежегодные консультации … пройдут в июне" is one planned
event of that month, while "ежегодно проводят консультации", "проходят регулярно" are
habits, no event; a summit one agrees to meet at "в рамках саммита" lies ahead. Sentences
of our own about other pairs of states, with cases that must not change."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

TALKS = (
    "Министр иностранных дел Перу Эльмер Ларрота провёл во вторник в Лиме переговоры с "
    "министром иностранных дел Боливии Марией Суббиной. "
)


def _rows(read: list[Event], kind: str) -> list[tuple[str, str, str, list[str]]]:
    return [(e.status, e.date, e.location, sorted(e.participants)) for e in read if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (TALKS + "Стороны договорились провести следующую встречу в Ла-Пасе.", "Meeting", "Ла-Пас"),
        (TALKS + "Очередной раунд переговоров состоится в Ла-Пасе.", "Talks", "Ла-Пас"),
        (TALKS + "Следующий раунд переговоров пройдёт в Ла-Пасе.", "Talks", "Ла-Пас"),
    ],
)
def test_the_next_of_a_series_is_of_those_who_talked(
    events, text: str, kind: str, place: str
) -> None:
    read = events(text, "2025-06-05")
    (talks, *_) = [e for e in read if e.kind == "Talks" and e.status == "occurred"]
    planned = [r for r in _rows(read, kind) if r[0] == "planned"]
    assert [(r[2], r[3]) for r in planned] == [(place, sorted(talks.participants))]


@pytest.mark.parametrize(
    "text",
    [
        # nothing told before: its own states only
        "Очередной раунд переговоров Перу и Боливии состоится в Ла-Пасе.",
        # told as held, not ahead: no one else's
        "Вчера в Ла-Пасе состоялся очередной раунд переговоров Перу и Боливии.",
    ],
)
def test_a_round_with_no_talks_before_keeps_its_own_sides(events, text: str) -> None:
    read = events(text, "2025-06-05")
    assert [r[3] for r in _rows(read, "Talks")] == [["state/BOL", "state/PER"]]


def test_a_yearly_event_with_a_dated_occurrence_is_planned(events) -> None:
    text = (
        "Ежегодные консультации министров иностранных дел Сербии и Венгрии пройдут в июне в "
        "Белграде."
    )
    read = events(text, "2025-04-14")
    assert _rows(read, "Talks") == [("planned", "2025-06", "Белград", ["state/HUN", "state/SRB"])]


@pytest.mark.parametrize(
    "text",
    [
        "Сербия и Венгрия ежегодно проводят консультации по вопросам энергетики.",
        "Гана и Того проводят переговоры каждый год.",
        "Встречи министров обороны Ганы и Того проходят регулярно.",
        "Юристы провели бесплатные консультации для жителей.",
    ],
)
def test_a_habit_or_advice_is_no_event(events, text: str) -> None:
    assert events(text, "2025-04-14") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Премьер-министры Непала и Бутана договорились встретиться в рамках саммита "
            "БИМСТЕК в Катманду.",
            "planned",
        ),
        (
            "Премьер-министры Непала и Бутана встретились в рамках саммита БИМСТЕК в Катманду.",
            "occurred",
        ),
    ],
)
def test_a_summit_agreed_to_meet_at_lies_ahead(events, text: str, status: str) -> None:
    read = events(text, "2025-04-14")
    assert [e.status for e in read if e.kind == "Summit"] == [status]


@pytest.mark.parametrize(
    ("text", "visitor", "host", "persons"),
    [
        # an ambassador's courtesy call: the official called on is the host
        (
            "Посол Хорватии в Словении Давор Ивич нанёс визит вежливости министру иностранных "
            "дел Словении Танье Файон.",
            "person/davor-ivich",
            "state/SVN",
            2,
        ),
        # whom the visit is paid to is not its visitor
        (
            "Премьер-министр Сербии нанёс визит президенту Венгрии Тамашу Шуйоку.",
            "state/SRB",
            "state/HUN",
            1,
        ),
        # must not change: a visit to a country names no one called on
        ("Президент Сербии нанёс визит в Венгрию.", "person/aleksandar-vucic", "state/HUN", 1),
    ],
)
def test_whom_a_visit_is_paid_to_is_its_host(
    events, text: str, visitor: str, host: str, persons: int
) -> None:
    (visit,) = [e for e in events(text, "2025-03-20") if e.kind == "Visit"]
    assert (visit.visitor, visit.host) == (visitor, host)
    assert len([k for k in visit.participants if k.startswith("person/")]) == persons
