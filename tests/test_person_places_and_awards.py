"""Words natasha reads as persons that name a place, a school or an award (names83,
forty-fifth pass; own sentences about Chile, Peru, Estonia, Latvia, Egypt, Turkey): a
street after "на" natasha tags a place before a full name ("театра на Лермонтова Хуан
Перес"), a town after the abbreviation "г." ("в г.Такна"), an undeclined name after a
school's noun in another case ("в колледже Сан Исидро"), a prize's eponym ("премии
Соннинга"), a saint in an order's name ("Орденом Святого Андрея"), hyphen-joined surnames
of three persons ("триумвират Каллас-Ансип-Рыйвас")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

DROPPED = [
    ("Об этом сообщил директор Малого цирка на Вавилова Хуан Перес.", "Вавилов"),
    ("Министр Чили Хуан Перес вырос в г.Уанкайо и учился в г.Пукальпа.", "Уанкайо"),
    ("Министр Египта Ахмед Хасан вырос в г.Асьют, его брат живет в г.Мансура.", "Мансур"),
    ("Министр Перу Хуан Перес учился в колледже Монт С. Винсент.", "Монт Винсент"),
    ("Там Анна Перес получила степень бакалавра по французскому языку в колледже Монт С. "
     "Винсент.", "Монт Винсент"),
    ("Президент Эстонии наградил министра Латвии Орденом Святого Андрея Первозванного.",
     "Андрей Первозванный"),
    ("Президент Египта стал лауреатом премии Соннинга.", "Соннинг"),
    ("Президент Египта стал лауреатом премии Соннинга.", "Соннинга"),
    ("Министр Эстонии назвал «триумвират» Каллас-Ансип-Рыйвас главной силой в Латвии.",
     "Каллас-Ансип-Рыйвас"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), DROPPED)
def test_no_person(run: Callable[[str], Extraction], text: str, word: str) -> None:
    assert word not in person_names(run(text))


# must not: a person after "на" and "в", a full name after a street, a subject after a
# school's noun, a prize's laureate, a saint a verb names, a double surname
KEPT = [
    ("Президент Чили Себастьян Пиньера провёл встречу на высшем уровне с Пиньерой.",
     "Себастьян Пиньера"),
    ("Об этом сообщил директор Малого цирка на Вавилова Хуан Перес.", "Хуан Перес"),
    ("Министр Египта Ахмед Хасан вырос в г.Асьют, его брат живет в г.Мансура.", "Ахмед Хасан"),
    ("Министр Эстонии Андрес Тамм родился в 1971 г. Тамм учился в Тарту.", "Андрес Тамм"),
    ("В Гарсии видели преемника президента Перу Алана Гарсии.", "Алан Гарсия"),
    ("Давление на Гарсию усилилось после визита министра Чили Хуана Переса.", "Хуан Перес"),
    ("В колледже Хуан Перес учился два года, а затем уехал из Перу в Чили.", "Хуан Перес"),
    ("Премию получил министр Турции Мехмет Шимшек.", "Мехмет Шимшек"),
    ("Министр Перу Хуан Перес-Гарсия прибыл в Сантьяго.", "Хуан Перес-Гарсия"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_person_kept(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
