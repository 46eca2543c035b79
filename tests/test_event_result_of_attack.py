"""An attack told by what it caused (events119): "в Латвии в результате теракта на базе НАТО
погиб по крайней мере один человек" tells the attack happened, as "по итогам переговоров"
tells the talks; a "теракт" only spoken of ("угроза теракта") stays none. Sentences of our
own (Estonia–Latvia, Egypt–Turkey, Chile). Told with a reporting lead-in and no place of its
own (events121: "Как сообщают власти Перу, в результате теракта …") it is where the
reporting authorities' state is, else the document's one state; a headline's attack fuses
with its lead's."""

from __future__ import annotations

import pytest

# (text, where it happened)
RESULTS = [
    ("Тем временем в Латвии в результате теракта на базе НАТО погиб по крайней мере один "
     "человек, еще около 70 получили ранения.", "Латвия"),
    ("В Эстонии в результате теракта на военной базе погибли два человека.", "Эстония"),
    ("В Египте в результате теракта в Каире погибли три человека.", "Каир"),
    # a reporting lead-in: the reporting authorities' state, else the document's one state
    ("Как сообщают власти Перу, в результате теракта на военной базе погиб по крайней мере "
     "один человек.", "Перу"),
    ("Как сообщают перуанские власти, в результате теракта на военной базе погиб по крайней "
     "мере один человек.", "Перу"),
    ("Как сообщили власти Латвии, в результате теракта погибли два человека. Президент "
     "Эстонии выразил соболезнования.", "Латвия"),
    ("Президент Египта провёл совещание. По его словам, в результате теракта на военной базе "
     "погибли три человека.", "Египет"),
    # must keep: a place of its own over the reporters'
    ("В Перу в результате теракта на военной базе погиб по крайней мере один человек.",
     "Перу"),
    ("Как сообщают власти Чили, в Перу в результате теракта погиб один человек.", "Перу"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), RESULTS)
def test_an_attack_whose_outcome_is_told_happened(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    place: str,
) -> None:
    _occurred_at(events, text, place)


def _occurred_at(events, text: str, place: str):  # noqa: ANN001, ANN202 - the conftest fixture
    """The one attack kg reads from `text`, after checking it occurred at `place`."""
    (attack,) = [e for e in events(text, "2024-12-20") if e.kind == "Attack"]
    assert attack.status == "occurred"
    assert attack.location == place
    return attack


# must keep: an attack only feared or spoken of is none
NONE = [
    "В Чили сохраняется угроза теракта на военных базах.",
    "Власти Эстонии обсудили меры по предотвращению теракта.",
    # no place where the text names two states and no reporting authorities
    "Президент Египта провёл переговоры с президентом Турции. Они осудили теракт.",
    "Как сообщают власти Египта, в Турции сохраняется угроза теракта.",
]


@pytest.mark.parametrize("text", NONE)
def test_an_attack_spoken_of_is_none(events, text: str) -> None:  # noqa: ANN001
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
    assert len(_occurred_at(events, text, place).evidence) == 2


# must keep: a headline's attack the body does not tell as done is none
UNTOLD_HEADLINES = [
    "Новый теракт на базе в Перу\nВ Чили прошли парламентские выборы.",
    "Теракт в Египте\nВ Турции сохраняется угроза теракта.",
]


@pytest.mark.parametrize("text", UNTOLD_HEADLINES)
def test_a_headlines_attack_alone_is_none(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text, "2024-12-20") if e.kind == "Attack"]
