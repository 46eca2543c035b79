"""Titles of a union's commission and envoys before a name ("Еврокомиссар", "Евродепутат",
"Спецпосланник", "Комиссар по вопросам …"), on sentences about other states and unions
(EU–Serbia, USA–Egypt, China–Egypt): each gives its office, a short form spelled out, past
a field after "по"; an "евро-" title serves the EU; a title alone names no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_offices import holdings

from kg.model import Extraction

GIVEN = [
    # "евро-" titles serve the European Union where no other side is named (h-names39)
    ("Еврокомиссар Ева Вирта прибыла в Белград.", "Ева Вирта", "еврокомиссар", "org/eu"),
    # a field after "по" between the title and the name, the title first in its sentence,
    # where the tagger reads it as a proper noun
    ("Еврокомиссар по вопросам торговли Ян Дамборский заявил, что переговоры с Индией "
     "продолжатся.", "Ян Дамборский", "еврокомиссар по вопросам торговли", "org/eu"),
    ("Комиссар по вопросам расширения Ева Вирта прибыла в Белград.", "Ева Вирта", "комиссар",
     ""),
    ("Спецпосланник США по Ближнему Востоку Томас Барретт прибыл в Доху.", "Томас Барретт",
     "специальный посланник", "state/USA"),
    ("Евродепутат Андреас Шидер выступил против визита в Белград.", "Андреас Шидер",
     "евродепутат", "org/eu"),
    ("Спецпосланник президента США Томас Барретт провел переговоры в Каире.", "Томас Барретт",
     "специальный посланник президента", "state/USA"),
    ("Встреча со спецпосланником США Томасом Барреттом прошла в Каире.", "Томас Барретт",
     "специальный посланник", "state/USA"),
    ("Спецпредставитель Китая Ли Хуэй прибыл в Каир.", "Ли Хуэй",
     "специальный представитель", "state/CHN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office", "state"), GIVEN)
def test_a_compound_title_gives_its_office(
    run: Callable[[str], Extraction], text: str, name: str, office: str, state: str
) -> None:
    assert (office, state) in holdings(run(text)).get(name, set())


@pytest.mark.parametrize(
    "text",
    [
        # must not: a title with no name after it is no person
        "Еврокомиссар заявил, что Сербия должна ускорить реформы.",
        "Спецпосланник США прибыл в Каир.",
    ],
)
def test_a_compound_title_alone_names_no_one(run: Callable[[str], Extraction], text: str) -> None:
    assert not [e for e in run(text).entities if e.type == "Person"]
