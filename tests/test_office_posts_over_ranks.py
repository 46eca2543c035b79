"""A rank between a post and the name, and a deputy of a city's or a region's head
(seventy-second pass, h-names163; own sentences about Pakistan, Jordan, Turkey, Iraq,
Saudi Arabia, Kuwait, Oman, Peru):

- a rank the tagger read as the accusative after a genitive post ("По словам министра
  обороны Пакистана генерал-лейтенанта X") gave the bare rank; a rank after the genitive
  complement of an accusative or instrumental deputy ("принял заместителя министра обороны
  Ирака генерала X", "с заместителем … генералом X") gave "министр обороны" or "генерал":
  now the post, in the offices rows and the person's own office and state alike; a later
  "Генерал X" of one given such a post makes no rank row;
- a deputy's post of a city's or a region's head ("заместитель губернатора Эр-Рияда X",
  "Заместитель губернатора провинции Мекка принц X") serves the state the place is in, as
  the head's post does."""

from __future__ import annotations

import pytest
from fact_reads import person_office, text_holdings

Holding = tuple[str, str]  # office, state


RANKS = [
    ("По словам министра обороны Пакистана генерал-лейтенанта Имрана Хасана, переговоры "
     "прошли успешно.", "Хасан", ("министр обороны", "state/PAK")),
    ("Как заявил представитель министра обороны Пакистана генерал-лейтенанта Имрана Хасана, "
     "учения завершены.", "Хасан", ("министр обороны", "state/PAK")),
    ("Министр обороны Турции принял в Анкаре заместителя министра обороны Ирака генерала "
     "Карима Аббаса.", "Аббас", ("заместитель министра обороны", "state/IRQ")),
    ("Министр обороны Турции встретился с заместителем министра обороны Ирака генералом "
     "Каримом Аббасом.", "Аббас", ("заместитель министра обороны", "state/IRQ")),
    ("Документ подписан в присутствии заместителя министра обороны Ирака генерала Карима "
     "Аббаса и министра обороны Иордании генерал-майора Юсефа Хнейти.", "Аббас",
     ("заместитель министра обороны", "state/IRQ")),
    ("По словам помощника министра обороны Судана полковника Ясина Ибрагима, перемирие "
     "возможно.", "Ибрагим", ("помощник министра обороны", "state/SDN")),
    # must not: a rank read genitive, a bare rank, a rank right after its post, a rank met
    # with no post
    ("По словам министра обороны Иордании генерал-лейтенанта Юсефа Хнейти, учения прошли "
     "успешно.", "Хнейти", ("министр обороны", "state/JOR")),
    ("Генерал Карим Аббас прибыл в Анкару.", "Аббас", ("генерал", "")),
    ("Начальник генштаба Ирака маршал Карим Аббас прибыл в Анкару.", "Аббас",
     ("начальник генштаба", "state/IRQ")),
    ("Министр обороны Турции встретился с генералом Каримом Аббасом.", "Аббас",
     ("генерал", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), RANKS)
def test_rank_between_post_and_name(
    extraction_of, text: str, surname: str, expected: Holding
) -> None:
    """The post, not the rank nor the post's complement, both as the row and the person's."""
    ex = extraction_of(text, "2025-03-02", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == {expected}
    assert person_office(ex, surname) == expected


def test_later_rank_of_one_given_a_post(extraction_of) -> None:
    """ "Генерал X" after the post over his rank names no second office."""
    ex = extraction_of(
        "Министр обороны Турции принял в Анкаре заместителя министра обороны Ирака генерала "
        "Карима Аббаса. Генерал Аббас заявил, что Ирак заинтересован в закупках.",
        "2025-03-02",
        "offices",
    )
    assert text_holdings(ex, "Аббас", ("office", "state")) == {
        ("заместитель министра обороны", "state/IRQ")
    }


DEPUTIES = [
    ("Заместитель губернатора Эр-Рияда Мухаммед бен Абдель Рахман принял посла Кувейта.",
     "Рахман", ("заместитель губернатора", "state/SAU")),
    ("Министр иностранных дел Омана встретился с заместителем губернатора Эр-Рияда "
     "Мухаммедом бен Абдель Рахманом.", "Рахман", ("заместитель губернатора", "state/SAU")),
    ("Заместитель губернатора провинции Мекка принц Сауд бен Мишааль принял посла Омана.",
     "Мишааль", ("заместитель губернатора провинции Мекка", "state/SAU")),
    # must not: the head's own post, a place of another state
    ("Губернатор Эр-Рияда Фейсал бен Бандар принял посла Кувейта.", "Бандар",
     ("губернатор", "state/SAU")),
    ("Заместитель мэра Лимы Хорхе Перес принял посла Кувейта.", "Перес",
     ("заместитель мэра", "state/PER")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), DEPUTIES)
def test_deputy_of_a_place_post(extraction_of, text: str, surname: str, expected: Holding) -> None:
    """The deputy's post of the state the city or region is in."""
    ex = extraction_of(text, "2025-03-02", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == {expected}
    assert person_office(ex, surname) == expected
