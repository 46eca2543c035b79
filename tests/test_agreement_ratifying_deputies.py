"""A legislature's members who ratify a paper (fiftieth pass, h-agreements36), on sentences
of our own about Moldova, Armenia and Romania: the state their genitive or adjective names
("Депутаты Молдавии", "молдавские депутаты", "Депутаты парламента Молдавии") is a party, as
"Парламент Армении ратифицировал" makes Armenia one. Not deputies of no state, nor deputies
who only discuss a paper or sign anything."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.fixture(scope="module")
def sides(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → {(title, parties)} of the agreements kg reads."""
    return lambda text: {(r[0], r[2]) for r in agreement_rows(analyse, text, "2025-04-02")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Депутаты Молдавии ратифицировали соглашение о строительстве моста через Прут.",
         {("Соглашение о строительстве моста через Прут", ("state/MDA",))}),
        ("Молдавские депутаты ратифицировали соглашение о строительстве моста.",
         {("Соглашение о строительстве моста", ("state/MDA",))}),
        ("Депутаты парламента Молдавии ратифицировали соглашение о строительстве моста.",
         {("Соглашение о строительстве моста", ("state/MDA",))}),
        ("Парламентарии Армении ратифицировали соглашение о реадмиссии.",
         {("Соглашение о реадмиссии", ("state/ARM",))}),
        ("Сенаторы Румынии ратифицировали договор о военном сотрудничестве.",
         {("Договор о военном сотрудничестве", ("state/ROU",))}),
        # must-nots: deputies of no state; deputies who discuss or sign are no side
        ("Депутаты ратифицировали соглашение о строительстве моста.",
         {("Соглашение о строительстве моста", ())}),
        ("Депутаты Молдавии обсудили соглашение о строительстве моста.",
         {("Соглашение о строительстве моста", ())}),
        ("Депутаты Молдавии подписали обращение и соглашение о строительстве моста.",
         {("Соглашение о строительстве моста", ())}),
    ],
)  # fmt: skip
def test_the_state_of_ratifying_deputies_is_a_party(sides, text, found):
    assert sides(text) == found
