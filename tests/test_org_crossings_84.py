"""A border crossing named in quotes after its noun is a place, no organization (seventieth
pass, h-orgs84; own sentences about Poland–Belarus, Finland–Russia, Estonia–Russia,
Georgia–Russia):

- A name in apposition to "пункт пропуска", "пропускной пункт", "пограничный переход",
  "КПП" (groups `crossing`, `crossing_head`, `crossing_of` of org_words.txt), or one of a
  list of such names, set off by a dash too ("закрыло два пункта пропуска на границе с
  Белоруссией — «Кузница» и «Бобровники»"), names the crossing (`thing_named`).
- Must-nots: a company's quoted name after its kind ("компания «Газпром»"), a company named
  in a sentence about a crossing but not apposed to it."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader

# each text, and whether kg reads each span as an organization
CASES = [
    ("Правительство Польши закрыло два пункта пропуска на границе с Белоруссией — «Кузница» "
     "и «Бобровники» — на неделю.", {"Кузница": False, "Бобровники": False}),
    ("Финляндия закрыла пункты пропуска «Ваалимаа» и «Нуйямаа» на границе с Россией.",
     {"Ваалимаа": False, "Нуйямаа": False}),
    ("Эстония закрыла пограничный переход «Койдула» и пункт пропуска «Лухамаа» на границе "
     "с Россией.", {"Койдула": False, "Лухамаа": False}),
    ("Грузия открыла КПП «Верхний Ларс» для грузовиков из России.", {"Верхний Ларс": False}),
    # must-nots: a company after its kind, a company beside a crossing, a pass
    ("Контракт на ремонт границы Польши получила компания «Газпром».", {"Газпром": True}),
    ("На пункте пропуска сотрудники компании «Белавиа» проверили грузы из Польши.",
     {"Белавиа": True}),
]  # fmt: skip


@pytest.fixture(scope="module")
def org_texts():
    read = shipped_reader()
    return lambda text: {m.text for m in read(text) if m.type == "Organization"}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_crossing_is_place(org_texts, text: str, expected: dict[str, bool]) -> None:  # noqa: ANN001
    """Each span is an organization's mention exactly where the case says so."""
    found = org_texts(text)
    assert {span: span in found for span in expected} == expected
