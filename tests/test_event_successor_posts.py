"""One who takes another's post (forty-second pass, h-events103, own sentences about
Estonia, Canada, Turkey): "X сменит её на посту премьер-министра", "X сменит Y на посту …"
is an appointment of X to the post of the state Y served, where the text names no state for
the post; a state the parser hangs on the post from past the clause's end ("X, который
сменил на посту главы МИД Канады Y, провёл переговоры с министром … Мексики") is none of it.
A party's post stays none."""

from __future__ import annotations

import pytest

KALLAS = "Премьер-министр Эстонии Кая Каллас встретилась с президентом Латвии. "
JOLY = "Министр иностранных дел Канады Мелани Жоли прибыла в Мехико. "

CASES = [
    # (text, appointee, the post's state)
    (KALLAS + "Кристен Михал сменит её на посту премьер-министра.",
     "person/kristen-mikhal", "state/EST"),
    (KALLAS + "Кристен Михал сменит Каю Каллас на посту премьер-министра.",
     "person/kristen-mikhal", "state/EST"),
    (JOLY + "Доминик Леблан сменит её на посту главы МИД.", "person/dominik-leblan", "state/CAN"),
    (JOLY + "Доминик Леблан сменит на посту главы МИД Мелани Жоли.",
     "person/dominik-leblan", "state/CAN"),
    # must keep: the post's own state
    ("Хакан Фидан сменил на посту министра иностранных дел Турции Мевлюта Чавушоглу.",
     "person/hakan-fidan", "state/TUR"),
    ("Доминик Леблан, который сменил на посту главы МИД Канады Мелани Жоли, провёл переговоры "
     "с министром иностранных дел Мексики.", "person/dominik-leblan", "state/CAN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "state"), CASES)
def test_successor_takes_the_post(events, text: str, person: str, state: str) -> None:  # noqa: ANN001
    (appointment,) = [e for e in events(text, "2024-05-10") if e.kind == "Appointment"]
    assert person in appointment.participants
    assert [p for p in appointment.participants if p.startswith("state/")] == [state]
    # the predecessor is no participant of the appointment
    assert not {"person/kaja-kallas", "person/melanie-joly"} & set(appointment.participants)


def test_party_post_is_no_appointment(events) -> None:  # noqa: ANN001
    text = "Кристен Михал сменил на посту лидера Партии реформ Каю Каллас."
    assert not [e for e in events(text, "2024-05-10") if e.kind == "Appointment"]
