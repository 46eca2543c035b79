"""Talks, meetings or calls with holders of two roles of one state, met "с" by title
("с президентом Вьетнама", then "с премьер-министром Вьетнама"), are two events though the
text names neither; the same role told again ("с египетским президентом", "с главой МИД" and
"с министром иностранных дел") or no role ("с вьетнамским лидером", a bare "Встреча") is the
one. Sentences of our own (events84)."""

from __future__ import annotations

import pytest

# (text, the kind, how many such events)
TWO = [
    ("Премьер-министр Японии встретился с президентом Вьетнама. Затем премьер-министр Японии "
     "встретился с премьер-министром Вьетнама.", "Meeting", 2),
    ("Президент Франции провёл переговоры с президентом Египта. После этого президент Франции "
     "провёл переговоры с премьер-министром Египта.", "Talks", 2),
    ("Министр иностранных дел Японии провёл переговоры с президентом Индонезии, а затем "
     "встретился с министром иностранных дел Индонезии.", "Talks Meeting", 2),
    # must not: one role told again, or none
    ("Премьер-министр Японии встретился с президентом Вьетнама. Встреча с вьетнамским лидером "
     "прошла в Ханое.", "Meeting", 1),
    ("Президент Франции провёл переговоры с президентом Египта. Переговоры с египетским "
     "президентом продлились три часа.", "Talks", 1),
    ("Министр иностранных дел Японии встретился с главой МИД Индонезии. Встреча с министром "
     "иностранных дел Индонезии прошла в Джакарте.", "Meeting", 1),
    ("Президент Кении провёл переговоры с президентом Уганды и премьер-министром Уганды. "
     "Переговоры с президентом Уганды прошли в Кампале.", "Talks", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds", "count"), TWO)
def test_two_roles_of_one_state_are_two_events(events, text: str, kinds: str, count: int) -> None:
    assert len([e for e in events(text, "2024-05-10") if e.kind in kinds.split()]) == count
