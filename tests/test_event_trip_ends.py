"""A visit told by its end ("в понедельник завершил трёхдневный визит") gives its last day,
not the day of the talks or meetings told during it, nor the dateline's: those are left
undated. Sentences of our own about other pairs of states, with must-not cases (a visit
told by its day or its arrival still dates them)."""

from __future__ import annotations

import pytest

# document date, kind, date, text
CASES = [
    ("2025-11-10", "Meeting", "",
     "Президент Франции Эмманюэль Макрон 7 ноября завершил трёхдневный визит в Марокко. В ходе "
     "визита он встретился с королём Марокко."),
    ("2025-12-02", "Talks", "",
     "Министр иностранных дел Бразилии Мауро Виейра в понедельник завершил визит в Китай. В "
     "ходе поездки Виейра провёл переговоры с министром иностранных дел КНР Ван И."),
    ("2025-12-02", "Talks", "",
     "Министр иностранных дел Бразилии в понедельник завершил визит в Китай. В ходе поездки "
     "бразильский министр провёл переговоры с министром иностранных дел КНР."),
    # must not: a visit told by its day or its arrival
    ("2025-12-02", "Talks", "2025-12-01",
     "Министр иностранных дел Бразилии в понедельник посетил Пекин. В ходе поездки бразильский "
     "министр провёл переговоры с министром иностранных дел КНР."),
    ("2025-11-10", "Meeting", "2025-11-07",
     "Президент Франции Эмманюэль Макрон 7 ноября прибыл с визитом в Рабат. В ходе визита он "
     "встретился с королём Марокко."),
]  # fmt: skip


@pytest.mark.parametrize(("date", "kind", "day", "text"), CASES)
def test_a_trip_told_by_its_end(events, date: str, kind: str, day: str, text: str) -> None:
    (event,) = [e for e in events(text, date) if e.kind == kind]
    assert event.date == day
