"""A joint commission's sitting that names no side takes the states of its body: the
adjective of the pair on the body ("заседание кенийско-угандийской межправительственной
комиссии", whatever the parse hangs it on), else the pair the text named that body of
before ("Межправкомиссия Чили и Перу создана …. Состоялось заседание межправкомиссии";
h-events147, `Participants._joint_body_pair`). Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

_DAY = "2026-05-10"

# (text, the sittings read: (place, participants))
SITTINGS = [
    ("Состоялось заседание кенийско-угандийской межправительственной комиссии.",
     [("", ["state/KEN", "state/UGA"])]),
    ("Кенийско-угандийская межправительственная комиссия создана в 2010 году. В Кампале "
     "состоялось заседание межправительственной комиссии.",
     [("Кампала", ["state/KEN", "state/UGA"])]),
    ("Межправкомиссия Чили и Перу создана в 2010 году. В Лиме состоялось заседание "
     "межправкомиссии.",
     [("Лима", ["state/CHL", "state/PER"])]),
    # must-nots: a joint body the text names of no states, or of one state only
    ("В Лиме состоялось заседание межправительственной комиссии.", [("Лима", [])]),
    ("Чилийская комиссия по торговле создана в 2010 году. В Лиме состоялось заседание "
     "межправительственной комиссии.",
     [("Лима", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sittings"), SITTINGS)
def test_a_joint_sitting_is_of_its_bodys_pair(events, text: str, sittings: list) -> None:
    read = events(text, _DAY)
    assert [(e.location, sorted(e.participants)) for e in read if e.kind == "Meeting"] == sittings
