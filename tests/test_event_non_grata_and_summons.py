"""A state that declares another's diplomat "персона нон грата" expels him, and one summoned to
a ministry the text names by "МИД" alone is summoned by the state of the ministry named before,
never by his own (sixty-fifth pass, h-events243). Own sentences about Latvia–Iran,
Estonia–Belarus; with sentences that must give no expulsion or no wrong summoner."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

_DAY = "2026-11-27"

# text, the expulsion's states, its label, its status
DECLARED = [
    ("Министерство иностранных дел Латвии объявило персонами нон грата двух сотрудников "
     "посольства Ирана.", {"state/LVA", "state/IRN"}, "Высылка дипломатов Ирана из Латвии",
     "occurred"),
    # the person declared hung on "грата", the phrase hyphenated, in Latin letters
    ("МИД Эстонии объявил персоной нон грата посла Белоруссии.", {"state/EST", "state/BLR"},
     "Высылка дипломатов Белоруссии из Эстонии", "occurred"),
    ("Эстония объявила персоной нон-грата посла Белоруссии.", {"state/EST", "state/BLR"},
     "Высылка дипломатов Белоруссии из Эстонии", "occurred"),
    ("Латвия объявила двух иранских дипломатов persona non grata.", {"state/LVA", "state/IRN"},
     "Высылка дипломатов Ирана из Латвии", "occurred"),
    # the passive: the one declared is its subject
    ("Сотрудник посольства Ирана объявлен персоной нон грата.", {"state/IRN"},
     "Высылка дипломатов Ирана", "occurred"),
    ("МИД Латвии признал посла Ирана персоной нон грата.", {"state/LVA", "state/IRN"},
     "Высылка дипломатов Ирана из Латвии", "occurred"),
    # a singular present is news, as "отзывает своего посла" is, not a habit
    ("Латвия объявляет посла Ирана персоной нон грата.", {"state/LVA", "state/IRN"},
     "Высылка дипломатов Ирана из Латвии", "occurred"),
    ("Эстония высылает двух дипломатов Белоруссии.", {"state/EST", "state/BLR"},
     "Высылка дипломатов Белоруссии из Эстонии", "occurred"),
    ("Эстония намерена объявить персоной нон грата посла Белоруссии.",
     {"state/EST", "state/BLR"}, "Высылка дипломатов Белоруссии из Эстонии", "planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "label", "status"), DECLARED)
def test_declared_persona_non_grata_is_an_expulsion(events, text, states, label, status) -> None:
    (expulsion,) = of_kind(events(text, _DAY), "Expulsion")
    assert state_keys(expulsion) == states
    assert (expulsion.label, expulsion.status) == (label, status)


NOT_DECLARED = [
    "Фильм «Персона нон грата» вышел в 2015 году.",
    "Латвия ежегодно высылает сотни мигрантов.",  # a habit
    "Президент Латвии объявил о визите в Иран.",
    "МИД Латвии объявил о новых правилах выдачи виз.",
]


@pytest.mark.parametrize("text", NOT_DECLARED)
def test_no_expulsion_without_a_declaration(events, text) -> None:
    assert not of_kind(events(text, _DAY), "Expulsion")


# text, the summons's states, its label
SUMMONED = [
    # the resolver gives the bare "МИД" the one ministry the text so abbreviates, told later:
    # the diplomat's own
    ("Министерство иностранных дел Латвии выразило протест Ирану. Временный поверенный в "
     "делах Ирана был вызван в МИД, где ему вручили ноту. Официальный представитель МИД Ирана "
     "заявил, что Тегеран ответит.", {"state/LVA", "state/IRN"},
     "Вызов дипломата Ирана в МИД Латвии"),
    # two ministries "МИД" of two states: the one before
    ("МИД Эстонии выразил протест. Посол Белоруссии был вызван в МИД. МИД Белоруссии ответил.",
     {"state/EST", "state/BLR"}, "Вызов дипломата Белоруссии в МИД Эстонии"),
    # must-not: no ministry of another state named before: none summons
    ("Посол Ирана был вызван в МИД. МИД Ирана ответил.", {"state/IRN"}, "Вызов дипломата Ирана"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "label"), SUMMONED)
def test_summoned_to_the_ministry_of_another_state(events, text, states, label) -> None:
    (summons,) = of_kind(events(text, _DAY), "Summons")
    assert (state_keys(summons), summons.label) == (states, label)
