"""Who acts on the eve of a visit told before ("… посетит Китай в мае. Накануне визита
министр Бразилии встретился с послом Китая") is not its visitor: a bare "визита" is the
visit the text told, not a second one of the minister's (events80). Own sentences about
other pairs of states, dated 20 May 2025."""

from __future__ import annotations

import pytest

# (text, each visit read as (status, visitor's states and persons))
CASES = [
    ("Президент Франции Эмманюэль Макрон на следующей неделе совершит государственный визит во "
     "Вьетнам. Накануне визита глава МИД Франции Жан-Ноэль Барро провёл телефонный разговор с "
     "вьетнамским коллегой.",
     [("planned", ["person/Q3052772", "state/FRA", "state/VNM"])]),
    ("Президент Бразилии Луис Инасиу Лула да Силва посетит Китай в мае. Накануне визита министр "
     "иностранных дел Бразилии Мауро Виейра встретился с послом Китая.",
     [("planned", ["person/luiz-inacio-lula-da-silva", "state/BRA", "state/CHN"])]),
    # must not: a visit of a place of its own is still the one who acts on its eve
    ("Накануне визита в Египет министр иностранных дел Турции Хакан Фидан дал интервью.",
     [("planned", ["person/hakan-fidan", "state/EGY", "state/TUR"])]),
    ("Во время визита в Египет министр иностранных дел Турции Хакан Фидан дал интервью.",
     [("occurred", ["person/hakan-fidan", "state/EGY", "state/TUR"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), CASES)
def test_who_acts_on_the_eve_of_a_visit_told_before(events, text: str, visits: list) -> None:
    read = [
        (e.status, sorted(e.participants))
        for e in events(text, "2025-05-20")
        if e.kind in {"Visit", "StateVisit"}
    ]
    assert read == visits
