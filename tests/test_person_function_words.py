"""Words that can name no one, which natasha reads as a person: a preposition that opens a
paragraph ("По неподтвержденной информации"), a verb's past plural alone
at the end of an unpunctuated tweet ("… в узком кругу Передумали") (own
sentences about Estonia, Latvia, Chile, Peru). A name of the same letters stays one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Андрис Озолс скончался от ранений\n\n\nПо неподтвержденной информации, сообщенной "
         "официальным представителем правительства Латвии Янисом Берзиньшем, Андрис Озолс "
         "скончался от ранений в городе Рига.", "По"),
        ("Посол Чили в Перу Хосе Гомес написал: Мы надеялись на встречу в узком кругу "
         "Передумали", "Передумали"),
        ("Премьер Эстонии Каспар Тамм написал в твиттере: Мы очень рады но мы надеялись "
         "подписать договор с Латвией тихо Размечтались", "Размечтались"),
        # a one-letter conjunction alone in an unpunctuated quote (names81)
        ("Министр Латвии Янис Берзиньш сказал: Это лучший певец Эстонии А конечно особо "
         "отмечу его концерт в Риге", "А"),
    ],
)  # fmt: skip
def test_no_person(run: Callable[[str], Extraction], text: str, word: str) -> None:
    names = person_names(run(text))
    assert word not in names
    assert names  # the real persons stay


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Андрис Озолс скончался от ранений\n\n\nПо неподтвержденной информации, сообщенной "
         "официальным представителем правительства Латвии Янисом Берзиньшем, Андрис Озолс "
         "скончался от ранений в городе Рига.", "Андрис Озолс"),
        ("Посол Чили в Перу Хосе Гомес написал: Мы надеялись на встречу в узком кругу "
         "Передумали", "Хосе Гомес"),
        ("Вьетнамский лидер Хо Ши Мин посетил Египет и Турцию.", "Хо Ши Мин"),
        # a surname's case that a verb's present shares
        ("Президент Перу встретился с Милеем в Лиме.", "Хавьер Милей"),
        ("Эдгар По родился в Бостоне. По стал известен в Перу и Чили.", "Эдгар По"),
        ("Генсек ООН У Тан посетил Перу и Чили.", "У Тан"),
    ],
)  # fmt: skip
def test_names_stay(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
