"""An initial, a surname the dictionary does not know and a man's first name ("брат
Т.Донилона Майкл"): the initial is the owner's first name, so the first name after his
surname is another man's, his kin, not a surname-first "Донилона Майкл" (names79; own
sentences about Canada, Mexico, Chile, Peru)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "glued", "kin"),
    [
        ("Советник премьер-министра Канады Т.Донилон прибыл в Мехико. Его брат Т.Донилона "
         "Майкл остался в Оттаве.", "Донилона Майкл", "Майкл"),
        ("Его сменит брат Р.Эскобара Даниэль, сообщили в Лиме.", "Эскобара Даниэль",
         "Даниэль"),
        ("Посол Чили в Перу Х.Вильярроэль покинул Лиму. Его заменит сын Х.Вильярроэля "
         "Мартин.", "Вильярроэля Мартин", "Мартин"),
    ],
)  # fmt: skip
def test_kin_after_initialled_owner(
    run: Callable[[str], Extraction], text: str, glued: str, kin: str
) -> None:
    names = person_names(run(text))
    assert glued not in names
    assert any(n.split()[0] == kin for n in names)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # must not: a full name with no initial, or an initial before a surname alone
        ("Министр иностранных дел Перу Майкл Донилон прибыл в Сантьяго.", "Майкл Донилон"),
        ("Вчера Т.Донилон прибыл в Сантьяго.", "Томас Донилон"),
        ("Прокуратура Перу расследует убийство Людмилы Касьян в Лиме.", "Людмила Касьян"),
    ],
)  # fmt: skip
def test_one_name_stays(run: Callable[[str], Extraction], text: str, person: str) -> None:
    assert person in person_names(run(text))
