"""A visit told in a relative clause on the speaker of "выступил с заявлением" ("С таким
заявлением выступил президент Египта, который прибыл в Анкару в среду"): read, where the
statement's "с" took the clause's motion verb for its own (events75). Sentences of our own
about other pairs of states."""

from __future__ import annotations

import pytest

# (text, visits read as (date, states)); dateline Friday 9 May 2025
CASES = [
    ("С таким заявлением выступил президент Египта, который прибыл в Анкару в среду.",
     [("2025-05-07", ["state/EGY", "state/TUR"])]),
    ("С этим заявлением выступил премьер-министр Индии, который прибыл в Париж во вторник.",
     [("2025-05-06", ["state/FRA", "state/IND"])]),
    ("С обращением выступил канцлер Германии, прибывший в Варшаву в понедельник.",
     [("2025-05-05", ["state/DEU", "state/POL"])]),
    # must not: a statement in a city, no arrival
    ("С таким заявлением выступил президент Египта в Анкаре.", []),
    # "с визитом" still takes its motion verb
    ("Президент Египта с официальным визитом прибыл в Анкару.",
     [("2025-05-09", ["state/EGY", "state/TUR"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), CASES)
def test_visit_of_a_statements_speaker(events, text: str, visits: list) -> None:
    read = [(e.date, sorted(p for p in e.participants if p.startswith("state/")))
            for e in events(text, "2025-05-09") if e.kind.endswith("Visit")]  # fmt: skip
    assert read == visits
