"""The host who met a visitor, named with two titles that leave him of no state ("король
Иордании султан X", "вице-президент Иордании доктор X"), takes part in the visit: a state his
own words name makes him a host as a state's person would be. Must-nots: "встретился с
королём" is a meeting, not a greeting; the press names no state and stays out. Sentences of
our own about Egypt–Jordan and Vietnam–Thailand (seventieth pass, h-events268)."""

from __future__ import annotations

import pytest
from fact_reads import person_keys

EGYPT = "Президент Египта Абдель Фаттах ас-Сиси прибыл в Иорданию с государственным визитом. "
VIETNAM = "Президент Вьетнама Лыонг Кыонг прибыл в Таиланд с официальным визитом. "

# (the text, a stem of the greeter's key, whether the visit has him)
GREETERS = [
    (EGYPT + "В аэропорту египетского лидера встречал король Иордании султан Хамид.",
     "khamid", True),
    (EGYPT + "В аэропорту Аммана его встретил вице-президент Иордании доктор Самир Хадад.",
     "khadad", True),
    (VIETNAM + "В аэропорту вьетнамского лидера встречал король Брунея султан Хассанал Болкиах.",
     "bolkiakh", True),
    # must not: the press names no state
    (EGYPT + "В аэропорту его встречал журналист газеты «Аль-Ахрам» Ахмед Саид.", "said", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "there"), GREETERS)
def test_a_titled_greeter_joins_the_visit(events, text: str, name: str, there: bool) -> None:
    (visit,) = [e for e in events(text, "2026-05-14") if "Visit" in e.kind]
    assert any(name in p for p in person_keys(visit)) is there, person_keys(visit)


def test_a_meeting_with_the_king_is_no_greeting(events) -> None:
    """ "встретился с королём" tells a meeting of its own, not a greeting of the visit."""
    read = events(EGYPT + "Он встретился с королём Иордании султаном Абдаллой.", "2026-05-14")
    assert any(e.kind == "Meeting" for e in read)
