"""A state that closes its border, or checkpoints on it, with another is an event of its own
kind, BorderClosure (ontology 0.24.0): both states, the day (the eve of the report's for
"накануне"), the one checkpoint named as its place. Must-nots: a border told closed since a
time, a closing of no second state, an opening, a closing talked of. Own sentences about
Poland–Belarus, Pakistan–Afghanistan, Finland–Russia, Latvia–Estonia (seventieth pass,
h-events267)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, state_keys

_DAY = "2026-11-27"

# text, the states, the day, the place
CLOSED = [
    ("Правительство Латвии накануне закрыло два пункта пропуска на границе с Эстонией — "
     "«Валка» и «Айнажи» — на месяц.", {"state/LVA", "state/EST"}, "2026-11-26", ""),
    ("Польша закрыла границу с Белоруссией в среду.", {"state/POL", "state/BLR"},
     "2026-11-25", ""),
    ("Пакистан закрыл КПП Торхам на границе с Афганистаном.", {"state/PAK", "state/AFG"},
     _DAY, "Торхам"),
    ("Финляндия закрывает все пункты пропуска на границе с Россией.",
     {"state/FIN", "state/RUS"}, _DAY, ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "day", "place"), CLOSED)
def test_a_border_closed(events, text: str, states: set[str], day: str, place: str) -> None:
    closure = one_of_kind(events(text, _DAY), "BorderClosure")
    assert (state_keys(closure), closure.date, closure.location) == (states, day, place)
    assert closure.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "Граница Латвии с Эстонией закрыта для грузовиков с 2023 года.",  # a state since then
        "Власти Латвии закрыли пункт выдачи гуманитарной помощи.",  # no second state
        "Латвия открыла пункт пропуска на границе с Эстонией.",  # an opening
        "Министр обсудил закрытие границы с Белоруссией.",  # talked of
    ],
)
def test_no_border_closure(events, text: str) -> None:
    assert not of_kind(events(text, _DAY), "BorderClosure")


def test_the_label_names_both_states(events) -> None:
    closure = one_of_kind(events("Польша закрыла границу с Белоруссией.", _DAY), "BorderClosure")
    assert closure.label == "Закрытие границы между Белоруссией и Польшей"
