"""Bare numbers that count people by what befell them or where they are held (forty-first
pass, own sentences): a number before a participle of fate standing as a noun ("о 17
погибших" → погибшие), a number "из" a group that is the subject of a plural verb of fate
("пятеро из задержанных отпущены" → отпущенные), and the rest that stay in custody
("остальные 134 остаются под стражей" → находящиеся под стражей)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сообщается о 17 погибших в результате взрыва в Турции.", [("погибшие", 17, "человек")]),
        (
            "Власти Чили сообщили о 23 пострадавших после землетрясения в Перу.",
            [("пострадавшие", 23, "человек")],
        ),
        ("Пятеро из задержанных граждан Латвии отпущены.", [("отпущенные", 5, "человек")]),
        (
            "Трое из задержанных в Египте туристов были освобождены.",
            [("освобождённые", 3, "человек")],
        ),
        (
            "Остальные 134 остаются под стражей в Эстонии.",
            [("находящиеся под стражей", 134, "человек")],
        ),
        (
            "Ещё 12 граждан Канады остаются в плену в Мексике.",
            [("граждане Канады", 12, "гражданин")],
        ),
        # must not: a counted noun of its own, and a bare number of no fate or custody
        ("В результате взрыва в Турции погибли 17 человек.", [("погибшие", 17, "человек")]),
        ("Остальные 40 остаются в распоряжении Чили.", []),
        ("Из 30 участников переговоров 12 представляли Перу.", [("участники", 30, "участник")]),
    ],
)
def test_bare_numbers_count_people(analyse, text: str, expected: list) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert [(m, int(v), u) for m, v, u in rows] == sorted(expected)
