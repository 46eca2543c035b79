"""A body's sitting told by its verb ("3 июня в Лиме заседала межправительственная комиссия
Чили и Перу") is the body's sitting, dated by its own day even after a report verb of
another day ("МИД Кении во вторник сообщил, что …"), labelled as the noun's would be
("Заседание межправительственной комиссии Чили и Перу"). Seventy-second pass (h-events275);
own sentences about Kenya–Uganda and Chile–Peru, dated Thursday 5 June 2025."""

from __future__ import annotations

import pytest

DAY = "2025-06-05"

# (text, the sitting's (label, date, place, participants)); None: no sitting
SITTINGS = [
    ("МИД Кении во вторник сообщил, что 2 июня в Найроби заседала совместная комиссия Кении "
     "и Уганды.",
     ("Заседание совместной комиссии Кении и Уганды", "2025-06-02", "Найроби",
      ["state/KEN", "state/UGA"])),
    ("Как сообщило в среду министерство иностранных дел Перу, 30 мая в Лиме заседала "
     "межправительственная комиссия Чили и Перу.",
     ("Заседание межправительственной комиссии Чили и Перу", "2025-05-30", "Лима",
      ["state/CHL", "state/PER"])),
    # must-nots: the sitting's own weekday; the noun's sitting told the same way is the same
    ("В понедельник в Найроби заседала межправительственная комиссия Кении и Уганды.",
     ("Заседание межправительственной комиссии Кении и Уганды", "2025-06-02", "Найроби",
      ["state/KEN", "state/UGA"])),
    ("МИД Кении во вторник сообщил, что 2 июня в Найроби прошло заседание совместной "
     "комиссии Кении и Уганды.",
     ("Заседание совместной комиссии Кении и Уганды", "2025-06-02", "Найроби",
      ["state/KEN", "state/UGA"])),
    # must-not: people who sit are no body's sitting
    ("Депутаты парламента Кении заседали до утра.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sitting"), SITTINGS)
def test_sitting_told_by_its_verb(events, text: str, sitting: tuple | None) -> None:
    read = [e for e in events(text, DAY) if e.kind == "Meeting"]
    found = [(e.label, e.date, e.location, sorted(e.participants)) for e in read]
    assert found == ([sitting] if sitting else [])
