"""A place's adjective right after a noun of a saint's way of life ("пустынника Чикойского",
"чудотворца Ростовского") is the saint's epithet, no person of its own (forty-seventh pass,
h-names90; own sentences about Estonia and Latvia). The saint's name stays a person; a
surname after such a noun that is no adjective stays one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


def _persons(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "saint", "epithet"),
    [
        (
            "Патриарх посетил монастырь преподобного Варлаама, пустынника Чикойского, и "
            "встретился с послом Эстонии.",
            "Варлаам",
            "Чикойск",
        ),
        (
            "Митрополит освятил храм в честь святого Нила, пустынника Столобенского, в "
            "присутствии посла Латвии.",
            "Нил",
            "Столобенск",
        ),
    ],
)
def test_saints_epithet_is_no_person(
    run: Callable[[str], Extraction], text: str, saint: str, epithet: str
) -> None:
    persons = _persons(run(text))
    assert saint in persons
    assert not any(epithet in p for p in persons)


def test_a_surname_after_the_noun_stays_a_person(run: Callable[[str], Extraction]) -> None:
    # must not: a noun's surname, no adjective
    text = "Посол Эстонии встретился в Риге с мучеником Ивановым."
    assert any("Иванов" in p for p in _persons(run(text)))
