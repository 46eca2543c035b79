"""A successor the text does not name ("Социал-демократ сменит её на посту премьер-министра",
"Новым министром иностранных дел Перу станет представитель партии") still takes the post:
an appointment of the post's state, as an arrest of people no one names is their state's
(and the tuning gold's "назначил гражданское руководство" is one). Read so only with a
person's noun as the subject and a state for the post; one the sentence names stays named,
a title ("министр обороны станет …") is someone the text knows, and the office alone
("назначил нового министра") tells no one. Sentences of our own about Estonia, Peru, Chile
(pass forty-three, branch h-events106)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _appointments(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Appointment"]


UNNAMED = [
    ("Премьер-министр Эстонии Кая Каллас ушла в отставку. Социал-демократ сменит её на посту "
     "премьер-министра.", "state/EST"),
    ("Министр иностранных дел Перу ушёл в отставку. Новым министром иностранных дел Перу "
     "станет представитель партии «Свобода».", "state/PER"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state"), UNNAMED)
def test_an_unnamed_successor_is_an_appointment_of_the_state(events, text, state) -> None:
    (appointment,) = _appointments(events(text))
    assert appointment.status == "planned"
    assert appointment.participants == [state]


def test_a_named_successor_stays_named(events) -> None:
    text = "Новым министром иностранных дел Перу станет Хуан Перес."
    (appointment,) = _appointments(events(text))
    assert "person/khuan-peres" in appointment.participants


@pytest.mark.parametrize(
    "text",
    [
        "Президент Перу назначил нового министра иностранных дел.",
        "Новым министром станет представитель партии «Свобода».",  # no state for the post
    ],
)
def test_no_one_or_no_state_gives_none(events, text: str) -> None:
    assert _appointments(events(text)) == []


def test_a_known_holder_described_by_a_post_gives_none(events) -> None:
    text = "Бывший глава совета назначен советником президента Перу."
    assert _appointments(events(text)) == []
