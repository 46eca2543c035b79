"""A body's state that a source's form writes inside its name, before its field (forty-ninth
pass, h-orgs57): "Комиссию Японии по торговле и тарифам" of "Комиссия по торговле и
тарифам" places the body in Japan, as a form with the state after the whole name does, so
"… США"-like trailing states match the body and another state's namesake takes none of its
QID. Own items and sentences about Japan–the USA, Nigeria–Ghana, Ukraine–Poland."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gazetteer_runs import shipped_reader

from kg.data.links_org_names import written_state
from kg.data.links_table import Item
from kg.gazetteer import Gazetteer

NAME = "Комиссия по торговле и тарифам"


@pytest.mark.parametrize(
    ("forms", "state"),
    [
        (("Комиссию Японии по торговле и тарифам",), "JPN"),
        (("Комиссии Нигерии по торговле и тарифам", "Комиссия по торговле"), "NGA"),
        (("Комиссия Польши по торговле и тарифам", "Комиссии по торговле и тарифам Польши"), "POL"),
        # must not: two states, a state inside another name, a state alone
        (("Комиссию Японии по торговле и тарифам", "Комиссия Ганы по торговле и тарифам"), ""),
        (("Комиссию Украины по торговле",), ""),
        (("Комиссия по торговле и тарифам", "Японии"), ""),
    ],
)
def test_a_state_inside_the_name_is_the_bodys(forms: tuple[str, ...], state: str) -> None:
    """The one state the forms write inside the whole name, or after it."""
    item = Item("Q1", "ORGANIZATION", NAME, 2, forms)
    assert written_state(item, NAME, Gazetteer.load()) == state


@pytest.fixture(scope="module")
def found() -> Callable[[str], list[tuple[str, str]]]:
    """Text → its organization mentions (text, key), by the shipped pipeline and gazetteer."""
    read = shipped_reader()
    return lambda text: [(m.text, m.entity) for m in read(text) if m.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "name", "known"),
    [
        (
            "Комиссия по ценным бумагам и биржам США оштрафовала японскую компанию.",
            "Комиссия по ценным бумагам и биржам США",
            True,
        ),
        # must not: another state's namesake takes no QID of the US body
        (
            "Комиссия по ценным бумагам и биржам Нигерии предупредила инвесторов из Ганы.",
            "Комиссия по ценным бумагам и биржам Нигерии",
            False,
        ),
    ],
)
def test_a_known_body_with_its_own_state_after_it(
    found: Callable[[str], list[tuple[str, str]]], text: str, name: str, known: bool
) -> None:
    """The body's name with its own state is the known body; with another's, a namesake."""
    keys = dict(found(text))
    assert name in keys
    assert (keys[name] == "org/Q953944") is known
