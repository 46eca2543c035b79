"""The word a duration hangs on is found past its bound's comparative, and the walk up the
parse ends at the sentence's root even when the root lies inside the duration's span: a
spaCy `Token` is made anew on each access, so `t.head is not t` never tells the root (a
headline "Не позднее 14 дней" looped for ever in a NEREL build of the forty-ninth pass)."""

from __future__ import annotations

import threading

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.claims.durations import _governor


@pytest.mark.parametrize(
    ("words", "heads", "deps", "span", "unit", "expected"),
    [
        # the root inside the span: the walk stops there
        (
            ["Не", "позднее", "14", "дней"],
            [1, 1, 3, 1],
            ["advmod", "ROOT", "nummod", "obl"],
            (0, 4),
            3,
            1,
        ),
        # the root outside: the word the span hangs on
        (
            ["Вернуть", "долг", "не", "позднее", "14", "дней"],
            [0, 0, 3, 5, 5, 0],
            ["ROOT", "obj", "advmod", "advmod", "nummod", "obl"],
            (2, 6),
            5,
            0,
        ),
    ],
)
def test_the_walk_up_ends_at_the_root(words, heads, deps, span, unit, expected) -> None:  # noqa: ANN001
    doc = Doc(spacy.blank("ru").vocab, words=words, heads=heads, deps=deps)
    found: list[int] = []
    walk = threading.Thread(
        target=lambda: found.append(_governor(doc[unit], doc[span[0] : span[1]]).i), daemon=True
    )
    walk.start()
    walk.join(timeout=10)
    assert found == [expected]
