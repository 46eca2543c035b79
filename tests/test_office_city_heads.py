"""A city's head ("городской голова", the title of Ukrainian and old Russian mayors) is an
office title: its holder holds it, and natasha's span of it with the city's adjective is no
organization; a city's council keeps its organization (sentences about Poland–Lithuania,
Moldova–Romania)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_offices import holdings

from kg.model import Extraction

HEADS = [
    ("Львовский городской голова Андрей Садовый встретился с послом Польши в Литве.",
     "Андрей Садовый"),
    ("Посол Румынии встретился с городским головой Иваном Руснаком.", "Иван Руснак"),
    ("Ион Чебан, кишиневский городской голова, прибыл в Бухарест.", "Ион Чебан"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), HEADS)
def test_a_city_head_is_an_office(run: Callable[[str], Extraction], text: str, name: str) -> None:
    ex = run(text)
    assert ("городской голова", "") in holdings(ex).get(name, set())
    orgs = [e.name for e in ex.entities if e.type == "Organization"]
    assert not [o for o in orgs if "голов" in o.lower()]


def test_a_city_council_stays_an_organization(run: Callable[[str], Extraction]) -> None:
    ex = run("Кишиневский городской совет обратился к правительству Румынии.")
    orgs = [e.name.lower() for e in ex.entities if e.type == "Organization"]
    assert any("городской совет" in o for o in orgs)
