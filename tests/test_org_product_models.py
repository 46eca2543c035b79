"""A maker's Latin-script name right before a model's number or code ("Boeing 737 MAX",
"Xiaomi 14", "Huawei P60", "Airbus A350") names the product, not the company: no
organization mention. The company named alone stays one ("компания Boeing", "у Boeing"),
and so does one before a quantity or a date ("Samsung 5 мая представила")."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def named():
    read = shipped_reader()
    return lambda text: sorted(m.text for m in read(text) if m.type == "Organization")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Египет подписал контракт на поставку Boeing 737 MAX.", []),
        ("Авиакомпания Turkish Airlines получила первый Boeing 787 для рейсов в Торонто.",
         ["Turkish Airlines"]),
        ("Xiaomi 14 и Huawei P60 стали самыми продаваемыми смартфонами в Египте.", []),
        ("В Чили начались продажи Samsung Galaxy S24 и iPhone 15.", []),
        # must-not: the company named alone
        ("Египет подписал контракт на поставку Boeing 737 MAX. Представители Boeing прибыли "
         "в Каир.", ["Boeing"]),
        ("Египет закупил у Boeing самолёты для рейсов в Мехико.", ["Boeing"]),
        ("Huawei 5 мая открыла в Лиме исследовательский центр.", ["Huawei"]),
        ("Huawei и Xiaomi открыли магазины в Лиме.", ["Huawei", "Xiaomi"]),
    ],
)  # fmt: skip
def test_maker_before_a_model(named, text: str, expected: list[str]) -> None:
    assert named(text) == expected
