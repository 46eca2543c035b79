"""Claims (h-claims90): a count that is the value of a measured subject ("Вместимость стадиона
составит 40 тысяч зрителей") is that measure of the thing in its genitive, counted in the
counted noun, not a count of spectators; a bare measure a possessive pronoun opening the next
sentence owns ("… построят газопровод. Его протяжённость составит 40 км") measures the thing
the sentence before told, as one within its sentence does (h-claims87), also a thing a number
counts ("три моста, а их стоимость"). A count of who came stays theirs; "его" of a person
names no thing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "status", "states")
_SRB_HUN = ["state/HUN", "state/SRB"]
_CHL_PER = ["state/CHL", "state/PER"]
_EGY_JOR = ["state/EGY", "state/JOR"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Вместимость стадиона, который Венгрия построит в Сербии, составит 40 тысяч зрителей.",
         [("вместимость стадиона", Decimal(40_000), "зритель", "forecast", _SRB_HUN)]),
        ("Вместимость стадиона, построенного Чили в Перу, составляет 48 тысяч мест.",
         [("вместимость стадиона", Decimal(48_000), "место", "actual", _CHL_PER)]),
        # a dash for the verb
        ("Пропускная способность порта, построенного Египтом в Иордании, — 2 млн контейнеров.",
         [("пропускная способность порта", Decimal(2_000_000), "контейнер", "actual",
           _EGY_JOR)]),
        ("Пропускная способность египетского порта в Иордании — 2 млн контейнеров.",
         [("пропускная способность порта", Decimal(2_000_000), "контейнер", "actual",
           _EGY_JOR)]),
        # a verb of reaching "до"
        ("Вместимость арены, построенной Венгрией в Сербии, увеличится до 20 тысяч зрителей.",
         [("вместимость арены", Decimal(20_000), "зритель", "forecast", _SRB_HUN)]),
        # units of measure and sums read as they did
        ("Мощность завода, который Чили построит в Перу, составит 2 млн тонн.",
         [("мощность завода", Decimal(2_000_000), "тонна", "forecast", _CHL_PER)]),
        ("Стоимость проекта Египта и Иордании составит 2 млрд долларов.",
         [("стоимость проекта", Decimal(2_000_000_000), "USD", "forecast", _EGY_JOR)]),
        # must-not: a count of who came is theirs
        ("Матч сборных Сербии и Венгрии посетили 40 тысяч зрителей.",
         [("зрители", Decimal(40_000), "зритель", "actual", _SRB_HUN)]),
    ],
)  # fmt: skip
def test_measured_subject_names_the_count(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Сербия и Венгрия построят три моста через Дунай. Их стоимость оценивается в 90 млн "
         "евро.",
         [("мосты", Decimal(3), "мост", "forecast"),
          ("стоимость мостов", Decimal(90_000_000), "EUR", "forecast")]),
        ("Египет и Иордания проложат газопровод до Акабы. Его протяжённость составит 40 км.",
         [("протяжённость газопровода", Decimal(40), "километр", "forecast")]),
        # an adjective the measure keeps
        ("Египет и Иордания проложат газопровод до Акабы. Его пропускная способность составит "
         "10 млрд кубометров.",
         [("пропускная способность газопровода", Decimal(10_000_000_000), "кубометр",
           "forecast")]),
        # a thing told in the past keeps the figure actual
        ("Чили и Перу построили на границе дорогу. Её стоимость составила 300 млн долларов.",
         [("стоимость дороги", Decimal(300_000_000), "USD", "actual")]),
        # a thing a number counts within the sentence, not the parties
        ("Стороны построят три моста между Сербией и Венгрией, а их стоимость оценивается в 90 "
         "млн евро.",
         [("мосты", Decimal(3), "мост", "forecast"),
          ("стоимость мостов", Decimal(90_000_000), "EUR", "forecast")]),
        # the main verb's thing, not one of a clause inside
        ("Сербия и Венгрия создали фонд для проектов, позволяющих сократить импорт газа. "
         "Первоначальный его размер составит 100 млн евро.",
         [("размер фонда", Decimal(100_000_000), "EUR", "forecast")]),
        # must-not: "его" of a person names no thing of his sentence
        ("Министр Сербии представил в Венгрии доклад. Его состояние оценивается в 2 млн евро.",
         [("состояние", Decimal(2_000_000), "EUR", "actual")]),
        # must-not: a pronoun after nouns of its own sentence looks no further back
        ("Египет и Иордания проложат газопровод. По данным министерства, его стоимость "
         "составит 2 млрд долларов.",
         [("стоимость", Decimal(2_000_000_000), "USD", "forecast")]),
    ],
)  # fmt: skip
def test_pronoun_opening_the_next_sentence_owns_the_thing(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS[:-1]) == sorted(rows)


def test_a_persons_report_has_no_measure_of_him(analyse) -> None:
    """ "Его доклад длился 40 минут": the length of the report, nothing of the minister."""
    text = "Министр Египта выступил на форуме в Иордании. Его доклад длился 40 минут."
    assert claim_rows(analyse, text, ("metric", "value", "unit")) == [
        ("продолжительность доклада", Decimal(40), "минута")
    ]
