"""A name right after "продукт"/"товар" not in the genitive is the product's ("директора по
продукту Чикен филе"), no person (own sentences about Chile, Peru, Estonia); an owner's
genitive ("продукт Гомеса") and a person's own name stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Министр Чили Хосе Гомес приехал в Перу. Позиция директора по продукту Чикен филе "
         "открыта в Лиме.", "Чикен"),
        ("Премьер Эстонии Каспар Тамм похвалил товар Тэйсти чипс из Латвии.", "Тэйсти"),
    ],
)  # fmt: skip
def test_no_person(run: Callable[[str], Extraction], text: str, word: str) -> None:
    names = person_names(run(text))
    assert not any(word in n for n in names)
    assert names  # the real persons stay


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Министр Чили Хосе Гомес приехал в Перу. Новый продукт Гомеса представлен в Лиме.",
         "Хосе Гомес"),
        ("Продукт представил министр экономики Перу Андрес Рамос в Сантьяго.", "Андрес Рамос"),
    ],
)  # fmt: skip
def test_names_stay(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
