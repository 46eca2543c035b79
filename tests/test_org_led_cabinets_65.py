"""A cabinet named after its head is that head's state's body, as "правительство <head>"
reads (`person_administrations` in kg/resolve/org_fields.py, group `led`), not a room ("в
кабинете министра …", "рабочий кабинет …": `_room`); and a head named after the title gives
a presidential administration his state, never the text's (`_state_body_known` in
kg/resolve/organizations.py). Fifty-fourth pass, h-orgs65; own sentences about
Netherlands–Belgium, Japan–India, Turkey–Russia."""

from __future__ import annotations

import pytest

# each sentence, then (organization mention, its key, its state) and the person mentions
CASES = [
    ("Новый кабинет Марка Рютте утвердил соглашение с Бельгией.",
     [("Новый кабинет Марка Рютте", "org/kabinet-ryutte", "state/NLD")], ["Марка Рютте"]),
    ("Брюссель приветствовал решение кабинета Марка Рютте.",
     [("кабинета Марка Рютте", "org/kabinet-ryutte", "state/NLD")], ["Марка Рютте"]),
    ("Кабинет Фумио Кисиды одобрил соглашение с Индией.",
     [("Кабинет Фумио Кисиды", "org/kabinet-kisidy", "state/JPN")], ["Фумио Кисиды"]),
    ("В России раскритиковали администрацию президента Реджепа Тайипа Эрдогана.",
     [("администрацию президента Реджепа Тайипа Эрдогана", "org/administratsiya-erdogana",
       "state/TUR")], ["Реджепа Тайипа Эрдогана"]),
    # must-not: a room, not a cabinet; a cabinet of ministers stays the government
    ("Посол Бельгии ждал в кабинете министра Марка Рютте.", [], ["Марка Рютте"]),
    ("Посол Бельгии вошёл в рабочий кабинет Марка Рютте.", [], ["Марка Рютте"]),
    ("Посол Индии вошёл в личный кабинет Фумио Кисиды.", [], ["Фумио Кисиды"]),
    ("Кабинет министров Японии одобрил соглашение с Индией.",
     [("Кабинет министров Японии", "org/pravitelstvo-yaponii", "state/JPN")], []),
    # must-not: the text's own head keeps the text's body
    ("В России раскритиковали администрацию президента Владимира Путина.",
     [("администрацию президента", "org/Q2060629", "state/RUS")], ["Владимира Путина"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "persons"), CASES)
def test_cabinet_of_its_head(
    extraction_of,  # noqa: ANN001
    text: str,
    orgs: list[tuple[str, str, str]],
    persons: list[str],
) -> None:
    """The body's mention, key and state; the head's mention kept."""
    ex = extraction_of(text, "2024-05-15", "offices")
    states = {e.key: e.state for e in ex.entities}
    found = [(m.text, m.entity, states.get(m.entity, "")) for m in ex.mentions]
    assert [f for f in found if f[1].startswith("org/")] == orgs
    assert [m.text for m in ex.mentions if m.type == "Person"] == persons
