"""A few people counted by their role stay claims (forty-third pass, h-claims61, own
sentences; a decision, no change): tests/gold/README.md counts every count where a numeral
is written, and the tuning gold reads "арестовала двух телевизионных журналистов", "ещё 7
художников", "6 зампредов" as claims, so no rule drops small counts of roles; the counts
already dropped are narrower (a frame's participants, `non_claims.frame_count`; ranks,
`non_claims.rank_count`). Relative times after an event stay terms too ("через два года
после выборов" → "срок после выборов", as "через два дня после визита" in the tuning gold)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На МКС работают два космонавта из Канады и Мексики.", [("космонавты", 2)]),
        (
            "В делегацию Чили вошли двое юристов и трое журналистов.",
            [("журналисты", 3), ("юристы", 2)],
        ),
        ("Через два года после выборов Эстония вступила в НАТО.", [("срок после выборов", 2)]),
        ("Египет посетили два миллиона туристов из Турции.", [("туристы", 2000000)]),
        ("Чили и Перу подписали пять соглашений.", [("соглашения", 5)]),
        # must not: a frame's participants, a rank
        ("Конфликт между тремя рыбаками из Чили и Перу закончился судом.", []),
        ("Первые два кандидата из Перу вышли во второй тур.", []),
    ],
)
def test_small_counts_of_roles_stay_claims(analyse, text: str, expected: list) -> None:
    assert [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)] == sorted(expected)
