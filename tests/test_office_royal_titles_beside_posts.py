"""A royal family's title beside a post the name holds is no office ("заместитель
губернатора провинции Мекка принц X": the post, of Saudi Arabia since h-names163, no
"принц" row), as a military rank beside
a post gives none since h-names157; a deputy's post with its genitive complement title
("заместитель губернатора") is the post over the rank. A title that is the only one stays
(seventy-first pass, h-names160; own sentences about Saudi Arabia, Kuwait, Pakistan)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

ROYAL = [
    ("Делегацию Пакистана встречал заместитель губернатора провинции Мекка принц Бадр бен "
     "Султан.", "Султан", {("заместитель губернатора провинции Мекка", "state/SAU")}),
    ("В Джидде гостей принял губернатор Восточной провинции принц Сауд бен Наиф.",
     "Наиф", {("губернатор Восточной провинции", "")}),
    ("Делегацию Пакистана встречал заместитель командующего ВВС Саудовской Аравии генерал "
     "Ахмед Фарид.", "Фарид", {("заместитель командующего ВВС", "state/SAU")}),
    # must not change: the one title, a post with a state
    ("Принц Бадр бен Султан прибыл в Исламабад.", "Султан", {("принц", "")}),
    ("Министр обороны Кувейта шейх Абдалла Али Аль Сабах прибыл в Эр-Рияд.", "Сабах",
     {("министр обороны", "state/KWT")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), ROYAL)
def test_royal_title_beside_a_post_is_no_office(
    extraction_of, text: str, surname: str, expected: set[tuple[str, str]]
) -> None:
    """The post alone, or the one title a name bears."""
    ex = extraction_of(text, "2025-03-02", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == expected
