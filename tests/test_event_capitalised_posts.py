"""A post written with a capital after a verb of choosing or appointing ("был выбран новым
Президентом Египта", "назначен Премьер-министром Латвии"), which the tagger takes for a
name's word: it is the office all the same, so the change of office is read and labelled by
it. A capitalised word with no complement stays a name ("отель Президент"). Sentences of our
own about Egypt, Turkey, Estonia, Latvia (pass forty-three, branch h-events109)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _careers(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind in {"Election", "Appointment"}]


FIRES = [
    ("Ахмед Хасан был выбран новым Президентом Египта.", "state/EGY", "президента Египта"),
    ("Кая Каллас была избрана Премьер-министром Эстонии.", "state/EST", "премьер-министра Эстонии"),
    ("Кришьянис Кариньш был назначен новым Премьер-министром Латвии.", "state/LVA",
     "премьер-министра Латвии"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state", "post"), FIRES)
def test_capitalised_post_makes_the_change_of_office(
    events, text: str, state: str, post: str
) -> None:
    (career,) = _careers(events(text))
    assert state in career.participants
    assert post in career.label


KEPT = [  # must not change: the lower-case post, and a capitalised word with no complement
    ("Мехмет Йылмаз был выбран новым президентом Турции.", 1),
    ("Гости отеля Президент выбрали новый номер.", 0),
]


@pytest.mark.parametrize(("text", "count"), KEPT)
def test_other_readings_stay(events, text: str, count: int) -> None:
    assert len(_careers(events(text))) == count
