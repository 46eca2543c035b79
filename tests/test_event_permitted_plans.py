"""An event one is given leave for or invited to by an infinitive ("Врачи разрешили X принять
участие в церемонии", "позволили", "пригласили принять участие") lies ahead of the leave: it is
planned, never occurred by the permission, and the text's own "состоится 5 августа" of the
same ceremony dates it. One's taking part told done, or refused, keeps its reading; a verb of
leave whose subject is the event tells none. Sentences of our own (forty-seventh pass,
h-events124)."""

from __future__ import annotations

import pytest

CEREMONY = "в церемонии открытия Игр в Каире."

# (text, kind, status, date)
CASES = [
    ("Врачи разрешили бывшему футболисту сборной Египта Мохамеду Салаху принять участие "
     + CEREMONY, "Ceremony", "planned", ""),
    ("Врачи позволили бывшему футболисту сборной Египта Мохамеду Салаху принять участие "
     + CEREMONY, "Ceremony", "planned", ""),
    ("Организаторы пригласили бывшего футболиста сборной Египта Мохамеда Салаха принять "
     "участие " + CEREMONY, "Ceremony", "planned", ""),
    ("Президента Египта пригласили принять участие в саммите в Каире.", "Summit", "planned", ""),
    # the same ceremony told ahead with its day
    ("Врачи разрешили бывшему футболисту сборной Египта Мохамеду Салаху принять участие "
     + CEREMONY + " Торжественная церемония открытия Игр состоится 5 августа 2016 года.",
     "Ceremony", "planned", "2016-08-05"),
    # must keep: taking part told done
    ("Президент Турции Реджеп Тайип Эрдоган принял участие в церемонии открытия моста в "
     "Стамбуле.", "Ceremony", "occurred", "2016-08-03"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status", "day"), CASES)
def test_leave_to_take_part_plans_the_event(events, text, kind, status, day) -> None:
    (event,) = [e for e in events(text, "2016-08-03") if e.kind == kind]
    assert (event.status, event.date) == (status, day)


def test_leave_names_who_is_to_take_part(events) -> None:
    text = "Врачи разрешили бывшему футболисту сборной Египта Мохамеду Салаху принять участие "
    (event,) = [e for e in events(text + CEREMONY, "2016-08-03") if e.kind == "Ceremony"]
    assert "person/mokhamed-salakh" in event.participants


def test_leave_the_event_gives_is_no_plan(events) -> None:
    """ "Визит министра позволил укрепить связи": the visit is the verb's subject, not under it."""
    text = "Министр иностранных дел Египта посетил Анкару. Визит позволил укрепить связи стран."
    visits = [e for e in events(text, "2016-08-03") if e.kind == "Visit"]
    assert visits and all(e.status == "occurred" for e in visits)
