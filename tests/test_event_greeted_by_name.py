"""The host who met a visitor named by name or title, not by a pronoun ("В аэропорту
президента Ганы Джона Махаму встретил премьер-министр Уганды X"), takes part in the visit
told the sentence before: the guest is the accusative object (which the parser may hang on
the airport as its genitive), the host the nominative subject after the verb. Must-nots: the
host who met someone else ("встретил министра обороны Швеции") takes no part; the visitor
stays who travelled. Sentences of our own about other pairs of states (fifty-ninth pass,
h-events192)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

GHANA = "Президент Ганы Джон Махама прибыл в Уганду с государственным визитом. "
FINLAND = "Президент Финляндии Александр Стубб прибыл в Норвегию с официальным визитом. "


def _visit(read: list[Event]) -> Event:
    (visit,) = [e for e in read if e.kind in {"StateVisit", "OfficialVisit", "Visit"}]
    return visit


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            GHANA + "В аэропорту Энтеббе президента Ганы Джона Махаму встретил "
            "премьер-министр Уганды Робинах Наббанджа.",
            "person/dzhon-makhama",
            "person/robinakh-nabbandzha",
        ),
        (
            FINLAND + "В аэропорту Осло президента Финляндии встретил премьер-министр "
            "Норвегии Йонас Гар Стёре.",
            "person/aleksandr-stubb",
            "person/yonas-gar-stere",
        ),
    ],
)
def test_the_host_who_met_the_named_guest_takes_part(
    events, text: str, visitor: str, host: str
) -> None:
    visit = _visit(events(text, "2026-03-12"))
    assert visit.visitor == visitor
    assert host in visit.participants


def test_the_host_who_met_another_takes_no_part(events) -> None:
    text = (
        FINLAND + "В аэропорту Осло премьер-министр Норвегии Йонас Гар Стёре встретил "
        "министра обороны Швеции Пола Юнсона."
    )
    visit = _visit(events(text, "2026-03-12"))
    assert "person/yonas-gar-stere" not in visit.participants


AIRPORT = (
    "В аэропорту Энтеббе президента Ганы Джона Махаму встретил премьер-министр Уганды "
    "Робинах Наббанджа. "
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (AIRPORT + "Визит продлится три дня.", "occurred"),  # met: under way
        (
            "В аэропорту Энтеббе премьер-министр Уганды Робинах Наббанджа встретит президента "
            "Ганы Джона Махаму. Визит продлится три дня.",
            "planned",  # to be met: ahead
        ),
    ],
)
def test_a_bare_visit_after_a_greeting_is_the_guests(events, text: str, status: str) -> None:
    visit = _visit(events(text, "2026-03-12"))
    assert (visit.visitor, visit.host, visit.status) == (
        "person/dzhon-makhama",
        "state/UGA",
        status,
    )
    assert "person/robinakh-nabbandzha" in visit.participants


def test_a_greeting_within_one_state_tells_no_visit(events) -> None:
    text = (
        "В аэропорту Осло премьер-министр Норвегии Йонас Гар Стёре встретил министра обороны "
        "Норвегии Тура Сандвика. Визит продлится три дня."
    )
    assert not [e for e in events(text, "2026-03-12") if "Visit" in e.kind]
