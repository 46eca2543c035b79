"""A Spanish man's surname in "-а" written in the accusative ("-у") after a first name in
"Х-" that shows the accusative or no case is read in the nominative; "Хуан" before a
Western name is no Chinese surname (names72, forty-first pass). Own sentences about
Chile–Peru, Panama, Uruguay, Egypt, China."""

from __future__ import annotations

import pytest
from fact_reads import offices_by_name

from kg.model import Extraction


def _persons(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities if e.key.startswith("person/")}


READ = [
    ("Президент Перу принял Хуана Карлоса Варелу во дворце.", "Хуан Карлос Варела"),
    ("Президент Чили поздравил премьер-министра Перу Хорхе Мендосу с назначением.",
     "Хорхе Мендоса"),
    ("Президент Чили пригласил Хосе Мухику в Сантьяго.", "Хосе Мухика"),
    ("Президент Панамы Хуан Карлос Варела прибыл в Лиму.", "Хуан Карлос Варела"),
    ("Президент Перу Хуан Ортега прибыл в Сантьяго.", "Хуан Ортега"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), READ)
def test_spanish_name_in_nominative(extraction, text: str, name: str) -> None:  # noqa: ANN001
    assert name in _persons(extraction(text, "2025-05-15"))


def test_one_president_of_panama(extraction) -> None:  # noqa: ANN001
    ex = extraction(
        "Президент Панамы Хуан Карлос Варела прибыл в Лиму. "
        "Президент Перу принял Хуана Карлоса Варелу во дворце.",
        "2015-05-15",
    )
    assert _persons(ex) == {"Хуан Карлос Варела"}
    assert offices_by_name(ex, with_state=True) == {"Хуан Карлос Варела": {"президент state/PAN"}}


# must not: names whose "-у" is their own, and a Chinese "Хуан"
KEPT = [
    ("Президент Египта принял Сергея Шойгу в Каире.", "Сергей Шойгу"),
    ("Премьер Канады поздравил Жуана Лоуренсу с победой.", "Жуан Лоуренсу"),
    ("Визит Луиша Монтенегру в Оттаву начался в понедельник.", "Луиш Монтенегру"),
    ("Вице-премьер Китая Хуан Цзюй прибыл в Каир.", "Хуан Цзюй"),
    ("Визит вице-премьера Китая Хуан Кунмина в Каир завершился.", "Хуан Кунмин"),
    ("Портрет Ким Ир Сена висел в Пхеньяне.", "Ким Ир Сен"),
    ("Президент Перу наградил Хуана Гарсию орденом.", "Хуан Гарсия"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_own_u_kept(extraction, text: str, name: str) -> None:  # noqa: ANN001
    assert name in _persons(extraction(text, "2025-05-15"))
