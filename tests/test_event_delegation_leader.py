"""Heading a delegation is no appointment, in either order of the verb: "Делегацию Кении
возглавил министр X" and "Кенийскую делегацию возглавил X" (the parser took the adjective
for the subject and the state it names for the body led) tell who leads a trip's party, no
office (`career_posts._trip_party`). An appointment to head a delegation told by a verb of
appointing stays one, and so does heading a ministry. Sentences of our own about Kenya and
Egypt (sixty-fourth pass, h-events234)."""

from __future__ import annotations

import pytest

# (text, the labels of the appointments read)
TEXTS = [
    ("Кенийскую делегацию возглавил министр иностранных дел Муса Мудавади.", []),
    ("Делегацию Кении возглавил министр иностранных дел Муса Мудавади.", []),
    ("Египетскую делегацию на переговорах возглавил министр иностранных дел Бадр Абдель Аты.", []),
    ("Министр иностранных дел Муса Мудавади возглавил кенийскую делегацию.", []),
    # must not: an appointment told by its verb stays, and a ministry headed is an office
    ("Министр иностранных дел Кении Муса Мудавади прибыл в Каир 18 ноября. Его назначили "
     "главой делегации на переговорах.",
     ["Назначение Мусы Мудавади на пост главы делегации на переговорах"]),
    ("В 2013 году Муса Мудавади возглавил министерство финансов Кении.",
     ["Назначение Мусы Мудавади на пост главы министерства финансов Кении"]),
    ("Министерство финансов Кении в 2013 году возглавил Муса Мудавади.",
     ["Назначение Мусы Мудавади на пост главы министерства финансов Кении"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), TEXTS)
def test_a_delegation_led_is_no_appointment(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    labels: list[str],
) -> None:
    found = events(text, "2026-11-20")
    # the body's first letter is as the sentence writes it ("Министерства" at its start)
    got = [e.label.lower() for e in found if e.kind == "Appointment"]
    assert got == [label.lower() for label in labels]
