"""Claims (h-claims105): a measure in the instrumental the parser hangs on a thing past that
thing's own genitives sizes the thing ("кредит банка развития объёмом …" → кредит, not a bare
"объём"), and one hung on a unit sizes what the unit weighs ("тонн зерна стоимостью …" →
стоимость зерна); a sum "в"/"на" an act of opening or granting a credit sizes the credit
("открытие кредитной линии в …" → кредитная линия). A sum a paper's "о"-phrase of such an act
names, or an infinitive of agreeing governs, is a promise, a target ("подписали меморандум об
открытии кредитной линии", "согласился предоставить"); denied, no one's."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows

_METRIC = ("metric",)


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "Египет получил кредит банка развития объёмом 2 млрд долларов.",
            2_000_000_000,
            "кредит банка развития",
        ),
        (
            "Аргентина поставила Алжиру 100 тысяч тонн зерна стоимостью 30 млн долларов.",
            30_000_000,
            "стоимость зерна",
        ),
        (
            "Турция и Египет подписали меморандум об открытии кредитной линии в 300 млн долларов.",
            300_000_000,
            "кредитная линия",
        ),
        # must-nots: the thing alone, the tonnes weighed, a line opened by a verb, an act of
        # trade, a measure with nothing between
        (
            "Аргентина поставила Алжиру 100 тысяч тонн зерна стоимостью 30 млн долларов.",
            100_000,
            "поставки зерна",
        ),
        ("Вьетнам получил кредит объёмом 2 млрд долларов.", 2_000_000_000, "кредит"),
        (
            "Банк Китая открыл Пакистану кредитную линию в 400 млн долларов.",
            400_000_000,
            "кредитная линия",
        ),
        (
            "Стороны подписали соглашение о поставках газа на 2 млрд долларов.",
            2_000_000_000,
            "поставки газа",
        ),
        (
            "Индия начала в Непале строительство моста стоимостью 300 млн долларов.",
            300_000_000,
            "стоимость моста",
        ),
    ],
)
def test_sized_thing(analyse, text, value, metric):
    assert claim_of_value(analyse, text, value, _METRIC) == (metric,)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Токио согласился предоставить Маниле 10 патрульных катеров.",
            [("патрульные катера", "target")],
        ),
        (
            "Сеул согласился закупить у Канберры 30 самолётов.",
            [("самолёты", "target")],
        ),
        (
            "Турция и Египет подписали меморандум об открытии кредитной линии в 300 млн долларов.",
            [("кредитная линия", "target")],
        ),
        (
            "Корея подписала с Вьетнамом соглашение о предоставлении кредита в размере 300 млн "
            "долларов.",
            [("кредит", "target")],
        ),
        (
            "Эксимбанк Индии объявил об открытии кредитной линии в 200 млн долларов.",
            [("кредитная линия", "target")],
        ),
        ("Токио не согласился предоставить Маниле 10 патрульных катеров.", []),
        # must-nots: agreeing to a clause, a line opened, a plant opened, a deal of trade, a
        # grant done
        (
            "Премьер Италии согласился, что экспорт в прошлом году вырос на 5 %.",
            [("рост экспорта", "actual")],
        ),
        (
            "Банк Китая открыл Пакистану кредитную линию в 400 млн долларов.",
            [("кредитная линия", "actual")],
        ),
        (
            "Стороны подписали соглашение о поставках газа на 2 млрд долларов.",
            [("поставки газа", "actual")],
        ),
        (
            "Германия предоставила Польше 20 танков.",
            [("танки", "actual")],
        ),
    ],
)
def test_promised_sum(analyse, text, rows):
    assert claim_rows(analyse, text, ("metric", "status")) == rows
