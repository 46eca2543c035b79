"""Verbs spelt with "ё" that the tagger misreads get the dictionary's tense and aspect,
on sentences of our own about other pairs of states; verbs it reads right keep its tags."""

from __future__ import annotations

import pytest

from kg.extract.relations import extract_relations
from kg.model import Document


@pytest.mark.parametrize(
    ("text", "verb", "tense", "aspect"),
    [
        ("Эфиопия разорвёт дипломатические отношения с Кенией.", "разорвёт", "Fut", "Perf"),
        ("Египет разорвёт связи с Турцией.", "разорвёт", "Fut", "Perf"),
        # must not: what the tagger reads right, with "ё" or without, stays
        ("Эфиопия разорвет дипломатические отношения с Кенией.", "разорвет", "Fut", "Perf"),
        ("Вьетнам пришлёт делегацию в Джакарту.", "пришлёт", "Fut", "Perf"),
        ("Министр шёл на встречу в Осло.", "шёл", "Past", "Imp"),
        ("Норвегия несёт расходы по соглашению.", "несёт", "Pres", "Imp"),
        ("Дания подпишет соглашение с Норвегией.", "подпишет", "Fut", "Perf"),
    ],
)
def test_tense_of_a_verb_with_yo(nlp, text: str, verb: str, tense: str, aspect: str) -> None:  # noqa: ANN001
    (tok,) = [t for t in nlp(text) if t.text == verb]
    assert (tok.morph.get("Tense"), tok.morph.get("Aspect")) == ([tense], [aspect])


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # a cut to come is no level yet, whichever way it is spelt
        ("Эфиопия разорвёт дипломатические отношения с Кенией.", 0),
        ("Аргентина разорвёт дипломатические отношения с Бразилией.", 0),
        ("Эфиопия разорвет дипломатические отношения с Кенией.", 0),
        # must not: a cut made is one
        ("Аргентина разорвала дипломатические отношения с Бразилией.", 1),
    ],
)
def test_a_cut_to_come_is_no_level(analyse, text: str, levels: int) -> None:  # noqa: ANN001
    found = extract_relations(analyse(Document(id="t", text=text, date="2024-05-01")))
    assert len(found) == levels
