"""A bare number after a dash that stands for the verb of a count before it, with a holder
of its own before the dash, counts what that count counts (forty-fourth pass, h-claims66,
own sentences): "Либералы имеют 150 мест, консерваторы - 120" are 150 and 120 seats, down
a list and on into a list after a colon that goes on with it."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


def _rows(analyse, text: str) -> list[tuple[str, int]]:
    return [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Либералы имеют в парламенте Канады 150 мест, консерваторы - 120.",
            [("места", 120), ("места", 150)],
        ),
        (
            "Партия «Единство» имеет в Рийгикогу Эстонии 34 депутата, а партия «Центр» — 26,"
            " партия «Отечество» — 12.",
            [("депутаты", 12), ("депутаты", 26), ("депутаты", 34)],
        ),
        (
            "Партия «Единство» имеет в Рийгикогу Эстонии 34 депутата, SDE - 26. Противостоящие"
            " им правые: EKRE - 19, Isamaa - 12.",
            [("депутаты", 12), ("депутаты", 19), ("депутаты", 26), ("депутаты", 34)],
        ),
        (
            "Партия «Единство» имеет в Рийгикогу Эстонии 34 депутата, «Блок 21» - 26, VIA 09 - 11.",
            [("депутаты", 11), ("депутаты", 26), ("депутаты", 34)],
        ),
        (
            "В сейме Латвии у социал-демократов 23 места, у консерваторов - 16.",
            [("места", 16), ("места", 23)],
        ),
    ],
)
def test_a_gapped_holder_keeps_the_count(analyse, text: str, expected: list) -> None:
    assert _rows(analyse, text) == expected


def test_a_list_after_a_colon_goes_on_with_the_count(analyse) -> None:
    text = (
        "Партия «Единство» имеет в 101-местном Рийгикогу Эстонии 34 депутата, партия «Центр»"
        " - 26. Противостоящие им правые: партия «Отечество» - 12, партия «Родина» - 10."
    )
    assert [r for r in _rows(analyse, text) if r[0] == "депутаты"] == [
        ("депутаты", 10), ("депутаты", 12), ("депутаты", 26), ("депутаты", 34)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # a metric noun of its own after the comma
        ("Мексика закупила 12 самолётов, число пилотов — 30.", 30),
        # the counted noun itself in the genitive: a count of another thing
        ("Египет купил 30 истребителей, а вертолётов — 48.", 48),
        # a dash that is no gap: the item is a clause with a verb
        ("Перу получило 12 самолётов, а Чили - как сообщается, 20.", 20),
    ],
)
def test_no_holder_no_count(analyse, text: str, second: int) -> None:
    counted = {r[0] for r in _rows(analyse, text) if r[1] == second}
    assert not counted & {"самолёты", "самолеты", "истребители"}


def test_a_list_of_parties_without_numbers_gives_none(analyse) -> None:
    text = (
        "Партия «Единство» имеет в Рийгикогу Эстонии 34 депутата. Противостоящие им правые:"
        " партия «Отечество» - главная сила оппозиции, партия «Родина» - её союзник."
    )
    assert _rows(analyse, text) == [("депутаты", 34)]
