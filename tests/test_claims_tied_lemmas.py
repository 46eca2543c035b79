"""A counted noun two lemmas read alike takes the one its word is more often read as with
that part of speech (forty-third pass, own sentences): "12 статей договора" counts "статья",
not "стать" (pymorphy3 ranks both 0.5), and articles are no news figure
(non_metric_units.txt); a noun whose reading pymorphy3 ranks first stays its lemma."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

from kg.nlp.morph import morph

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("word", "pos", "case", "lemma"),
    [
        ("статей", "NOUN", "Gen", "статья"),
        # must not: a first reading ranked above the rest, another part of speech
        ("стали", "NOUN", "Gen", "сталь"),
        ("стали", "VERB", "", "стать"),
        ("полей", "NOUN", "Gen", "поле"),
        ("мер", "NOUN", "Gen", "мера"),
    ],
)
def test_a_tie_of_lemmas_takes_the_one_read_so(word: str, pos: str, case: str, lemma: str) -> None:
    assert morph().lemma(word, pos, case) == lemma


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Эстония и Латвия согласовали 12 статей договора о границе.", []),
        ("Парламент Чили ратифицировал 15 статей соглашения с Перу.", []),
        # must not: things counted that are figures, steel in tonnes
        ("Чили и Перу подписали пять соглашений.", [("соглашения", 5, "соглашение")]),
        (
            "Египет поставил в Турцию 2 млн тонн стали.",
            [("поставки стали", 2000000, "тонна")],
        ),
    ],
)
def test_articles_counted_are_no_claims(analyse, text: str, expected: list) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert [(m, int(v), u) for m, v, u in rows] == sorted(expected)
