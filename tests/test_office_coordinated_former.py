"""Coordinated titles and former holders (names71; own sentences about Estonia, Kuwait, Chile,
Peru and the UN): "бывший" before two titles joined by "и" makes both past, not where the
first names a state of its own; the honorific between coordinated titles and the name
("… Кувейта шейх X") keeps both offices; an ordinal of succession ("Первый генеральный
секретарь ООН X") is a former holder's mark where the gazetteer's term ended before the
document (fix41), never a rank of the title's own ("первый заместитель")."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Бывший президент и премьер-министр Эстонии Андрес Ансип посетил Ригу.", "Ансип",
     {("президент", "state/EST", True), ("премьер-министр", "state/EST", True)}),
    ("Влиятельный премьер-министр и министр иностранных дел Кувейта шейх Сабах аль-Халед "
     "прибыл в Каир.", "аль-Халед",
     {("премьер-министр", "state/KWT", False), ("министр иностранных дел", "state/KWT", False)}),
    # an ordinal of succession is former only by a gazetteer term ended before the date
    # (fix41): Lie's none, Ban Ki-moon's 2016
    ("Первый генеральный секретарь ООН Трюгве Ли посетил Осло.", "Ли",
     {("генеральный секретарь", "org/un", False)}),
    ("Восьмой генсек ООН Пан Ги Мун прибыл в Сеул.", "Мун",
     {("генеральный секретарь", "org/un", True)}),
    # must not: a title of another state's stays current; a rank of the title's own
    ("Бывший президент Чили и премьер-министр Перу Хуан Перес прибыл в Лиму.", "Перес",
     {("премьер-министр", "state/PER", False)}),
    ("Президент и премьер-министр Эстонии Андрес Ансип посетил Ригу.", "Ансип",
     {("президент", "state/EST", False), ("премьер-министр", "state/EST", False)}),
    ("Первый заместитель министра иностранных дел Чили Хуан Перес прибыл в Лиму.", "Перес",
     {("первый заместитель министра иностранных дел", "state/CHL", False)}),
    ("Первый вице-премьер Эстонии Юри Ратас прибыл в Ригу.", "Ратас",
     {("первый вице-премьер", "state/EST", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_coordinated_and_former(extraction, text: str, surname: str, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2024-05-01"), surname) == expected
