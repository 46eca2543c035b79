"""A few sides counted in another noun's genitive are no claim; a count the parse makes a
second subject of a transitive verb is its object; sixty-sixth pass (h-claims118).

"Спикеры двух парламентов провели переговоры" gave a claim "парламенты 2": the count only
names the sides whose speakers met, as "двух стран" does. "Таиланд эвакуировал более 1200
своих граждан" gave "эвакуировавшие граждане": the parse made the count (or "более") a
second subject beside the verb's own, so the people read as those who evacuated. Own
sentences about Norway–Peru, Chile–Bolivia, Thailand–Myanmar, Vietnam–Laos."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows

ROWS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # musts: the sides whose people or acts the noun before names
        ("В пятницу спикеры двух парламентов провели переговоры в Осло.", []),
        ("Встреча трёх министров прошла в Лиме.", []),
        ("Представители двух правительств обсудили торговлю Чили и Боливии.", []),
        ("Руководители трёх ведомств Вьетнама и Лаоса провели совещание.", []),
        # must-nots: the count of the verb, no side, a fate, a figure beside the sides
        ("В результате взрыва в Лиме погибли два министра.", [("погибшие министры", 2)]),
        ("Работники двух заводов Перу объявили забастовку.", [("заводы", 2)]),
        ("В учениях участвуют около 600 военнослужащих двух стран.",
         [("военнослужащие", 600)]),
    ],
)  # fmt: skip
def test_claims_sides_counted_in_a_genitive_are_no_claim(analyse, text, rows):
    assert claim_rows(analyse, text, ROWS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # musts: the verb's own subject before it, the count after it
        ("Таиланд эвакуировал из Мьянмы более 1200 своих граждан",
         [("эвакуированные граждане", 1200)]),
        ("Перу эвакуировало из Боливии более 700 своих граждан",
         [("эвакуированные граждане", 700)]),
        # must-nots: a subject of its own, a verb agreeing with no subject before it
        ("В Перу погибли 40 человек.", [("погибшие", 40)]),
        ("Власти Перу задержали 14 граждан Чили.", [("задержанные граждане Чили", 14)]),
        ("Ливан покинули 300 граждан Чили.", [("граждане Чили", 300)]),
    ],
)  # fmt: skip
def test_claims_count_read_as_second_subject_is_the_object(analyse, text, rows):
    assert claim_rows(analyse, text, ROWS) == rows


def test_claims_count_after_a_plural_subject_is_the_object(analyse):
    """The parse makes "граждан" a second subject beside "Власти" (with a time between)."""
    text = "Власти Таиланда за трое суток эвакуировали из Мьянмы 1 250 граждан."
    assert claim_of_value(analyse, text, 1250, ("metric",)) == ("эвакуированные граждане",)
