"""A foreign surname in a consonant, in the dative (or locative) a man's first name before
it shows, is the one nominative person ("министру обороны Перу Элиасу Ракитису" →
"Элиас Ракитис"); surnames of their own in "-у" stay (names71; own sentences about Chile,
Peru, Greece, Moldova)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Президент Чили позвонил министру обороны Перу Элиасу Ракитису.", {"Элиас Ракитис"}),
        ("Президент Чили позвонил премьер-министру Перу Никосу Пападопулосу. Визит Никоса "
         "Пападопулоса в Лиму намечен на май.", {"Никос Пападопулос"}),
        ("Президент Чили позвонил министру Перу Кристиану Линднеру.", {"Кристиан Линднер"}),
        ("В Лиме говорили о Джиме Мэттисе.", {"Джим Мэттис"}),
        ("Президент Чили позвонил бывшему премьеру Перу Кевину Рудду.", {"Кевин Рудд"}),
        # must not: surnames of their own in "-у", or too short to tell
        ("Министр обороны России Сергей Шойгу прибыл в Перу. Президент Перу позвонил "
         "Сергею Шойгу.", {"Сергей Шойгу"}),
        ("Президент Чили позвонил министру обороны Перу Жуану Фигейреду.", {"Жуан Фигейреду"}),
        ("Президент Румынии позвонил спикеру парламента Молдавии Игорю Гросу.",
         {"Игорь Гросу"}),
        ("Генеральный секретарь ЦК КПВ Нгуен Фу Чонг посетил Лаос.", {"Нгуен Фу Чонг"}),
    ],
)  # fmt: skip
def test_foreign_dative_surname(run: Callable[[str], Extraction], text: str, expected) -> None:  # noqa: ANN001
    firsts = {name.split()[0] for name in expected}
    assert {p for p in person_names(run(text)) if p.split()[0] in firsts} == expected
