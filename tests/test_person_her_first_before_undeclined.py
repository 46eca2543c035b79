"""A woman's first name the dictionary reads only as a man's name in an oblique case ("Кая"
as Кай's genitive, "Кае" as his locative, "Амине" as Амин's), before a surname in a
consonant left as written: a man's name in that case would decline his surname too, so the
name is hers, in the nominative in "-а"/"-я" a list of first names holds (fifty-eighth pass,
h-names123; own sentences about Finland–Sweden, Jordan–Egypt). Must-nots: the man's first
name, nominative or with his surname declined beside it, stays his."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

HERS = [
    # her nominative, whatever the verb's agreement (plural here) or the case shows
    ("Министр обороны Финляндии Кая Нурмик и министр обороны Швеции подписали меморандум.",
     "Кая Нурмик"),
    ("Соглашение подписали Кая Нурмик и министр обороны Швеции.", "Кая Нурмик"),
    ("Министру обороны Финляндии Кае Нурмик позвонил премьер-министр Швеции.", "Кая Нурмик"),
    ("Премьер-министр Швеции поздравил Каю Нурмик с назначением.", "Кая Нурмик"),
    ("Министру иностранных дел Иордании Амине Хаддад вручили орден в Каире.", "Амина Хаддад"),
]  # fmt: skip

# must not: his first name, in the nominative or with his surname declined beside it
HIS = [
    ("Кай Нурмик заявил, что Финляндия поддержит Швецию.", "Кай"),
    ("Премьер-министр Швеции принял Кая Нурмика в Стокгольме.", "Кай"),
    ("Премьер-министр Швеции рассказал о Кае Нурмике.", "Кай"),
    ("Премьер-министр Швеции позвонил Каю Нурмику.", "Кай"),
    ("Президент Египта принял Амина Аббаса в Каире.", "Амин"),
    ("Посол Египта в Иордании встретился с Никитой Смитом.", "Никита"),
]


@pytest.mark.parametrize(("text", "name"), HERS)
def test_her_first_name_before_undeclined_surname(
    run: Callable[[str], Extraction], text: str, name: str
) -> None:
    assert name in person_names(run(text))


@pytest.mark.parametrize(("text", "first"), HIS)
def test_his_first_name_stays(run: Callable[[str], Extraction], text: str, first: str) -> None:
    """His first name (his declined surname's nominative is another reader's matter)."""
    assert first in {name.split()[0] for name in person_names(run(text))}
