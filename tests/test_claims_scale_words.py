"""gapping's scale words are lexicons' MILLIONS with "тыс" (forty-third pass): one source,
which adds "триллион" to the words it skipped and keeps every other."""

from __future__ import annotations

import pytest

from kg.extract.claims.gapping import _SCALE_WORD


@pytest.mark.parametrize(
    "word", ["тыс", "тысячи", "тысяч", "млн", "млрд", "трлн", "миллиона", "миллиардов", "триллиона"]
)
def test_scale_words_are_skipped(word: str) -> None:
    assert _SCALE_WORD.match(word)


@pytest.mark.parametrize("word", ["выходцы", "человек", "—", "граждан"])
def test_other_words_are_not(word: str) -> None:
    assert not _SCALE_WORD.match(word)
