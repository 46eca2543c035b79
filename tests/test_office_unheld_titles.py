"""A title that stands for no one in office now: "новый премьер" after an appointment told in
its sentence or the one before is the appointee named there (or no one), never the sitting
premier; "Назначение
президентского премьера" is the post appointed; "кабинета с премьером X" is a line-up spoken
of, which gives X no office. "Новый премьер" with no appointment told keeps today's reading
(h-offices48, the forty-fourth pass; own sentences about Peru, Chile, Estonia, Latvia)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

SITTING = "Премьер-министр Перу Сесар Вильянуэва прибыл в Лиму. "


def title_holders(ex: Extraction, said: str) -> set[str]:
    """The persons the bare title `said` (as written) is linked to."""
    names = {e.key: e.name for e in ex.entities}
    return {names[m.entity] for m in ex.mentions if m.via == "title" and m.text == said}


TITLES = [
    (SITTING + "Президент Перу Мартин Вискарра назначил премьер-министром Карлоса "
     "Риоса. Новый премьер заявил, что продолжит реформы.", "премьер",
     {"Карлос Риос"}),
    ("Премьер-министр Латвии Кришьянис Кариньш прибыл в Таллин. Президент Латвии назначил "
     "Андриса Спрудса под предлогом, что новый премьер - хороший экономист.", "премьер",
     {"Андрис Спрудс"}),
    # never the one replaced: "вместо X" names who left
    ("Премьер-министр Чили Хуан Перес прибыл в Лиму. Конгресс Перу избрал нового премьера "
     "вместо отправленного в отставку Луиса Гомеса. Новый премьер заявил о реформах.",
     "премьер", set()),
    # an appointment of no one named: no one
    ("Премьер-министр Чили Хуан Перес прибыл в Лиму. Конгресс утвердил новый состав "
     "правительства, и новый премьер заявил о реформах.", "премьер", set()),
    (SITTING + "Назначение президентского премьера может готовить почву для роспуска "
     "Конгресса.", "премьера", set()),
    # must not change: "новый" with no appointment told, and a plain bare title
    (SITTING + "Новый премьер заявил, что продолжит реформы.", "премьер",
     {"Сесар Вильянуэва"}),
    (SITTING + "Премьер заявил, что продолжит реформы.", "Премьер", {"Сесар Вильянуэва"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "said", "expected"), TITLES)
def test_office_unheld_titles(extraction_of, text: str, said: str, expected: set[str]) -> None:
    """A new or appointed title is not the sitting holder's; a plain one still is."""
    assert title_holders(extraction_of(text, "2024-05-15", "offices"), said) == expected


def offices_of(ex: Extraction, surname: str) -> set[tuple[str, str]]:
    return text_holdings(ex, surname, ("office", "state"))  # type: ignore[return-value]


CABINETS = [
    ("Для 21% чилийцев приемлемо продолжение коалиционного кабинета с премьером Марией Сото.",
     "Сото", set()),
    ("Опрос в Эстонии: многие поддерживают кабинет с премьером Кайей Каллас.", "Каллас",
     set()),
    # must not change: a held title in a "с" phrase of a meeting
    ("Президент Чили встретился с премьер-министром Перу Марией Сото.", "Сото",
     {("премьер-министр", "state/PER")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CABINETS)
def test_office_planned_cabinet(
    extraction_of, text: str, surname: str, expected: set[tuple[str, str]]
) -> None:
    """A premier of a cabinet spoken of holds no office by it; one met holds his."""
    assert offices_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
