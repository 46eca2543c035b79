"""Talks a transcript's speaker tells of as "мы" ("Сегодня мы провели переговоры") in the
statements of two leaders of two states are the two speakers' talks: dated by the dateline,
placed in its city unless the sentence names a place, and a past year's keep that year. Not
"мы, представители X" (one delegation), not "мы с президентом Z" (a third), not a transcript
of one state's speakers nor one speaker's line alone, not talks "мы" only speaks of. Our own
transcripts about other pairs of states (fifty-third pass, h-events148)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event

HEAD = "Заявления для прессы по итогам переговоров\n\n{city}, {day}.\n\n"


def _transcript(city: str, day: str, first: str, said: str, second: str) -> str:
    return (
        HEAD.format(city=city, day=day)
        + f"{first}: Уважаемый господин Президент! Дамы и господа!\n\n{said}\n\n"
        + f"{second}: Благодарю вас за тёплый приём.\n\nМы ценим наше партнёрство.\n"
    )


PERU = "Дина Болуарте (президент Перу)"
CHILE = "Габриэль Борич (Президент Чили)"
EGYPT = "Абдель Фаттах ас-Сиси (Президент Египта)"
JORDAN = "Абдалла II (король Иордании)"

# a pair's dateline city and day, document date, speakers and states
PAIRS = {
    "PER-CHL": ("Лима", "10 июня 2025 года", "2025-06-10", PERU, CHILE,
                ["state/CHL", "state/PER"]),
    "EGY-JOR": ("Каир", "3 февраля 2026 года", "2026-02-03", EGYPT, JORDAN,
                ["state/EGY", "state/JOR"]),
}  # fmt: skip

# what the first speaker says, by pair: the talks' date and place
SAID = {
    "PER-CHL": {
        "Сегодня мы провели продуктивные переговоры. Мы договорились расширить торговлю.":
            ("2025-06-10", "Лима"),
        # "мы с" the other speaker by a courtesy title
        "Сегодня мы с господином Президентом провели переговоры.": ("2025-06-10", "Лима"),
        # a past year's talks keep their own year
        "В прошлом году мы провели переговоры в Сантьяго.": ("2024", "Сантьяго"),
    },
    "EGY-JOR": {
        "Сегодня мы провели обстоятельные переговоры.": ("2026-02-03", "Каир"),
        # the sentence's own place wins over the dateline's city
        "Сегодня мы провели переговоры в Шарм-эш-Шейхе.": ("2026-02-03", "Шарм-эш-Шейх"),
        "Сегодня мы с Его Величеством провели обстоятельные переговоры.": ("2026-02-03", "Каир"),
    },
}  # fmt: skip
CASES = [(pair, said, *told) for pair, lines in SAID.items() for said, told in lines.items()]


@pytest.mark.parametrize(("pair", "said", "day", "place"), CASES)
def test_we_of_two_speakers_hold_talks(
    events: Callable[..., list[Event]], pair: str, said: str, day: str, place: str
) -> None:
    city, dateline, date, first, second, states = PAIRS[pair]
    text = _transcript(city, dateline, first, said, second)
    (talks,) = [e for e in events(text, date) if e.kind == "Talks"]
    assert sorted(p for p in talks.participants if p.startswith("state/")) == states
    assert sum(p.startswith("person/") for p in talks.participants) == 2, talks.participants
    assert (talks.date, talks.location) == (day, place)


NOT_THE_PAIR = [
    # "мы" is one side's delegation
    _transcript("Лима", "10 июня 2025 года", PERU,
                "Мы, представители Перу, сегодня провели переговоры.", CHILE),
    # the two speakers are of one state
    _transcript("Лима", "10 июня 2025 года", PERU,
                "Сегодня мы провели переговоры.", "Густаво Адриансен (премьер-министр Перу)"),
    # one speaker's line alone is no transcript
    HEAD.format(city="Лима", day="10 июня 2025 года")
    + f"{PERU}: Сегодня мы провели переговоры.\n",
    # the talks are only spoken of
    _transcript("Лима", "10 июня 2025 года", PERU,
                "Мы высоко оценили итоги переговоров министров.", CHILE),
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_THE_PAIR)
def test_we_of_no_pair_gives_no_speakers_talks(
    events: Callable[..., list[Event]], text: str
) -> None:
    """Talks read otherwise stay as they were ("Переговоры Перу" of the delegation): none
    has the speakers as its participants."""
    talks = [e for e in events(text, "2025-06-10") if e.kind == "Talks"]
    assert not any(p.startswith("person/") for e in talks for p in e.participants), talks


def test_we_with_a_third_is_not_the_pair(events: Callable[..., list[Event]]) -> None:
    """ "мы с президентом Бразилии": talks with a third, not the two speakers'."""
    text = _transcript(
        "Каир", "3 февраля 2026 года", EGYPT,
        "Вчера мы с президентом Бразилии провели переговоры.", JORDAN,
    )  # fmt: skip
    talks = [e for e in events(text, "2026-02-03") if e.kind == "Talks"]
    assert not any("state/JOR" in e.participants for e in talks), talks
