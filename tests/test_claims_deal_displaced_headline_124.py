"""Claims (h-claims124): the sum of a deal on an act on counted things names the things
("контракт на поставку 24 вертолётов на сумму …" → поставка вертолётов, was "поставка");
a count of people the predicate names by what they did with an object ("были вынуждены
покинуть свои дома 700 тысяч человек" → покинувшие дома, "остались без крова" → оставшиеся
без крова, were "люди", "оставшиеся"); a headline's count of things the body tells by another
noun is one claim, the body's; the low end of a change "за два года" in words is two years
before, as "за 2 года" is."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows

_FIELDS = ("metric",)


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "Контракт на поставку 24 вертолётов на сумму 2 млрд долларов Египет и Италия "
            "заключили в марте.",
            2_000_000_000,
            "поставка вертолётов",
        ),
        (
            "Греция подписала с Францией сделку на покупку шести фрегатов на сумму 3 млрд евро.",
            3_000_000_000,
            "покупка фрегатов",
        ),
        # must-nots: a unit's count, goods with no count, a deal with no act
        (
            "Египет и Италия заключили контракт на поставку 300 тонн риса на сумму 6 млн долларов.",
            6_000_000,
            "поставка",
        ),
        (
            "Контракт на поставку газа на сумму 5 млрд долларов Турция и Азербайджан заключили "
            "в марте.",
            5_000_000_000,
            "поставка газа",
        ),
        (
            "Египет и Италия заключили контракт на сумму 2 млрд долларов.",
            2_000_000_000,
            "контракт",
        ),
    ],
)
def test_deal_sum_names_counted_things(analyse, text, value, metric):
    assert claim_of_value(analyse, text, value, _FIELDS) == (metric,)


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "По данным ООН, из-за боёв в Судане были вынуждены покинуть свои дома более 700 "
            "тысяч человек.",
            700_000,
            "покинувшие дома",
        ),
        (
            "Из-за наводнений в Пакистане были вынуждены покинуть свои жилища около 30 тысяч "
            "человек.",
            30_000,
            "покинувшие жилища",
        ),
        ("Из-за боёв в Мали свои дома покинули 40 тысяч человек.", 40_000, "покинувшие дома"),
        (
            "Из-за урагана на Кубе остались без крова 5 тысяч человек.",
            5_000,
            "оставшиеся без крова",
        ),
        ("Из-за наводнения в Бангладеш эвакуированы 12 тысяч человек.", 12_000, "эвакуированные"),
        # must-nots: a verb of attending, staying somewhere, a count with no predicate
        ("В форуме в Каире приняли участие 3 тысячи человек.", 3_000, "участники форума"),
        ("В лагерях на границе Чада — более 20 тысяч человек.", 20_000, "люди"),
        ("В городе Гао остались 2 тысячи человек.", 2_000, "оставшиеся"),
    ],
)
def test_people_named_by_their_deed(analyse, text, value, metric):
    assert claim_of_value(analyse, text, value, _FIELDS) == (metric,)


def test_request_to_hand_over_names_no_deed(analyse):
    text = "Киев обратился к Варшаве с просьбой передать на родину четверых украинцев."
    assert claim_of_value(analyse, text, 4, _FIELDS) == ("украинцы",)


_HEADLINED = "Германия вернула Камеруну 40 масок\n\nБЕРЛИН, 3 мая. {body}"


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        (
            "Германия официально передала Камеруну 40 предметов из этнографической коллекции.",
            [("предметы из этнографической коллекции", 40)],
        ),
        # must-nots: other states, two counts of the value in the body, another value
        (
            "Франция передала Гане 40 предметов.",
            [("маски", 40), ("предметы", 40)],
        ),
        (
            "Германия официально передала Камеруну 40 предметов и 40 картин.",
            [("картины", 40), ("маски", 40), ("предметы", 40)],
        ),
        (
            "Германия официально передала Камеруну 42 предмета.",
            [("маски", 40), ("предметы", 42)],
        ),
    ],
)
def test_headline_count_is_the_bodys(analyse, body, rows):
    found = claim_rows(analyse, _HEADLINED.format(body=body), ("metric", "value"))
    assert [(m, int(v)) for m, v in found] == rows


@pytest.mark.parametrize(
    ("span", "period"),
    [
        ("за два года", "2024"),
        ("за три года", "2023"),
        # must-nots: the span in digits reads as before, a span that is no number keeps the year
        ("за 2 года", "2024"),
        ("за этот год", "2026"),
    ],
)
def test_low_end_of_span_in_words(analyse, span, period):
    text = f"Товарооборот Египта и Иордании {span} вырос с 3 до 5 млрд долларов."
    rows = claim_rows(analyse, text, ("value", "period"), date="2026-01-20")
    assert (3_000_000_000, period) in [(int(v), p) for v, p in rows]
