"""An adjective the parser hung as an nmod over the noun it agrees with is that noun's amod
("в открытии чилийско-аргентинского экономического форума": the forum, not the adjective,
hangs on "открытии"), so the forum is read. Must-not: a noun of another case under an
adjective stays. Our own sentences about other pairs (fifty-sixth pass, h-events181)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event

# a sentence, and the forum's label and place
FORUMS = [
    ("Завтра президент Чили примет участие в открытии чилийско-аргентинского экономического "
     "форума в Вальпараисо.", "Вальпараисо"),
    ("Завтра президент Египта примет участие в открытии египетско-иорданского "
     "экономического форума в Александрии.", "Александрия"),
    # must-not: a forum the parser read right stays as it was
    ("Завтра президент Перу примет участие в открытии перуанско-чилийского делового форума в "
     "Арекипе.", "Арекипа"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), FORUMS)
def test_forum_under_its_adjective_is_read(
    events: Callable[..., list[Event]], text: str, place: str
) -> None:
    (forum,) = [e for e in events(text, "2026-03-12") if e.kind == "Forum"]
    assert (forum.status, forum.location) == ("planned", place)
    assert sum(p.startswith("state/") for p in forum.participants) == 2
