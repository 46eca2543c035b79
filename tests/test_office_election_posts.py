"""A title an election noun governs ("Выборы главы государства в Чили должны состояться",
"выборы президента Перу") names the post to be filled, not the one holding it now: no
mention of the sitting holder (h-offices47, the forty-fourth pass; own sentences about
Chile, Peru)."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def title_mentions(ex: Extraction) -> set[str]:
    """The text of each person mention read off a title."""
    return {
        ex.document.text[m.start : m.end]
        for m in ex.mentions
        if m.type == "Person" and m.via == "title"
    }


CASES = [
    ("Президент Чили Себастьян Пиньера прибыл в Лиму. Выборы главы государства в Чили "
     "должны состояться в ноябре 2021 года.", set()),
    ("Президент Перу Педро Кастильо прибыл в Сантьяго. Досрочные выборы президента Перу "
     "назначены на апрель.", set()),
    # must not change: the holder named by his title beside an election
    ("Президент Чили Себастьян Пиньера прибыл в Лиму. Глава государства провел переговоры.",
     {"Глава государства"}),
    ("Президент Перу Педро Кастильо прибыл в Сантьяго. Перед выборами президент Перу провел "
     "переговоры.", {"президент Перу"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_office_election_posts(extraction_of, text: str, expected: set[str]) -> None:
    """The elected post's title is no mention of its holder."""
    assert title_mentions(extraction_of(text, "2021-05-15", "offices")) == expected
