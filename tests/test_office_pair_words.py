"""A word of both on a word for states ("двух/обеих/наших стран") is read by the parse in
one place, `pair_words.both_word`: for the document's pair ("саммит двух стран"), the
partners of a bloc in relations and a title of "двух стран" whose holders serve one of the
pair each (offices' `pair_states`, which read it by a pattern of its own before). Sentences
of our own about other states (fifty-seventh pass, h-twins1)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

# text, the word of both on its word for states
WORDS = [
    ("Министры торговли двух стран встретились.", "два"),
    ("Министры торговли обеих стран встретились.", "оба"),
    ("Главы МИД обоих государств встретились.", "оба"),
    ("Президенты наших стран встретились.", "наш"),
    # must-nots: a count of more, a bloc's states, no word for states
    ("Министры торговли трёх стран встретились.", ""),
    ("Министры торговли стран ЕС встретились.", ""),
    ("Министры торговли двух министерств встретились.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), WORDS)
def test_the_word_of_both(nlp, text, word) -> None:
    from kg.resolve.pair_words import both_word  # the one reader, new this pass

    assert "".join(both_word(t) for t in nlp(text)) == word


FIELDS = ("office", "state")
CASES = [
    ("Министр торговли Израиля Нир Баркат прибыл в Иорданию. Соглашение подписали министры "
     "торговли обеих стран Нир Баркат и Юсеф Шамали.",
     "Шамали", {("министр торговли", "state/JOR")}),
    # must not: a third state named
    ("Министр торговли Израиля Нир Баркат прибыл в Иорданию, затем в Египет. Соглашение "
     "подписали министры торговли обеих стран Нир Баркат и Юсеф Шамали.",
     "Шамали", {("министр торговли", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_title_of_both_states(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """The second holder's state, told by the pair and the first one's."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
