"""Claims (h-claims126): the sum "на сумму" the parser hangs on things counted after an act
("контракт на строительство 3 мостов на сумму …") is the act's price, named with its things
("строительство мостов", was "мосты"), as h-claims124 named "поставка вертолётов"; people
who want or plan a deed are named by the wish and the deed ("хотят покинуть страну" →
желающие покинуть страну, was "хотящие")."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "Контракт на строительство 3 мостов на сумму 2 млрд долларов Египет и Италия "
            "заключили в марте.",
            2_000_000_000,
            "строительство мостов",
        ),
        (
            "Контракт на ремонт 40 школ на сумму 300 млн долларов Перу и Чили подписали в марте.",
            300_000_000,
            "ремонт школ",
        ),
        (
            "Вьетнам и Лаос подписали контракт на возведение двух электростанций на сумму 900 млн "
            "долларов.",
            900_000_000,
            "возведение электростанций",
        ),
        # must-nots: the count stays the things', a unit's count; a paper's "о"-topic that is
        # an act is the act's since h-claims127 (was "соглашение")
        (
            "Контракт на ремонт 40 школ на сумму 300 млн долларов Перу и Чили подписали в марте.",
            40,
            "школы",
        ),
        (
            "Египет и Италия заключили контракт на поставку 300 тонн риса на сумму 6 млн долларов.",
            6_000_000,
            "поставка",
        ),
        (
            "Египет и Италия подписали соглашение о закупке 12 фрегатов на сумму 2 млрд долларов.",
            2_000_000_000,
            "закупка фрегатов",
        ),
    ],
)
def test_sum_on_counted_things_is_the_acts(analyse, text, value, metric):
    assert claim_of_value(analyse, text, value, ("metric",)) == (metric,)


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "Около 30 тысяч человек хотят покинуть страну, сообщила ООН.",
            30_000,
            "желающие покинуть страну",
        ),
        ("Около 500 человек собираются покинуть Гаити.", 500, "собирающиеся покинуть"),
        # must-nots: a wish with no infinitive, a deed done, another object
        ("Около 500 человек хотят мира.", 500, "люди"),
        ("Из-за боёв в Мали свои дома покинули 40 тысяч человек.", 40_000, "покинувшие дома"),
        ("Около 500 человек потеряли работу.", 500, "люди"),
    ],
)
def test_people_named_by_a_wished_deed(analyse, text, value, metric):
    assert claim_of_value(analyse, text, value, ("metric",)) == (metric,)
