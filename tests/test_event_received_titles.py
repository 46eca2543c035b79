"""A guest received by an office title alone meets the host: "Президент Аргентины принял
премьер-министра Испании в Каса-Росада" is a meeting of both states there, as one with the
guest's name was, the place the parse hangs on the guest being where they were received.
Sentences of our own about other pairs of states, with cases that must not be a meeting."""

from __future__ import annotations

import pytest

# text, the meeting's states and place (None: no meeting at all)
CASES = [
    ("Президент Аргентины принял премьер-министра Испании в Каса-Росада.",
     ({"state/ARG", "state/ESP"}, "Каса-Росада")),
    ("Президент Египта принял министра иностранных дел Турции в Каире.",
     ({"state/EGY", "state/TUR"}, "Каир")),
    ("Премьер-министр Индии принял президента Франции в Нью-Дели.",
     ({"state/IND", "state/FRA"}, "Нью-Дели")),
    ("Премьер-министр Вьетнама принял в Ханое министра обороны Японии.",
     ({"state/VNM", "state/JPN"}, "Ханой")),
    # a guest named too, the place hung on the guest
    ("Президент Египта Абдель Фаттах ас-Сиси принял министра иностранных дел Турции Хакана "
     "Фидана в Каире.",
     ({"state/EGY", "state/TUR"}, "Каир")),
    # must not: a thing received, a guest of the host's own state or of no state
    ("Президент Аргентины принял закон о бюджете в Буэнос-Айресе.", None),
    ("Президент Аргентины принял министра обороны Аргентины в Каса-Росада.", None),
    ("Президент Бразилии принял отставку министра финансов Бразилии.", None),
    ("Президент Египта принял директора компании в Каире.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "met"), CASES)
def test_a_guest_by_title_is_met(events, text: str, met: tuple[set[str], str] | None) -> None:
    meetings = [e for e in events(text, "2025-02-03") if e.kind == "Meeting"]
    if met is None:
        assert not meetings
        return
    (meeting,) = meetings
    states = {p for p in meeting.participants if p.startswith("state/")}
    assert (states, meeting.location) == met
