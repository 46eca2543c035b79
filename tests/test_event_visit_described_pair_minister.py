"""A visit told by its traveller's state's adjective and title ("в ходе визита египетского
министра в Турцию") after a pair of titles that names each side's holder by the pair alone
("министрами иностранных дел двух стран X и Y"): the one person of that state holding the
title visits, the state the text's titles give him counting as his, not the gazetteer's
alone (sixty-fifth pass, h-events242). Sentences of our own about other pairs of states."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import one_of_kind, person_keys, state_keys

from kg.extract.events import Event

SIGNED = "Соглашение было подписано 5 мая в {city} министрами иностранных дел двух стран {pair} "


@pytest.mark.parametrize(
    ("text", "visitor", "states"),
    [
        (
            "Парламент Египта ратифицировал соглашение с Турцией. "
            + SIGNED.format(city="Анкаре", pair="Хаканом Фиданом и Бадром Абдельатти")
            + "в ходе визита египетского министра в Турцию.",
            ["person/badr-abdelatti"],
            {"state/EGY", "state/TUR"},
        ),
        (
            "Парламент Египта ратифицировал соглашение с Турцией. "
            + SIGNED.format(city="Анкаре", pair="Хаканом Фиданом и Бадром Абдельатти")
            + "во время поездки египетского министра в Анкару.",
            ["person/badr-abdelatti"],
            {"state/EGY", "state/TUR"},
        ),
        # must not: the pair names no one, so the state travels
        (
            "Парламент Египта ратифицировал соглашение с Турцией. "
            + SIGNED.format(city="Анкаре", pair="")
            + "в ходе визита египетского министра в Турцию.",
            [],
            {"state/EGY", "state/TUR"},
        ),
        # must not: two ministers of that state, so neither is the one
        (
            "Министр иностранных дел Египта Бадр Абдельатти и министр торговли Египта Ахмед "
            "Самир подписали соглашение с Турцией 5 мая в Анкаре в ходе визита египетского "
            "министра в Турцию.",
            [],
            {"state/EGY", "state/TUR"},
        ),
    ],
)
def test_pair_minister_visits(
    events: Callable[..., list[Event]], text: str, visitor: list[str], states: set[str]
) -> None:
    visit = one_of_kind(events(text, "2026-12-02"), "Visit")
    assert person_keys(visit) == visitor
    assert state_keys(visit) == states
