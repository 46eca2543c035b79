"""A letter or note sent "в адрес" someone ("направил в адрес президента Эстонии письмо") is
addressed to the genitive of "в адрес", as to a dative: a Message of the sender and the
addressee (were none, or the sender's state alone). Pass forty-four, h-status46; sentences of
our own about Estonia, Egypt–Turkey."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "label", "participants"),
    [
        ("Писатель Яан Кросс направил в адрес президента Эстонии Алара Кариса открытое письмо.",
         "Письмо Яана Кросса", {"person/yaan-kross", "person/alar-karis", "state/EST"}),
        ("Министр иностранных дел Египта направил в адрес министра иностранных дел Турции "
         "ноту протеста.", "Нота протеста Египта", {"state/EGY", "state/TUR"}),
    ],
)  # fmt: skip
def test_a_letter_sent_to_someones_address(events, text, label, participants) -> None:  # noqa: ANN001
    (message,) = [e for e in events(text, "2024-05-01") if e.kind == "Message"]
    assert message.label == label
    assert participants <= set(message.participants)


# must not: a letter to a dative keeps its reading
@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("Писатель Яан Кросс направил президенту Эстонии Алару Карису открытое письмо.",
         {"person/yaan-kross", "person/alar-karis", "state/EST"}),
    ],
)  # fmt: skip
def test_other_letters_keep_their_sides(events, text, participants) -> None:  # noqa: ANN001
    (message,) = [e for e in events(text, "2024-05-01") if e.kind == "Message"]
    assert set(message.participants) == participants
