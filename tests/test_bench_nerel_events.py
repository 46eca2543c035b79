"""bench/nerel_events.py's pure matching: reading brat lines, covering selectors, places, units."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import nerel_events as ne  # noqa: E402

TEXT = (
    "Президент Чили Габриэль Борич посетил Лиму. "
    "Визит длился 3 дня, 5 мая выделено 10 млн долларов."
)
ANN = "\n".join(
    [
        "T1\tPERSON 15 29\tГабриэль Борич",
        "T2\tEVENT 30 37\tпосетил",
        "T3\tCITY 38 42\tЛиму",
        "T4\tCOUNTRY 10 14\tЧили",
        "T5\tEVENT 44 49\tВизит",
        "T6\tNUMBER 57 58\t3",
        "T7\tNUMBER 64 65\t5",
        "T8\tMONEY 79 94\t10 млн долларов",
        "T9\tNUMBER 79 81\t10",
        "T11\tDATE 64 69\t5 мая",
        "T10\tEVENT 44 49;50 56\tВизит длился",
        "R1\tPARTICIPANT_IN Arg1:T1 Arg2:T2\t",
        "R2\tTAKES_PLACE_IN Arg1:T2 Arg2:T3\t",
        "R3\tPARTICIPANT_IN Arg1:T3 Arg2:T5\t",
    ]
)


def test_read_ann() -> None:
    gold = ne.read_ann(ANN, TEXT)
    assert [e.span for e in gold.events] == [(30, 37), (44, 49)]  # the split span left out
    assert gold.events[0].actors == [(15, 29)]
    assert gold.events[0].places == [((38, 42), "Лиму")]
    assert gold.events[1].actors == []  # a CITY is no actor
    # "3 дня" counts days; "5 мая" lies inside a DATE, "10" lies inside the MONEY span
    assert gold.amounts == [("MONEY", (79, 94), ""), ("NUMBER", (57, 58), "день")]


def _kg() -> ne.KgDoc:
    visit = ne.KgEvent([(0, 43)], {"person/borich"}, {"Лима"})
    return ne.KgDoc(
        events={"event/1": visit, "event/2": ne.KgEvent([(100, 120)])},
        mentions=[((15, 29), "person/borich", "Габриэль Борич")],
        claims=[((44, 96), "USD")],
    )


def test_score_events() -> None:
    tally = ne.Tally()
    ne.score_events("d", ne.read_ann(ANN, TEXT), _kg(), tally)
    assert tally.counts["events"] == 1 and tally.counts["events total"] == 2
    assert tally.counts["events with actors"] == 1 and tally.counts["events with actors total"] == 1
    assert (tally.counts["participants"], tally.counts["places"]) == (1, 1)
    assert (tally.counts["kg events"], tally.counts["kg events total"]) == (1, 2)
    assert tally.misses == [("EVENT", "d", (44, 49))]


def test_score_claims() -> None:
    tally = ne.Tally()
    ne.score_claims("d", ne.read_ann(ANN, TEXT), _kg(), tally)
    assert tally.counts["MONEY unit fits"] == 1
    assert tally.counts["NUMBER"] == 1 and tally.counts["NUMBER unit fits"] == 0  # USD, not days
    assert tally.misses == [("NUMBER", "d", (57, 58))]


@pytest.mark.parametrize(
    ("location", "place", "labels", "named"),
    [
        ("Лима", "Лиме", (), True),
        ("Мёртвое море", "Мёртвом море", (), True),
        ("Москва, Россия", "Москве", (), True),
        ("Россия", "РФ", ("Россия",), True),
        ("Лима", "Перу", ("Перу",), False),
        ("Новая Москва", "Новгород", (), False),
    ],
)
def test_place_named(location: str, place: str, labels: tuple[str, ...], named: bool) -> None:
    assert ne.place_named(location, place, labels) is named


@pytest.mark.parametrize(
    ("kind", "unit", "fits"),
    [("MONEY", "USD", True), ("MONEY", "percent", False), ("PERCENT", "percent", True),
     ("NUMBER", "человек", True), ("NUMBER", "RUB", False), ("NUMBER", "покупка", False)],
)  # fmt: skip
def test_unit_fits(kind: str, unit: str, fits: bool) -> None:
    assert ne.unit_fits(kind, unit, "человек") is fits


def test_sentence() -> None:
    assert ne.sentence(TEXT, (57, 58)) == "Визит длился 3 дня, 5 мая выделено 10 млн долларов."
    assert ne.sentence(TEXT, (30, 37)) == "Президент Чили Габриэль Борич посетил Лиму."


def test_words_around() -> None:
    assert ne.next_word(TEXT, 58) == "дня"
    assert ne.next_word(TEXT, 94) == ""  # a stop follows
    assert ne.previous_word(TEXT, 79) == "выделено"
    assert ne.previous_word("совладельцем (70 %)", 14) == "совладельцем"
    assert ne.previous_word("Итог:\n17% за", 6) == ""
