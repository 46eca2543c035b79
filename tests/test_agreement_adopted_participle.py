"""A declaration a participle after its title tells adopted on a day ("Декларация о …,
принятая 12 мая, …"): adopting a declaration concludes it, as "Стороны приняли декларацию
12 мая" does, so it is signed, dated by that day (it was mentioned, undated). Must-nots: an
agreement adopted, ratified or approved on a day is not dated by it (its date is its
signing's; a ratification is an event of its own); a declaration one body approves
("одобренная парламентом") and one the sides leave are not. Sentences of our own about
other pairs (agreements44)."""

from __future__ import annotations

import pytest

from kg.extract.agreements import read_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → {(title, status, date)} of the papers kg reads in it."""

    def rows(text: str) -> set[tuple[str, str, str]]:
        ctx = analyse(Document(id="t", text=text, date="2025-03-06"))
        return {(a.title, a.status, a.date) for a in read_agreements(ctx).facts}

    return rows


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Президент Чили прибыл в Лиму. Декларация о сотрудничестве, принятая 12 мая, открыла "
         "новый этап отношений.",
         {("Декларация о сотрудничестве", "signed", "2024-05-12")}),
        ("Президент Кении прибыл в Уганду. Совместное заявление, принятое 12 мая, подтвердило "
         "курс на сотрудничество.",
         {("Совместное заявление", "signed", "2024-05-12")}),
        ("Президент Чехии прибыл в Братиславу. Декларация о партнёрстве, принятая президентами "
         "12 мая, вступила в силу.",
         {("Декларация о партнёрстве", "signed", "2024-05-12")}),
        # must not: an agreement adopted, ratified or approved on a day is not dated by it
        ("Президент Чили прибыл в Лиму. Соглашение о транзите, принятое 12 мая, вступит в силу "
         "1 июля.",
         {("Соглашение о транзите", "signed", "")}),
        ("Президент Кении прибыл в Уганду. Соглашение о транзите, ратифицированное 12 мая, "
         "вступит в силу 1 июля.",
         {("Соглашение о транзите", "signed", "")}),
        ("Президент Чехии прибыл в Братиславу. Соглашение о транзите, одобренное 12 мая, "
         "вступит в силу 1 июля.",
         {("Соглашение о транзите", "signed", "")}),
        # must not: one body approves it
        ("Президент Кении прибыл в Уганду. Декларация о партнёрстве, одобренная парламентом "
         "Уганды 12 мая, вступила в силу.",
         {("Декларация о партнёрстве", "signed", "")}),
        # must not: a declaration the sides leave stays mentioned
        ("Президент Чехии прибыл в Братиславу. Стороны вышли из декларации о сотрудничестве, "
         "принятой 12 мая.",
         {("Декларация о сотрудничестве", "mentioned", "")}),
    ],
)  # fmt: skip
def test_a_declaration_adopted_on_a_day(read, text, papers):
    assert read(text) == papers
