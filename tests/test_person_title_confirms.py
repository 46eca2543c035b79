"""A surname alone beside a title links to an office holder of the gazetteer only where
the gazetteer knows the person in that office, where the title contradicts a state's
office holder: the title confirms the person ("Канцлер Меркель", "Госсекретарь Клинтон"),
a profession or a post of another body makes them a namesake ("Директор школы Клинтон");
a state post the gazetteer does not list leaves the link ("Сенатор Байден"). Own sentences
about Canada, Poland, France, China, Libya, the USA, Iraq, Moldova."""

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
    # must not: a profession's title
    ("Тренер Обама прибыл в Ливию.", "Q76", False),
    # must: a state's post the gazetteer does not list for the person
    ("Сенатор Байден в 2002 году поддержал вторжение в Ирак.", "Q6279", True),
    ("Сенатор Рубио раскритиковал политику Китая.", "Q324546", True),
    ("Спикер Госдумы Володин раскритиковал власти Молдавии.", "Q982461", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "qid", "linked"), TITLED)
def test_title_confirms_a_surname_alone(extraction, text: str, qid: str, linked: bool) -> None:
    """The holder is linked where the title is an office of theirs, not otherwise."""
    assert (qid in qids(extraction(text, "2024-05-15"))) == linked
