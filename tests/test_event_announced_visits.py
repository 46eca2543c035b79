"""A visit announced with its day ("посетит Францию 18 июня") and then told held by the same
person in the same state on that day ("18 июня Моди прибыл в Париж") is one visit, which
took place, not a planned one beside the one held. Sentences of our own about other pairs
of states, with trips that must stay apart: another year, another state, another day."""

from __future__ import annotations

import pytest

# text, document date, the (status, date) of each visit kg reads, in order
CASES = [
    ("Премьер-министр Индии Нарендра Моди посетит Францию 18 июня. Об этом сообщила "
     "канцелярия президента Франции Эмманюэля Макрона. 18 июня Моди прибыл в Париж, где его "
     "принял Макрон.", "2025-06-18", [("occurred", "2025-06-18")]),
    ("Президент Аргентины Хавьер Милей посетит Израиль 10 июня. 10 июня Милей прибыл в "
     "Иерусалим, где провёл переговоры с премьер-министром Израиля Биньямином Нетаньяху.",
     "2025-06-10", [("occurred", "2025-06-10")]),
    ("Министр иностранных дел Японии Такэси Ивая посетит Ханой 17 февраля, сообщил МИД "
     "Японии. В понедельник японский министр прибыл в Ханой.", "2025-02-17",
     [("occurred", "2025-02-17")]),
    # must not: a trip of another year, to another state, on another day
    ("Президент Аргентины Хавьер Милей посетит Израиль 10 июня. Милей уже посещал Израиль в "
     "2024 году.", "2025-06-10", [("planned", "2025-06-10"), ("occurred", "2024")]),
    ("Премьер-министр Индии Нарендра Моди посетит Францию в июле. В июне Моди прибыл в "
     "Германию.", "2025-06-10", [("planned", "2025-07"), ("occurred", "2025-06")]),
    ("Премьер-министр Индии Нарендра Моди посетит Францию 20 июня. 10 июня Моди прибыл во "
     "Францию.", "2025-06-10", [("planned", "2025-06-20"), ("occurred", "2025-06-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "visits"), CASES)
def test_an_announced_visit_held_is_one(
    events, text: str, date: str, visits: list[tuple[str, str]]
) -> None:
    read = [(e.status, e.date) for e in events(text, date) if "Visit" in e.kind]
    assert read == visits
