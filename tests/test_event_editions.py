"""The edition before a programme or sitting the text told (sixty-sixth pass, h-events245).
Own sentences about pairs of states other than the corpus's: a bare "предыдущие прошли в …"
after exercises, a "Предыдущий форум прошёл в …", a "Прошлое заседание комиссии состоялось
в …" are events of their own between the sides of the one told now, on their own day and
place; the look-alikes that must not read so."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

_DAY = "2026-12-07"  # a Monday

# text, kind, the previous edition's states, date, location
EDITIONS = [
    # a bare adjective standing for the exercises
    ("Совместные учения армий Вьетнама и Лаоса стартовали в понедельник во Вьентьяне. Это уже "
     "третьи подобные учения: предыдущие прошли в мае 2025 года в Ханое.", "Exercise",
     {"state/VNM", "state/LAO"}, "2025-05", "Ханой"),
    # a paragraph later, in a country
    ("Совместные учения флотов Перу и Чили начались во вторник у побережья Кальяо.\n\n"
     "Предыдущие прошли в октябре 2024 года в Чили.", "Exercise",
     {"state/PER", "state/CHL"}, "2024-10", "Чили"),
    # a forum by its noun, the compound's head
    ("Бизнес-форум Перу и Чили открылся во вторник в Лиме. Предыдущий форум прошёл в Сантьяго "
     "в 2024 году.", "Forum", {"state/PER", "state/CHL"}, "2024", "Сантьяго"),
    # a body's sitting
    ("В Каире прошло заседание совместной комиссии Египта и Судана. Прошлое заседание комиссии "
     "состоялось в Хартуме в марте 2025 года.", "Meeting", {"state/EGY", "state/SDN"},
     "2025-03", "Хартум"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "states", "day", "location"), EDITIONS)
def test_the_edition_before_is_its_own_event(events, text, kind, states, day, location) -> None:
    found = of_kind(events(text, _DAY), kind)
    past = [e for e in found if e.date == day]
    assert len(found) == 2
    assert len(past) == 1
    assert state_keys(past[0]) == states
    assert (past[0].location, past[0].status) == (location, "occurred")


NO_EDITION = [
    # an adjective of another verb, of time
    "Совместные учения армий Вьетнама и Лаоса стартовали во Вьентьяне. Предыдущий опыт "
    "показал их пользу.",
    "Совместные учения армий Вьетнама и Лаоса стартовали во Вьентьяне. Прошлые годы были трудными.",
    # no programme told before
    "Предыдущие прошли в мае 2025 года в Ханое.",
]


def test_words_that_tell_no_edition(events) -> None:
    """Only the exercises told now: none told before the bare "Предыдущие" gives none."""
    counts = [len(of_kind(events(text, _DAY), "Exercise")) for text in NO_EDITION]
    assert counts == [1, 1, 0]
