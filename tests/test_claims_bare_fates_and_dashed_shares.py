"""Claims of a bare number beside a plural verb of fate ("Около 40 пострадали" → 40
пострадавшие, however the parse hangs the number) and of a percent after a dash that ends
the clause of a count ("жители 4079 домов — 90 %" → доля домов, as "(6 %)" after it is)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Около 40 пострадали, в числе которых трое детей.",
            [("дети", 3, "ребёнок"), ("пострадавшие", 40, "человек")],
        ),
        ("В результате взрыва в Каире 15 погибли.", [("погибшие", 15, "человек")]),
        ("Более 200 были задержаны полицией Лимы.", [("задержанные", 200, "человек")]),
        ("Около 2 тысяч пострадали при землетрясении в Перу.", [("пострадавшие", 2000, "человек")]),
        # persons counted before in the sentence are who the bare number counts
        (
            "В Ираке было захвачено 242 иностранных заложника, из них 43 были убиты.",
            [
                ("захваченные иностранные заложники", 242, "заложник"),
                ("убитые заложники", 43, "заложник"),
            ],
        ),  # fmt: skip
        # must not: a count before keeps giving its noun, a part "из них" or a score is none
        (
            "Из 50 пассажиров автобуса в Чили 40 пострадали.",
            [("пассажиры автобуса", 50, "пассажир"), ("пострадавшие пассажиры", 40, "пассажир")],
        ),
        (
            "При взрыве в Анкаре погибли 64 человека, ещё около 300 получили ранения.",
            [("погибшие", 64, "человек"), ("раненые", 300, "человек")],
        ),
        ("В матче сборные Чили и Перу сыграли 3:1.", []),
    ],
)
def test_bare_number_of_a_verb_of_fate(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За выход из программы проголосовали жители 276 домов (6 %), в то время как за "
            "снос выступили жители 4079 домов — 90 %.",
            [
                ("доля домов", 6, "percent"),
                ("доля домов", 90, "percent"),
                ("дома", 276, "дом"),
                ("дома", 4079, "дом"),
            ],
        ),  # fmt: skip
        (
            "За соглашение с Перу высказались жители 300 сёл — 75 %.",
            [("доля сёл", 75, "percent"), ("сёла", 300, "село")],
        ),
        # must not: a measured noun before the dash is no count
        (
            "Инфляция в Чили составила 7 %, в Перу — 5 %.",
            [("инфляция", 5, "percent"), ("инфляция", 7, "percent")],
        ),
    ],
)
def test_percent_after_a_dash_ending_a_count(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected
