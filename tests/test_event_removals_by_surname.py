"""A removal told by the imperfective ("уже отстранял X от власти", a removal done before) is
a removal as "отстранил" is, whoever names the one removed by surname alone; the powers of a
named holder suspended ("приостановил полномочия президента X") are his removal, while the
powers of a body or the force of an act ("полномочия комиссии", "действие указа") are none;
one removed with no "от …" ("был вновь отстранён за отказ …") is removed from office only
where they hold one, and one removed "от матчей" is not.
Sentences of our own about Bolivia, Paraguay, Latvia, Estonia (pass forty-fourth, branch
h-events112)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _resignations(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Resignation"]


@pytest.mark.parametrize(
    ("text", "person", "date"),
    [
        ("Эво Моралес был избран президентом Боливии 18 декабря 2005 года. 10 ноября 2019 года "
         "армия Боливии уже отстраняла Моралеса от власти.", "person/Q42410", "2019-11-10"),
        ("Фернандо Луго был избран президентом Парагвая в 2008 году. 22 июня 2012 года Сенат "
         "Парагвая уже отстранял Луго от должности президента.", "person/Q151879", "2012-06-22"),
        ("2 января 2020 года Конституционный суд Латвии приостановил полномочия президента "
         "страны Эгилса Левитса и временно передал их председателю парламента.",
         "person/egils-levits", "2020-01-02"),
        # removed with no "от …": from office, where the one removed holds one
        ("Эво Моралес был избран президентом Боливии 18 декабря 2005 года. 2 января 2020 года "
         "суд Боливии повторил своё решение — Моралес был вновь отстранён за отказ утвердить "
         "кандидатуры министров.", "person/Q42410", "2020-01-02"),
    ],
)  # fmt: skip
def test_a_removal_of_a_named_holder(events, text: str, person: str, date: str) -> None:
    (removal,) = _resignations(events(text))
    assert person in removal.participants
    assert removal.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Парламент Эстонии приостановил полномочия комиссии по бюджету.",
        "Конституционный суд Латвии приостановил действие указа президента Латвии Эгилса Левитса.",
        "Тренер сборной Эстонии отстранял Маркуса Тамма от тренировок за нарушение режима.",
        # no "от …" and no office; or an office held and something else removed from
        "Тренер сборной Эстонии отстранил Маркуса Тамма за нарушение режима.",
        "Министр обороны Эстонии Ханно Певкур отстранён от матчей сборной.",
    ],
)
def test_no_removal_of_a_body_an_act_or_from_training(events, text: str) -> None:
    assert _resignations(events(text)) == []
