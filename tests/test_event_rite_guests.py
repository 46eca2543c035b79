"""Guests of an inauguration told in a sentence of their own after it ("На инаугурации
присутствовали …, в том числе президент Чили X", "Аргентину на церемонии представлял Y")
take part in the one change of office by a rite told before, with the states they come for
(`rite_guests`); none where the text tells two such changes or the rite lies ahead.
Sentences of our own (Peru, Chile, Bolivia, Argentina; sixty-ninth pass, h-events263)."""

from __future__ import annotations

import pytest

SWORN = "Президент Перу Хосе Херри принёс присягу на церемонии в Лиме. "
GUESTS = (
    "На инаугурации присутствовали главы нескольких государств, в том числе президент Чили "
    "Габриэль Борич и президент Боливии Луис Арсе."
)
STANDING = "Аргентину на церемонии представлял министр иностранных дел Херардо Вертейн."
GUEST_KEYS = {"state/CHL", "state/BOL"}

# (text, whether the guests' states join the inauguration)
CASES = [
    (SWORN + GUESTS, True),
    (SWORN + "На церемонии присутствовали президент Чили Габриэль Борич и президент Боливии "
     "Луис Арсе.", True),
    # must not: the rite ahead, two changes of office, guests of another event
    ("Президент Перу Хосе Херри примет присягу на церемонии в Лиме. " + GUESTS, False),
    (
        SWORN + "Президент Эквадора Даниэль Нобоа принёс присягу на церемонии в Кито. " + GUESTS,
        False,
    ),
    (
        SWORN
        + "На встрече присутствовали президент Чили Габриэль Борич и президент Боливии Луис Арсе.",
        False,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "joined"), CASES)
def test_guests_join_the_rite(events, text: str, joined: bool) -> None:  # noqa: ANN001
    rites = [e for e in events(text, "2026-03-12") if e.kind == "Appointment"]
    assert rites
    assert any(set(e.participants) >= GUEST_KEYS for e in rites) is joined


def test_one_standing_for_a_state_joins_with_it(events) -> None:  # noqa: ANN001
    (rite,) = [e for e in events(SWORN + STANDING, "2026-03-12") if e.kind == "Appointment"]
    assert "state/ARG" in rite.participants
    assert len([p for p in rite.participants if p.startswith("person/")]) == 2  # he and Херри
