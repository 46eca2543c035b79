"""The place on the verb that holds a forum (h-events147): slovnet may hang "в" past the
city on the forum after it ("провели в Кампале бизнес-форум", "в Абудже" an amod of the
forum), or make the forum an apposition of the city ("Стороны провели в Лиме
бизнес-форум"); `kg.nlp.place_prepositions` sets the preposition back on the city and the
forum on the verb, so the forum is held there. "устроить" holds an event as "провести"
does; a place inside the noun of holding it is the forum's ("договорились о проведении в
Кампале бизнес-форума", `Places._place`). Own sentences about other pairs of states."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp.place_prepositions import mend_place_prepositions

_DAY = "2026-05-10"
_TALKS = "Министры Чили и Перу провели переговоры в Сантьяго. "

# (text, the forums read: (status, place, participants))
FORUMS = [
    ("Министры Кении и Уганды провели в Кампале бизнес-форум.",
     [("occurred", "Кампала", ["state/KEN", "state/UGA"])]),
    ("Кения и Уганда организовали в Кампале бизнес-форум.",
     [("occurred", "Кампала", ["state/KEN", "state/UGA"])]),
    ("Министры торговли Руанды и Уганды организовали в Кампале бизнес-форум.",
     [("occurred", "Кампала", ["state/RWA", "state/UGA"])]),
    ("Министры Нигерии и Ганы провели в Абудже бизнес-форум.",
     [("occurred", "Абуджа", ["state/GHA", "state/NGA"])]),
    ("Министры Кении и Уганды устроили в Кампале бизнес-форум.",
     [("occurred", "Кампала", ["state/KEN", "state/UGA"])]),
    (_TALKS + "Стороны провели в Лиме бизнес-форум.",
     [("occurred", "Лима", [])]),
    # must-nots: the forum's own place wins over one opening the sentence; a place the
    # subject comes from is no place of the forum
    ("Президенты Кении и Уганды провели переговоры. В Кампале министры договорились провести "
     "бизнес-форум в Кигали.",
     [("planned", "Кигали", ["state/KEN", "state/UGA"])]),
    ("Делегация из Найроби провела бизнес-форум.", [("occurred", "", [])]),
]  # fmt: skip

# a place inside the noun of holding ("о проведении в Лиме форума") is the forum's
AGREED = [
    ("Министры Кении и Уганды договорились о проведении в Кампале бизнес-форума.",
     [("planned", "Кампала", ["state/KEN", "state/UGA"])]),
    ("Министры Чили и Перу договорились об организации в Лиме инвестиционного форума.",
     [("planned", "Лима", ["state/CHL", "state/PER"])]),
    ("Министры Руанды и Уганды договорились о проведении в Кигали бизнес-форума.",
     [("planned", "Кигали", ["state/RWA", "state/UGA"])]),
    # must-nots: the forum's own place wins; a forum stood against is none
    ("В Кампале министры Кении и Уганды договорились о проведении бизнес-форума в Кигали.",
     [("planned", "Кигали", ["state/KEN", "state/UGA"])]),
    ("Министры Кении и Уганды выступили против проведения в Кампале бизнес-форума.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "forums"), FORUMS + AGREED)
def test_a_forum_is_held_where_its_verb_says(events, text: str, forums: list) -> None:
    read = events(text, _DAY)
    assert [(e.status, e.location, sorted(e.participants)) for e in read if e.kind == "Forum"] == (
        forums
    )


_VOCAB = Vocab()


def _mended(words: str) -> str:
    """The words of a one-sentence Doc ("word/POS/case/head/relation", space-separated) as
    they are after the mend."""
    rows = [w.split("/") for w in words.split()]
    morphs = [f"Animacy=Inan|Case={r[2]}" if r[2] else "" for r in rows]
    doc = Doc(_VOCAB, words=[r[0] for r in rows], pos=[r[1] for r in rows], morphs=morphs)
    heads, deps = [int(r[3]) for r in rows], [r[4] for r in rows]
    lowers = [r[0].lower() for r in rows]
    mend_place_prepositions(doc, list(range(len(rows))), heads, deps, lowers)
    return " ".join(
        "/".join([*r[:3], str(h), d]) for r, h, d in zip(rows, heads, deps, strict=True)
    )


# (the parse, the parse after the mend)
MENDS = [
    # "в" hung past the city on the forum: back on the city, the forum the verb's object
    ("стороны/NOUN/Nom/1/nsubj организовали/VERB//1/ROOT в/ADP//4/case Кампале/PROPN/Loc/1/obl "
     "форум/NOUN/Acc/1/obl",
     "стороны/NOUN/Nom/1/nsubj организовали/VERB//1/ROOT в/ADP//3/case Кампале/PROPN/Loc/1/obl "
     "форум/NOUN/Acc/1/obj"),
    # the city an amod of the forum: the verb's obl
    ("министры/NOUN/Nom/1/nsubj провели/VERB//1/ROOT в/ADP//4/case Абудже/PROPN/Loc/4/amod "
     "форум/NOUN/Acc/1/obl",
     "министры/NOUN/Nom/1/nsubj провели/VERB//1/ROOT в/ADP//3/case Абудже/PROPN/Loc/1/obl "
     "форум/NOUN/Acc/1/obj"),
    # the forum an apposition of the city: the verb's object
    ("стороны/NOUN/Nom/1/nsubj провели/VERB//1/ROOT в/ADP//3/case Лиме/PROPN/Loc/1/obl "
     "форум/NOUN/Acc/3/appos",
     "стороны/NOUN/Nom/1/nsubj провели/VERB//1/ROOT в/ADP//3/case Лиме/PROPN/Loc/1/obl "
     "форум/NOUN/Acc/1/obj"),
    # must-nots: a fixed phrase of "в" ("в соответствии с документом") stays; a word right
    # after "в" that is no locative ("в новый форум"); an apposition of the city where the
    # verb has an object of its own; a quoted title apposed to the place ("написал в статье
    # «Вечная дружба»")
    ("в/ADP//3/case соответствии/NOUN/Loc/0/fixed с/ADP//0/fixed документом/NOUN/Ins/4/obl "
     "сократили/VERB//4/ROOT", None),
    ("пригласили/VERB//0/ROOT в/ADP//3/case новый/ADJ/Acc/3/amod форум/NOUN/Acc/0/obl", None),
    ("в/ADP//1/case Лиме/PROPN/Loc/3/obl президент/NOUN/Nom/1/appos провёл/VERB//3/ROOT "
     "форум/NOUN/Acc/3/obj", None),
    ("написал/VERB//0/ROOT в/ADP//2/case статье/NOUN/Loc/0/obl «/PUNCT//4/punct "
     "дружба/NOUN/Nom/2/appos »/PUNCT//4/punct", None),
    ("написал/VERB//0/ROOT в/ADP//2/case статье/NOUN/Loc/0/obl «/PUNCT//4/punct "
     "мир/NOUN/Acc/2/appos »/PUNCT//4/punct", None),
]  # fmt: skip


@pytest.mark.parametrize(("words", "mended"), MENDS)
def test_the_mend_sets_a_preposition_back_on_its_locative(words: str, mended: str | None) -> None:
    assert _mended(words) == (mended or words)
