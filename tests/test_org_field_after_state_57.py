"""A state's body whose field's "по" phrase comes after the state's name (forty-ninth pass,
h-orgs57), on sentences of our own about Ukraine–Poland, Japan–the USA and Nigeria–Ghana:
"Государственная служба Украины [по чрезвычайным ситуациям]" is one body, named with its
field, and a short name in brackets after the field is that body; the name cut at the state
is no mention of its own. A team named with its sport keeps the name without it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gazetteer_runs import shipped_reader

# (mention text, entity key)
Found = list[tuple[str, str]]


@pytest.fixture(scope="module")
def found() -> Callable[[str], Found]:
    """Text → its organization mentions (text, key), by the shipped pipeline and gazetteer."""
    read = shipped_reader()
    return lambda text: [(m.text, m.entity) for m in read(text) if m.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        (
            "Государственная служба Украины по чрезвычайным ситуациям (далее — ГСЧС) "
            "направила спасателей в Польшу. ГСЧС сообщила об этом.",
            "Государственная служба Украины по чрезвычайным ситуациям",
            "Государственная служба Украины",
        ),
        (
            "Национальное агентство Польши по делам молодёжи подписало соглашение с Украиной.",
            "Национальное агентство Польши по делам молодёжи",
            "Национальное агентство Польши",
        ),
        (
            "Государственный комитет Нигерии по вопросам нефти заявил о поставках в Гану.",
            "Государственный комитет Нигерии по вопросам нефти",
            "Государственный комитет Нигерии",
        ),
    ],
)
def test_a_field_after_the_state_is_the_name(
    found: Callable[[str], Found], text: str, name: str, cut: str
) -> None:
    """The whole name is read, the name cut at the state is not."""
    names = [mention for mention, _ in found(text)]
    assert name in names
    assert cut not in names


def test_a_short_name_after_the_field_is_that_body(found: Callable[[str], Found]) -> None:
    """ "(далее — ГСЧС)" after the field names the whole body, every mention of it."""
    text = (
        "Государственная служба Японии по чрезвычайным ситуациям (далее — ГСЧС) направила "
        "спасателей в США. ГСЧС сообщила об этом."
    )
    keys = {key for mention, key in found(text)}
    assert len(keys) == 1


def test_a_team_keeps_its_name_without_its_sport(found: Callable[[str], Found]) -> None:
    """Must-not: "Сборная Ганы [по футболу]" is still a team's name without the sport."""
    names = [mention for mention, _ in found("Сборная Ганы по футболу обыграла Нигерию.")]
    assert "Сборная Ганы" in names
