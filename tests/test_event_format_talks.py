"""Talks told only by how they were held ("Переговоры прошли в формате один на один, затем
в расширенном составе"), naming no one, are talks of the subject of the sentence before;
"с участием X" on the format's noun adds X. Nothing is invented where the sentence before
names no one. Sentences of our own about Ecuador–Colombia, Kenya–Tanzania
(fifty-seventh pass, h-events185)."""

from __future__ import annotations

import pytest

# (text, the kind of the told event, its participants; None: no such event)
TOLD = [
    ("Президенты Эквадора и Колумбии подписали меморандум. Переговоры прошли сначала в формате "
     "один на один, затем в расширенном составе.",
     "Talks", {"state/COL", "state/ECU"}),
    ("Президенты Эквадора и Колумбии подписали меморандум. Переговоры прошли в расширенном "
     "составе с участием министров иностранных дел Габриэлы Соммерфельд и Луиса Мурильо.",
     "Talks", {"state/COL", "state/ECU", "person/gabriela-sommerfeld", "person/luis-murilo"}),
    ("Премьер-министры Кении и Танзании открыли мост. Встреча прошла в узком составе.",
     "Meeting", {"state/KEN", "state/TZA"}),
    # must not: no one named before, no one invented
    ("В Кито открылась выставка. Переговоры прошли в расширенном составе.", "Talks", None),
    ("Переговоры прошли в Будапеште в расширенном составе.", "Talks", set()),
    # must not: nor across a paragraph's break
    ("Президенты Эквадора и Колумбии подписали меморандум.\n\nПереговоры прошли в расширенном "
     "составе.", "Talks", None),
    # must not: talks told by their place alone take no one from before
    ("Президенты Эквадора и Колумбии подписали меморандум. Переговоры прошли в Кито.",
     "Talks", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "participants"), TOLD)
def test_talks_told_by_their_format_are_of_those_before(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    kind: str,
    participants: set[str] | None,
) -> None:
    found = [e for e in events(text, "2026-03-12") if e.kind == kind]
    if participants is None:
        assert found == []
        return
    assert len(found) == 1
    assert set(found[0].participants) == participants
