"""A visit told of "он"/"она" right after one that only a state's title made ("Президент Чили
прибыл в Перу. Затем он посетит Эквадор") is that traveller's, known by the title's state; a
sentence between about another, two travellers before, or a trip home give none. Sentences
of our own (events84)."""

from __future__ import annotations

import pytest

VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

# (text, the later visit's host, its visitor)
CARRIED = [
    ("Президент Чили прибыл в Перу. Затем он посетит Эквадор.", "state/ECU", "state/CHL"),
    ("Делегация Кении прибыла в Уганду. Затем она посетит Танзанию.", "state/TZA", "state/KEN"),
    ("Премьер-министр Лаоса прибыл в Ханой. После этого он посетит Камбоджу.", "state/KHM",
     "state/LAO"),
    # must not: another sentence between, two travellers before
    ("Президент Чили прибыл в Перу. Его встретил президент Перу. Затем он посетил Эквадор.",
     "state/ECU", ""),
    ("Президент Чили прибыл в Перу, а министр Боливии прибыл в Эквадор. Затем он посетит "
     "Колумбию.", "state/COL", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host", "visitor"), CARRIED)
def test_the_pronoun_travels_on(events, text: str, host: str, visitor: str) -> None:
    visits = [e for e in events(text, "2024-05-10") if e.kind in VISIT_KINDS and e.host == host]
    assert [v.visitor for v in visits] == [visitor]
