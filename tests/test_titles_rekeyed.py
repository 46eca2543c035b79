"""A document's titles read again with other keys of the same organization spans (the names
reading keys a body the gazetteer does not know "", the offices extractor by its entity) are
the titles a fresh reading finds, where an adjective before the title would start it (a body
of no key) too. Through `find_titles`, which keeps a Doc's titles by the spans they were read
with."""

from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.nlp.pipeline import build_pipeline
from kg.resolve.org_naming import org_span
from kg.resolve.titles import find_titles


@pytest.fixture(scope="module")
def read():
    nlp = build_pipeline()
    gazetteer = Gazetteer.load()

    def go(text: str, body: str, keys: tuple[str, str]) -> tuple[list, list]:
        """The titles read with the first key, then with the second, and those a fresh
        reading of the text with the second finds."""
        at = text.index(body)
        doc, fresh = nlp(text), nlp(text)
        first, second, new = (
            [org_span(d, at, at + len(body), k, gazetteer)]
            for d, k in ((doc, keys[0]), (doc, keys[1]), (fresh, keys[1]))
        )
        find_titles(doc, list(doc.spans["states"]), first)
        again = find_titles(doc, list(doc.spans["states"]), second)
        return again, find_titles(fresh, list(fresh.spans["states"]), new)

    return go


@pytest.mark.parametrize(
    ("text", "body", "keys"),
    [
        ("Генеральный секретарь Альфакорпа Иван Петров прибыл в Анкару.", "Альфакорпа",
         ("", "org/alfakorp")),
        ("Генеральный секретарь Альфакорпа Иван Петров прибыл в Анкару.", "Альфакорпа",
         ("org/alfakorp", "")),
        ("Генеральный секретарь Альфакорпа Иван Петров прибыл в Анкару.", "Альфакорпа",
         ("org/alfakorp", "org/betakorp")),
        # an adjective before the title gives it a state when the body has no key
        ("Бразильский глава Альфакорпа Иван Петров прибыл в Анкару.", "Альфакорпа",
         ("", "org/alfakorp")),
    ],
)  # fmt: skip
def test_titles_read_again_with_other_keys(read, text: str, body: str, keys) -> None:
    again, fresh = read(text, body, keys)
    assert again == fresh
    assert any(t.body >= 0 for t in fresh)
