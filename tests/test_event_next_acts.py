"""An invitation or an offer made as a second act after the event ("провёл переговоры … и
пригласил его …", "во время визита … выступил … и предложил …") plans what it governs, not
the event it follows: that one was held. A plan word above the event still sets it ahead.
States of our own choice (Chile–Peru, India–Japan, Turkey–Egypt)."""

from __future__ import annotations

import pytest

DAY = "2025-10-01"

HELD = [
    ("Президент Чили провёл переговоры с президентом Перу и пригласил его на форум в Сантьяго.",
     "Talks"),
    ("Президент Чили провёл переговоры с президентом Перу и пригласил его посетить Сантьяго.",
     "Talks"),
    ("Во время визита в Японию министр иностранных дел Индии выступил в парламенте и предложил "
     "коллегам сотрудничество.", "Visit"),
    ("Во время визита в Египет президент Турции осмотрел пирамиды и предложил план "
     "урегулирования.", "Visit"),
]  # fmt: skip

AHEAD = [
    # must-not: the event is what the plan word governs
    ("Президент Чили пригласил президента Перу посетить Сантьяго.", "Visit"),
    ("Министр иностранных дел Индии прибыл в Токио и предложил провести переговоры.", "Talks"),
    ("Президент Турции планирует посетить Египет и провести переговоры.", "Talks"),
    # must-not: the second verb plans the event itself, named again by a pronoun (review35)
    ("Стороны готовят визит президента Вьетнама в Японию и планируют его на осень.", "Visit"),
    ("Дипломаты готовят визит президента Чили в Перу и наметили его на март.", "Visit"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), HELD)
def test_an_offer_after_the_event_leaves_it_held(events, text: str, kind: str) -> None:
    assert [e.status for e in events(text, DAY) if e.kind == kind] == ["occurred"]


@pytest.mark.parametrize(("text", "kind"), AHEAD)
def test_the_event_an_offer_governs_lies_ahead(events, text: str, kind: str) -> None:
    assert [e.status for e in events(text, DAY) if e.kind == kind] == ["planned"]
