"""A title whose words open a body's name that goes on in the genitive to a state
("начальник Генерального штаба вооруженных сил Чили") serves that state; a deputy's title
keeps the body its complement's office is of ("Заместитель секретаря Совета безопасности
Чили"); a contracted body ("замсекретаря Совбеза Чили") is that body spelled out, one post
either way (h-offices47, the forty-fourth pass; own sentences about Chile, Peru, Egypt,
Turkey, Estonia).
"""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str, bool]  # office, state, past


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state, past."""
    return text_holdings(ex, surname)  # type: ignore[return-value]


CASES = [
    ("Начальник Генерального штаба вооруженных сил Чили Хавьер Итурриага заявил о поддержке.",
     "Итурриага", {("начальник генерального штаба", "state/CHL", False)}),
    ("Президент Чили Габриэль Борич назначил Хавьера Итурриагу начальником Генерального штаба "
     "вооруженных сил Чили.",
     "Итурриага", {("начальник генерального штаба", "state/CHL", False)}),
    ("Начальник Генерального штаба вооруженных сил Египта Ахмед Мохаммед прибыл в Турцию.",
     "Мохаммед", {("начальник генерального штаба", "state/EGY", False)}),
    ("Заместитель секретаря Совета безопасности Чили Хосе Пинеда заявил о поддержке.",
     "Пинеда", {("заместитель секретаря Совета безопасности", "state/CHL", False)}),
    ("Заместитель председателя Национального собрания Эстонии Яан Тамм заявил о поддержке.",
     "Тамм", {("заместитель председателя Национального собрания", "state/EST", False)}),
    ("Секретарь Совбеза Чили Хосе Пинеда заявил о поддержке.",
     "Пинеда", {("секретарь Совета безопасности", "state/CHL", False)}),
    ("Президент Чили освободил Хосе Пинеду от должности замсекретаря Совбеза Чили. Пинеда был "
     "назначен заместителем секретаря Совета безопасности Чили в 2018 году.",
     "Пинеда", {("заместитель секретаря Совета безопасности", "state/CHL", True)}),
    # must not change: a person's noun inside the body's name is a title of its own, a title
    # with no state, a deputy of a minister
    ("Заместитель главы администрации президента Перу Луис Гарсия заявил о поддержке.",
     "Гарсия", {("заместитель главы администрации президента", "state/PER", False)}),
    ("Начальник Генерального штаба Хавьер Итурриага посетил Чили.",
     "Итурриага", {("начальник генерального штаба", "", False)}),
    ("Заместитель министра обороны Египта Ахмед Мохаммед прибыл в Турцию.",
     "Мохаммед", {("заместитель министра обороны", "state/EGY", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_body_names(extraction_of, text: str, surname: str, expected: set[Holding]) -> None:
    """The office keeps the body and the state its name ends with."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
