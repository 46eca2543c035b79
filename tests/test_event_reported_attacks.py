"""An attack told with a reporting lead-in and no place of its own (events121): "Как сообщают
власти Перу, в результате теракта на военной базе погиб …" is an attack in Peru, as "В Перу
в результате теракта …" is: the state of the authorities that report it, else the
document's one state, is where it happened. Sentences of our own (Chile–Peru,
Estonia–Latvia, Egypt–Turkey)."""

from __future__ import annotations

import pytest

# (text, where it happened)
REPORTED = [
    ("Как сообщают власти Перу, в результате теракта на военной базе погиб по крайней мере "
     "один человек.", "Перу"),
    ("Как сообщают перуанские власти, в результате теракта на военной базе погиб по крайней "
     "мере один человек.", "Перу"),
    ("Как сообщили власти Латвии, в результате теракта погибли два человека. Президент "
     "Эстонии выразил соболезнования.", "Латвия"),
    ("Президент Египта провёл совещание. По его словам, в результате теракта на военной базе "
     "погибли три человека.", "Египет"),
    # must keep: a place of its own
    ("В Перу в результате теракта на военной базе погиб по крайней мере один человек.",
     "Перу"),
    ("Как сообщают власти Чили, в Перу в результате теракта погиб один человек.", "Перу"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), REPORTED)
def test_a_reported_attack_is_where_its_state_is(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    place: str,
) -> None:
    (attack,) = [e for e in events(text, "2024-12-20") if e.kind == "Attack"]
    assert attack.status == "occurred"
    assert attack.location == place


# must keep: no place where the text names two states and no reporting authorities, nor an
# attack only feared
NONE = [
    "Президент Египта провёл переговоры с президентом Турции. Они осудили теракт.",
    "Как сообщают власти Египта, в Турции сохраняется угроза теракта.",
]


@pytest.mark.parametrize("text", NONE)
def test_an_attack_of_no_place_stays_none(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text, "2024-12-20") if e.kind == "Attack"]


# (headline and lead, where the one attack happened)
HEADLINES = [
    ("Новый теракт на базе в Перу\nКак сообщают власти, в результате теракта на военной базе "
     "погиб по крайней мере один человек.", "Перу"),
    ("Новый теракт на военной базе в Латвии\nКак сообщают власти Латвии, в результате теракта "
     "погиб по крайней мере один человек.", "Латвия"),
    ("Теракт в Египте\nВ результате теракта у посольства Турции погибли два человека.",
     "Египет"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), HEADLINES)
def test_a_headlines_attack_fuses_with_the_leads(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    place: str,
) -> None:
    (attack,) = [e for e in events(text, "2024-12-20") if e.kind == "Attack"]
    assert attack.status == "occurred"
    assert attack.location == place
    assert len(attack.evidence) == 2


# must keep: a headline's attack the body does not tell as done is none
UNTOLD_HEADLINES = [
    "Новый теракт на базе в Перу\nВ Чили прошли парламентские выборы.",
    "Теракт в Египте\nВ Турции сохраняется угроза теракта.",
]


@pytest.mark.parametrize("text", UNTOLD_HEADLINES)
def test_a_headlines_attack_alone_is_none(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text, "2024-12-20") if e.kind == "Attack"]
