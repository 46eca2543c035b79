"""A state's other seat of government ("Ла-Пас" beside Bolivia's "Сукре") is read by one
lookup (`Mentions.seat_of`) for any event's place as for a visit's host: a state's
adjective on the name or on its "город" places a namesake in another state ("мексиканский
Ла-Пас"), which is no Bolivia's (fifty-first pass, h-events137; the event's place lacked
the guard the visit's host had). Must-nots: the bare seat and one its own state's
adjective places stay Bolivia's. Sentences of our own about Peru, Chile, Mexico, Bolivia."""

from __future__ import annotations

import pytest

_DAY = "2019-05-14"
_PEREZ = "гражданина Перу Хуана Переса"

# (text, kind, a state it must take part, a state it must not)
SEATS = [
    ("В мексиканском Ла-Пасе прошла акция протеста, полиция задержала активиста из Перу "
     "Хуана Переса.", "Arrest", "state/PER", "state/BOL"),
    (f"Суд мексиканского Ла-Паса заочно арестовал {_PEREZ}.", "Arrest", "", "state/BOL"),
    ("Министр иностранных дел Перу встретился с министром иностранных дел Чили в "
     "мексиканском городе Ла-Пас.", "Meeting", "state/CHL", "state/BOL"),
    ("Президент Перу посетил мексиканский город Ла-Пас.", "Visit", "state/PER", "state/BOL"),
    # must-nots: the seat itself, and one its own state's adjective places
    ("В Ла-Пасе прошла акция протеста, полиция задержала активиста из Перу Хуана Переса.",
     "Arrest", "state/BOL", ""),
    (f"Суд Ла-Паса заочно арестовал {_PEREZ}.", "Arrest", "state/BOL", ""),
    (f"Суд боливийского Ла-Паса заочно арестовал {_PEREZ}.", "Arrest", "state/BOL", ""),
    ("Президент Перу посетил Ла-Пас.", "Visit", "state/BOL", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "must", "must_not"), SEATS)
def test_seat_namesake(events, text: str, kind: str, must: str, must_not: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text, _DAY) if e.kind == kind]
    assert must in {*event.participants, ""}
    assert must_not not in event.participants
