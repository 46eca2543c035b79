"""A document's titles read again with other keys of the same organization spans (the names
reading keys a body the gazetteer does not know "", the offices extractor by its entity) are
the titles a fresh reading finds; where an adjective before the title would start it
(a body of no key), they are read afresh."""

from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.nlp.pipeline import build_pipeline
from kg.resolve.org_naming import org_span
from kg.resolve.titles import _find_titles, _rekeyed, find_titles, span_keys


@pytest.fixture(scope="module")
def read():
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def go(text: str, body: str, keys: tuple[str, str]) -> tuple[list | None, list]:
        """The titles read with the first key, read again with the second (None: read
        afresh), and those a fresh reading with the second finds."""
        doc = nlp(text)
        states = span_keys(list(doc.spans.get("states", [])))
        at = text.index(body)
        first, second = ([org_span(doc, at, at + len(body), k, gazetteer)] for k in keys)
        known = {(states, span_keys(first)): find_titles(doc, list(doc.spans["states"]), first)}
        fresh = _find_titles(doc, list(doc.spans["states"]), second)
        return _rekeyed(known, states, span_keys(second)), fresh

    return go


@pytest.mark.parametrize(
    ("text", "body", "keys", "again"),
    [
        ("Генеральный секретарь Альфакорпа Иван Петров прибыл в Анкару.", "Альфакорпа",
         ("", "org/alfakorp"), True),
        ("Генеральный секретарь Альфакорпа Иван Петров прибыл в Анкару.", "Альфакорпа",
         ("org/alfakorp", ""), True),
        ("Генеральный секретарь Альфакорпа Иван Петров прибыл в Анкару.", "Альфакорпа",
         ("org/alfakorp", "org/betakorp"), True),
        # must not: an adjective before the title gives it a state when the body has no key
        ("Бразильский глава Альфакорпа Иван Петров прибыл в Анкару.", "Альфакорпа",
         ("", "org/alfakorp"), False),
    ],
)  # fmt: skip
def test_titles_read_again_with_other_keys(read, text: str, body: str, keys, again: bool) -> None:
    rekeyed, fresh = read(text, body, keys)
    assert (rekeyed is not None) == again
    assert rekeyed in (None, fresh)
    assert any(t.body >= 0 for t in fresh)
