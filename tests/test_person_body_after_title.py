"""A known body's whole name right after an office title's word is the body the title
serves, never a person, though natasha reads its foreign words as a name ("Председатель
Халк Маслахаты Туркменистана X"): the holder is the name after it; a title's name that is
no body's whole name stays a person (fifty-fifth pass, h-names116; own sentences about
Turkmenistan–Iran, Turkmenistan–Georgia, Kyrgyzstan–Mongolia, Uzbekistan–Vietnam)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction

BODIES = [
    (
        "Председатель Халк Маслахаты Туркмении Гурбангулы Бердымухамедов прибыл в Тегеран.",
        {"Гурбангулы Бердымухамедов"},
    ),
    (
        "Председатель Халк Маслахаты Туркменистана Гурбангулы Бердымухамедов принял посла Грузии.",
        {"Гурбангулы Бердымухамедов"},
    ),
    (
        "В Ашхабаде спикер Халк Маслахаты Туркмении Гурбангулы Бердымухамедов встретился с "
        "делегацией Ирана.",
        {"Гурбангулы Бердымухамедов"},
    ),
    ("Спикер Жогорку Кенеша Киргизии Нурланбек Шакиев прибыл в Улан-Батор.", {"Нурланбек Шакиев"}),
    (
        "Председатель Олий Мажлиса Узбекистана Танзила Нарбаева прибыла в Ханой.",
        {"Танзила Нарбаева"},
    ),
    # must not: a title's name that is no body's, a surname that is one body's word
    ("Председатель Иванов прибыл в Тегеран.", {"Иванов"}),
    ("Председатель Тимур Кенеш прибыл в Улан-Батор.", {"Тимур Кенеш"}),
]


@pytest.mark.parametrize(("text", "persons"), BODIES)
def test_body_after_title(run: Callable[[str], Extraction], text: str, persons: set[str]) -> None:
    assert person_names(run(text)) == persons
