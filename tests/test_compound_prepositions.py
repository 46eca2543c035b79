"""kg.nlp.deps' compound prepositions ("в ходе", "по итогам", "в качестве"), read the same
whether the parse makes the noun a word of its own or one preposition with it `fixed`."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.context import Context
from kg.model import Document
from kg.nlp.deps import fixed_preposition, preposition_noun, under_compound_preposition

PHRASES = frozenset({("в", "ход"), ("по", "итог"), ("в", "рамка"), ("в", "качество")})

# sentence, word: is it the phrase's noun, does it take the phrase as one, is it its object
CASES = [
    ("По итогам переговоров Чили и Перу подписали меморандум.", "итогам", True, False, False),
    ("По итогам переговоров Чили и Перу подписали меморандум.", "переговоров", False, False,
     True),
    ("В ходе визита в Лиму подписан пакет документов.", "визита", False, True, True),
    ("В рамках визита в Перу президент Чили посетил Куско.", "визита", False, False, True),
    ("Чили участвует в качестве наблюдателя.", "наблюдателя", False, True, True),
    # the phrase's noun with another preposition is no such phrase
    ("Стороны договорились по качеству продукции.", "качеству", False, False, False),
    ("Итоги переговоров Чили и Перу обсудили в Лиме.", "переговоров", False, False, False),
    ("Министры Чили и Перу провели переговоры в Лиме.", "переговоры", False, False, False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "noun", "fixed", "under"), CASES)
def test_compound_preposition(analyse: Callable[..., Context], text: str, word: str,
                              noun: bool, fixed: bool, under: bool) -> None:  # fmt: skip
    doc = analyse(Document(id="p", text=text)).doc
    tok = next(t for t in doc if t.text == word)
    got = (
        preposition_noun(tok, PHRASES),
        fixed_preposition(tok, PHRASES),
        under_compound_preposition(tok, PHRASES),
    )
    assert got == (noun, fixed, under)
