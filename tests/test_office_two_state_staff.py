"""A state's post of no state in a sentence of two states ("начальник генерального штаба" in a
text about Armenia and Azerbaijan) takes the state its own adjective names ("Азербайджанский
начальник генерального штаба X"), else the one body the sentence names that is no party the
post deals with ("с Минобороны Армении": a counterpart); else none — never the other state,
nor the venue the sentence before names beside the two states ("Армения и Азербайджан
провели переговоры в Москве"). Pass forty-seven, h-offices58; own sentences about
Armenia–Azerbaijan, Chile–Peru."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str]  # office, state

TWO_STATES = "Армения и Азербайджан провели переговоры. "

STAFF = [
    # the title's own state adjective
    (TWO_STATES + "Азербайджанский начальник генерального штаба Наджмеддин Садыков заявил, "
     "что армянская сторона нарушила перемирие.", "Садыков",
     {("начальник генерального штаба", "state/AZE")}),
    ("Азербайджанский начальник генерального штаба Наджмеддин Садыков заявил, что армянская "
     "сторона нарушила перемирие.", "Садыков", {("начальник генерального штаба", "state/AZE")}),
    # a body of one state; the other's a counterpart after "с"
    (TWO_STATES + "Как сообщило Министерство обороны Армении, начальник генерального штаба "
     "Мовсес Акопян провел переговоры с Министерством обороны Азербайджана.", "Акопян",
     {("начальник генерального штаба", "state/ARM")}),
    # must not: nothing of the post's own decides, so no state
    (TWO_STATES + "Начальник генерального штаба Мовсум Гасанов заявил, что Армения нарушила "
     "перемирие.", "Гасанов", {("начальник генерального штаба", "")}),
    (TWO_STATES + "Министр обороны Армении Сейран Оганян обвинил Азербайджан в нарушении "
     "перемирия, а начальник генерального штаба Мовсум Гасанов заявил об обратном.",
     "Гасанов", {("начальник генерального штаба", "")}),
    # must not: the venue of the two states' talks the sentence before is no post's state
    ("Армения и Азербайджан провели переговоры в Москве. Начальник генерального штаба "
     "Мовсум Гасанов заявил, что перемирие соблюдается.", "Гасанов",
     {("начальник генерального штаба", "")}),
    # must not: an adjective of a people's noun after the title is no adjective of its own
    ("Чили и Перу провели учения. Начальник генерального штаба Хуан Арройо похвалил "
     "перуанских солдат.", "Арройо", {("начальник генерального штаба", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), STAFF)
def test_office_two_state_staff(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The post's own adjective or the one body not a counterpart decides; else none."""
    got = text_holdings(extraction_of(text, "", "offices"), surname, ("office", "state"))
    assert got == expected
