"""A frame reads a person's state as the rest of events does (`person_state`): a person
known by name whose office of a state the text tells only by its setting ("посетил Того …
встреча с президентом X": Togo's president, the visit's host) counts as that state, so
talks during a visit "с" the host's president take the visitor, a visit its host's leader
met, a joint press conference the host's state. Own sentences about pairs of states,
must-nots beside the musts. Sixty-third pass (h-events228)."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind, person_keys, state_keys

_GHANA = "Министр иностранных дел Ганы Сэмюэл Аблаква прибыл в Того с визитом. "
_CHILE = "Министр иностранных дел Чили Альберто ван Кларен посетил Перу. "


@pytest.mark.parametrize(
    ("text", "kind", "persons", "states"),
    [
        (
            _GHANA + "В ходе визита состоялась встреча с президентом Жаном Коффи.",
            "Meeting",
            ["person/semyuel-ablakva", "person/zhan-koffi"],
            {"state/GHA", "state/TGO"},
        ),
        (
            _CHILE + "В ходе визита состоялись переговоры с президентом Хосе Херри.",
            "Talks",
            ["person/alberto-van-klaren", "person/khose-kherri"],
            {"state/CHL", "state/PER"},
        ),
        (
            "Президент Чили Габриэль Борич посетил Перу и встретился с президентом Хосе Херри. "
            "На совместной пресс-конференции Борич заявил о росте торговли.",
            "Publication",
            ["person/gabriel-borich", "person/khose-kherri"],
            {"state/CHL", "state/PER"},
        ),
        # must-nots: a president of a bank, of no state, takes no visitor; the host's state
        # named beside the name as before
        (
            _GHANA + "В ходе визита состоялась встреча с президентом Всемирного банка Аджаем "
            "Бангой.",
            "Meeting",
            ["person/adzhay-banga"],
            set(),
        ),
        (
            _CHILE + "В ходе визита состоялись переговоры с президентом Перу Хосе Херри.",
            "Talks",
            ["person/alberto-van-klaren", "person/khose-kherri"],
            {"state/CHL", "state/PER"},
        ),
    ],
)
def test_a_frame_reads_a_persons_text_state(
    events, text: str, kind: str, persons: list[str], states: set[str]
) -> None:
    event = one_of_kind(events(text, "2026-03-12"), kind)
    assert (person_keys(event), state_keys(event)) == (persons, states)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            _GHANA + "В ходе визита состоялась встреча с президентом Жаном Коффи.",
            "person/zhan-koffi",
        ),
        (  # must-not: a bank's head is no host of the visit
            _GHANA + "В ходе визита состоялась встреча с президентом Всемирного банка Аджаем "
            "Бангой.",
            "",
        ),
    ],
)
def test_a_visit_takes_its_hosts_leader_met(events, text: str, host: str) -> None:
    visit = one_of_kind(events(text, "2026-03-12"), "Visit")
    assert [p for p in person_keys(visit) if p != "person/semyuel-ablakva"] == (
        [host] if host else []
    )
