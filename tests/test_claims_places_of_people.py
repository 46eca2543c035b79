"""People a verb of being somewhere counts are named by the place the sentence gives
(forty-third pass, own sentences): "в автобусе находились 44 человека" → "находившиеся в
автобусе" (was a bare "находившиеся"), "автобус, в котором находился 51 человек" → the bus,
"на борту самолёта" with its genitive, a state's name as written; what befell them stays
their metric ("погибли 12 человек, находившихся на борту" → погибшие), and a noun of who
they are too ("находятся 300 военнослужащих")."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В момент аварии в автобусе находились 44 человека — граждан Латвии.",
            [("находившиеся в автобусе", 44)],
        ),
        (
            "Автобус, в котором находился 51 человек, съехал в кювет в Эстонии.",
            [("находившиеся в автобусе", 51)],
        ),
        (
            "На борту самолёта, летевшего из Канады в Мексику, находились 150 человек.",
            [("находившиеся на борту самолёта", 150)],
        ),
        ("В день выборов в Перу находились 30 тысяч человек.", [("находившиеся в Перу", 30000)]),
        # must not: a fate, a noun of who they are, a verb of another kind
        (
            "В авиакатастрофе в Египте погибли 12 человек, находившихся на борту.",
            [("погибшие", 12)],
        ),
        ("В Латвии находятся 300 военнослужащих Эстонии.", [("военнослужащие", 300)]),
        ("В Чили из Перу прибыли 200 человек.", [("прибывшие", 200)]),
    ],
)
def test_people_somewhere_are_named_by_the_place(analyse, text: str, expected: list) -> None:
    assert [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)] == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жертвами взрыва в Египте стали три человека.", [("жертвы взрыва", 3)]),
        ("Участниками форума в Чили являются более 800 человек.", [("участники форума", 800)]),
        ("Победителями конкурса в Мексике стали 12 человек.", [("победители конкурса", 12)]),
        # must not: a level a count reaches, what befell them
        ("Число погибших в Египте стало 12 человек.", [("погибшие", 12)]),
        ("В Египте погибли 12 человек.", [("погибшие", 12)]),
    ],
)
def test_people_a_copula_names_are_so_named(analyse, text: str, expected: list) -> None:
    """People a copula names in the instrumental ("жертвами стали три человека") are what
    it names (`people._named_as`), no bare "люди"."""
    assert [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)] == sorted(expected)
