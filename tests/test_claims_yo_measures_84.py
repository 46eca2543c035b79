"""Claims (h-claims84): a measure noun spelt with "ё" in the instrumental ("протяжённостью",
"ёмкостью") the tagger reads as a finite verb is mended into the noun it is, so the figure
after it measures the thing before it, even where the parser makes the measure the root;
real verbs in "ё" stay verbs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period", "status", "states")
_SRB_HUN = ["state/HUN", "state/SRB"]
_CHL_PER = ["state/CHL", "state/PER"]
_PIPELINE = ("протяжённость газопровода", Decimal(300), "километр", "eq", "", "forecast", _SRB_HUN)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # the deadline of building dates no length; the clause's future is a forecast
            "Сербия и Венгрия заявили, что газопровод протяжённостью 300 километров будет "
            "построен к 2029 году.",
            [_PIPELINE],
        ),
        (  # agreed: a target, still undated by the deadline
            "Чили и Перу договорились, что дорога протяжённостью 400 километров будет построена "
            "к 2030 году.",
            [("протяжённость дороги", Decimal(400), "километр", "eq", "", "target", _CHL_PER)],
        ),
        (  # the parser makes the measure the root: it still sizes the subject before it
            "Мост протяжённостью 2 километра между Чили и Перу будет построен.",
            [("протяжённость моста", Decimal(2), "километр", "eq", "", "forecast", _CHL_PER)],
        ),
        (
            "Газопровод протяжённостью 300 километров между Сербией и Венгрией будет построен к "
            "2029 году.",
            [_PIPELINE],
        ),
        (  # must-not: a thing built is no forecast
            "Мост протяжённостью 2 километра между Чили и Перу был построен.",
            [("протяжённость моста", Decimal(2), "километр", "eq", "", "actual", _CHL_PER)],
        ),
        (  # must-not: the same measure spelt with "е" reads as before
            "Чили и Перу построят дорогу протяженностью 400 километров.",
            [("протяжённость дороги", Decimal(400), "километр", "eq", "", "forecast", _CHL_PER)],
        ),
    ],
)
def test_measure_in_yo(analyse, text, rows):
    assert claim_rows(analyse, text, _FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "word", "pos", "case", "tense"),
    [
        ("Газопровод протяжённостью 300 километров будет построен.", "протяжённостью", "NOUN",
         ["Ins"], []),
        ("Мост протяжённостью 2 километра между Чили и Перу будет построен.", "протяжённостью",
         "NOUN", ["Ins"], []),
        # must-nots: verbs in "ё" stay verbs, their tense the dictionary's
        ("Сербия привлечёт 2 млрд долларов.", "привлечёт", "VERB", [], ["Fut"]),
        ("Венгрия разорвёт договор с Сербией.", "разорвёт", "VERB", [], ["Fut"]),
    ],
)  # fmt: skip
def test_yo_noun_mended(nlp, text, word, pos, case, tense):
    tok = next(t for t in nlp(text) if t.text == word)
    assert (tok.pos_, tok.morph.get("Case"), tok.morph.get("Tense")) == (pos, case, tense)
