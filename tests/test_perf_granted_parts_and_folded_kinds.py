"""Two cuts of a build's CPU with the same readings (sixty-fifth pass, h-perf67).

A part ", из которых 50 млн выделит банк" (`metrics.granted_part`) looked for its comma in
spaCy's `Doc.text`, which joins a `Token` made per word of the whole document at each call
(304 calls, ~1 % of a 100-document build's profile): it reads the Doc's text kept once
(`kg.doc_text`). Merging's title rules (`calls_in_title`, `changes_in_title`) folded every
other group of hits for each group only to test its kind: `folded_kind` gives the kind
`fold` gives, without folding the rest (2,448 folds of 100 NEREL documents → 1,574). What
is read is what was read: the rows and kinds below. States of our own: Kenya, Tanzania,
Uganda, Rwanda."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from call_counts import count_calls
from claim_runs import claim_rows

from kg.extract.claims import metrics
from kg.extract.context import Context
from kg.extract.events import merging, sameness
from kg.extract.events.hit import Hit
from kg.extract.events.sameness import fold, folded_kind
from kg.model import Document

METRICS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a part a verb of money names: that money
        ("Стоимость моста между Кенией и Танзанией оценивается в 800 млн долларов, из которых "
         "500 млн предоставит Африканский банк развития.",
         [("выделенные средства Африканского банка развития", 500_000_000),
          ("стоимость моста", 800_000_000)]),
        ("Бюджет программы Уганды и Руанды составляет 70 млн долларов, из которых 30 млн "
         "выделила Уганда.",
         [("бюджет программы", 70_000_000), ("выделенные средства", 30_000_000)]),
        # must-not: a part no verb of money names stays the whole's measure
        ("Бюджет программы Кении и Уганды составляет 40 млн долларов, из которых 25 млн уже "
         "освоены.",
         [("бюджет программы", 25_000_000), ("бюджет программы", 40_000_000)]),
    ],
)  # fmt: skip
def test_granted_parts_read_from_the_kept_text(
    analyse: Callable[..., Context], monkeypatch: pytest.MonkeyPatch, text: str, rows: list
) -> None:
    asked = count_calls(monkeypatch, metrics, "doc_text")
    assert claim_rows(analyse, text, METRICS) == rows
    assert asked.n  # the kept text, not spaCy's joined anew


def _hits(*kinds: str, lemma: str = "") -> list[Hit]:
    """A group of hits of these kinds, the first with `lemma`."""
    return [Hit(k, n, lemma if n == 0 else "", (0, 10), False) for n, k in enumerate(kinds)]


# (group, the kind it folds to)
KINDS = [
    (_hits("Visit", "OfficialVisit", "Talks"), "OfficialVisit"),  # a ranked visit first
    (_hits("Talks", "StateVisit"), "StateVisit"),
    (_hits("Visit", "Talks"), "Talks"),  # a bare visit ranks below talks
    (_hits("Meeting", "Talks"), "Talks"),
    (_hits("Meeting", "Talks", lemma="встреча"), "Meeting"),  # talks of the meeting told
    (_hits("PhoneCall", "Meeting"), "PhoneCall"),
    (_hits("Appointment"), "Appointment"),
]


@pytest.mark.parametrize(("group", "kind"), KINDS)
def test_folded_kind_is_the_folds(group: list[Hit], kind: str) -> None:
    assert folded_kind(group) == fold(group).kind == kind


def test_title_rules_fold_each_group_once(
    analyse: Callable[..., Context], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Groups of other kinds are told apart by their kind alone, not by a fold each."""
    folds = count_calls(monkeypatch, sameness, "_fold_hits")
    ctx = analyse(Document(id="t", text="Президент Кении посетил Танзанию."))
    groups = [_hits("Appointment"), _hits("Election"), _hits("Summit"), _hits("Exercise")]
    assert merging.calls_in_title(ctx, groups, "2025-05-04") == groups
    assert folds.n == len(groups)  # each group's own, none for the others' kinds
