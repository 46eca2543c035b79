"""A sitting of a bilateral body the text names no states of ("Следующее заседание
двусторонней комиссии по торговле пройдёт в Лиме в сентябре") is the text's pair's,
planned, even told after a past trip (h-events149); a joint body of another word
("межправительственной комиссии") stays of no one (h-events147). Own sentences about other
pairs of states, dated 20 May 2025."""

from __future__ import annotations

import pytest

_DAY = "2025-05-20"

# (text, the sitting's (status, date, place, states))
SITTINGS = [
    ("Президент Чили Габриэль Борич прибыл в Перу с официальным визитом. Ранее, в мае 2024 "
     "года, президент Перу Дина Болуарте посетила Сантьяго. Следующее заседание двусторонней "
     "комиссии по торговле пройдёт в Лиме в сентябре.",
     ("planned", "2025-09", "Лима", ["state/CHL", "state/PER"])),
    ("Король Иордании Абдалла II провёл в Каире переговоры с президентом Египта Абдель "
     "Фаттахом ас-Сиси. Заседание двухсторонней комиссии пройдёт в Аммане в октябре.",
     ("planned", "2025-10", "Амман", ["state/EGY", "state/JOR"])),
    # must nots: a joint body of no bilateral word, a text of no pair (three states once each)
    ("Президент Чили Габриэль Борич прибыл в Перу с официальным визитом. Следующее заседание "
     "межправительственной комиссии пройдёт в Лиме в сентябре.",
     ("planned", "2025-09", "Лима", [])),
    ("Министры иностранных дел Кении, Уганды и Руанды обсудили торговлю. Заседание "
     "двусторонней комиссии пройдёт в Кампале в сентябре.",
     ("planned", "2025-09", "Кампала", [])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sitting"), SITTINGS)
def test_bilateral_sitting(events, text: str, sitting: tuple) -> None:
    read = [e for e in events(text, _DAY) if e.kind == "Meeting"]
    sides = [[k for k in e.participants if k.startswith("state/")] for e in read]
    assert [(e.status, e.date, e.location, s) for e, s in zip(read, sides, strict=True)] == [
        sitting
    ]
