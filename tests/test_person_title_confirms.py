"""A surname alone beside a title links to an office holder of the gazetteer only where
the gazetteer knows the person in that office: the title confirms the person ("Канцлер
Меркель", "Госсекретарь Клинтон"), an office they never held makes them a namesake
("Директор школы Клинтон"). Own sentences about Canada, Poland, France, China, Libya."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def qids(ex: Extraction) -> set[str]:
    """The Wikidata ids of the persons the text mentions."""
    keys = {m.entity for m in ex.mentions}
    return {e.wikidata for e in ex.entities if e.type == "Person" and e.key in keys} - {""}


TITLED = [
    # must not: an office the gazetteer's person never held
    ("Директор школы Клинтон встретился с учениками из Канады.", "Q1124", False),
    ("Директор завода Меркель прибыла в Польшу.", "Q567", False),
    # must: an office the person held, now or before
    ("Канцлер Меркель прибыла во Францию.", "Q567", True),
    ("Госсекретарь Клинтон прибыла в Китай.", "Q6294", True),
    ("Экс-президент Саркози прибыл в Ливию.", "Q329", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "qid", "linked"), TITLED)
def test_title_confirms_a_surname_alone(extraction, text: str, qid: str, linked: bool) -> None:
    """The holder is linked where the title is an office of theirs, not otherwise."""
    assert (qid in qids(extraction(text, "2024-05-15"))) == linked
