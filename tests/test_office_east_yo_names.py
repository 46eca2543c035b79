"""An East-Asian name whose last syllable is written with "ё" ("Хён", "Мён") takes the
office of the instrumental title before it: the dictionary's guesser reads "Хёном" as no
instrumental, which its spelling with "е" gives, so the title and the name seemed not to
agree ("с министром иностранных дел Республики Корея Чо Хёном" lost the office). Own
sentences about Korea with Indonesia, Japan, Vietnam, Chile. Must-nots: a woman's name
("Ким Ён Хи"), an undeclined "Ван И", a Russian name, a name in the nominative after a
genitive title that is the subject's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name, person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("Министр Индонезии провёл переговоры с министром иностранных дел Республики Корея "
         "Чо Хёном.", "Чо Хён", "министр иностранных дел state/KOR"),
        ("Премьер Японии встретился с министром обороны Республики Корея Ан Гю Бёком.",
         "Ан Гю Бёк", "министр обороны state/KOR"),
        ("Президент Вьетнама встретился с министром торговли Республики Корея Ким Мёном.",
         "Ким Мён", "министр торговли state/KOR"),
        # must-nots: as before
        ("Президент Чили встретилась с министром Республики Корея Ким Ён Хи.", "Ким Ён Хи",
         "министр state/KOR"),
        ("Президент Чили встретился с министром иностранных дел Республики Корея Пак Мином.",
         "Пак Мин", "министр иностранных дел state/KOR"),
        ("Министр Индонезии провёл переговоры с послом Японии Семёном Ерёминым.",
         "Семён Ерёмин", "посол state/JPN"),
    ],
)  # fmt: skip
def test_office(run: Callable[[str], Extraction], text: str, name: str, office: str) -> None:
    ex = run(text)
    assert name in person_names(ex)
    assert office in offices_by_name(ex, with_state=True).get(name, set())


def test_undeclined_stays(run: Callable[[str], Extraction]) -> None:
    """An East-Asian name that does not decline keeps its last syllable."""
    names = person_names(run("Премьер Японии встретился с министром иностранных дел Китая Ван И."))
    assert "Ван И" in names
    assert "Ван" not in names


def test_subject_not_holder(run: Callable[[str], Extraction]) -> None:
    """A nominative name apposed to a genitive title keeps no office of it."""
    ex = run("Сын министра иностранных дел Республики Корея Чо Хён приехал в Джакарту.")
    assert "министр иностранных дел state/KOR" not in offices_by_name(ex, with_state=True).get(
        "Чо Хён", set()
    )
