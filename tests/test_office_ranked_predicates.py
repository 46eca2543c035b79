"""A name a bare military rank stands right before keeps the office the clause gives it
besides the rank ("Генерал X ранее был министром обороны Перу": a general now, a past
minister of defence of Peru). Own sentences about officers of Colombia, Venezuela, Bolivia
(names62); must-nots: an office of someone met, of another named in a clause it says, one
denied."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

DATE = "2024-05-15"


def offices(ex: Extraction, surname: str) -> set[tuple[str, str, bool]]:
    """(office, state, past) of each text holding of that surname."""
    return text_holdings(ex, surname)  # type: ignore[return-value]


TOLD = [
    ("Генерал Пабло Мендес ранее был министром обороны Колумбии.", "Мендес",
     ("министр обороны", "state/COL", True)),
    ("Адмирал Рикардо Сальгадо занимал должность министра обороны Венесуэлы.", "Сальгадо",
     ("министр обороны", "state/VEN", True)),
    ("Генерал Оскар Киспе был советником министра обороны Боливии.", "Киспе",
     ("советник министра обороны", "state/BOL", True)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "office"), TOLD)
def test_ranked_name_keeps_predicate(
    extraction, text: str, surname: str, office: tuple[str, str, bool]
) -> None:
    """The clause's office is the name's, past as told, and the rank stays its title."""
    found = offices(extraction(text, DATE), surname)
    assert office in found
    assert any(held == "генерал" or held == "адмирал" for held, _, _ in found)


NOT_TOLD = [
    ("Генерал Пабло Мендес встретился с министром обороны Колумбии.", "Мендес"),
    ("Генерал Пабло Мендес заявил, что Хосе Варгас был министром обороны Колумбии.", "Мендес"),
    ("Адмирал Рикардо Сальгадо никогда не был министром обороны Венесуэлы.", "Сальгадо"),
    ("Генерал Оскар Киспе не занимал пост министра обороны Боливии.", "Киспе"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname"), NOT_TOLD)
def test_ranked_name_not_given_others_office(extraction, text: str, surname: str) -> None:
    """An office the clause gives another, names as met or denies is not the ranked name's."""
    found = offices(extraction(text, DATE), surname)
    assert found and all(held in ("генерал", "адмирал") for held, _, _ in found)
