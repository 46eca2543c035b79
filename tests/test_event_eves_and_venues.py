"""Events told beside another event: a bare "Накануне" before a surname the dictionary does
not know ("Накануне Мередов был принят …"), "днём ранее" and "за день до этого" in a
paragraph that gives no day before them, are the eve of the report's day, and such an event
is not the lead's news; a forum or summit that frames the sides' meeting in a city of a
third state is no forum of theirs. Sentences of our own about other pairs of states
(Uzbekistan–Turkmenistan, Mongolia–Japan, Egypt–Jordan, Kenya–Uganda, Chile–Peru), with
cases that must keep what they read."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, state_keys

_TASHKENT = (
    "ТАШКЕНТ, 14 мая. В Ташкенте прошло заседание межправительственной комиссии Узбекистана "
    "и Туркменистана. Стороны обсудили поставки газа.\n\n"
)
_ULAANBAATAR = (
    "УЛАН-БАТОР, 14 мая. В Улан-Баторе прошли переговоры министров иностранных дел Монголии "
    "и Японии. Стороны обсудили торговлю.\n\n"
)

# document date, kind, date of the one event of that kind, text
EVES = [
    # a surname the dictionary does not know after an opening "Накануне" is its subject
    ("2026-05-14", "Meeting", "2026-05-13",
     _TASHKENT + "Накануне Мередов был принят президентом Узбекистана Шавкатом Мирзиёевым."),
    ("2026-05-14", "PhoneCall", "2026-05-13",
     _ULAANBAATAR + "Накануне Хурэлсух провёл телефонный разговор с премьер-министром Японии."),
    # "днём ранее" and "за день до этого" with no day told before them in the paragraph: the
    # report's eve, an event of its own beside the lead's talks
    ("2026-05-14", "Meeting", "2026-05-13",
     _ULAANBAATAR + "Днём ранее министр иностранных дел Японии был принят президентом Монголии "
     "Ухнаагийном Хурэлсухом."),
    ("2026-05-14", "Meeting", "2026-05-13",
     _ULAANBAATAR + "За день до этого министр иностранных дел Японии был принят президентом "
     "Монголии Ухнаагийном Хурэлсухом."),
    # "за день до этого" after a sentence that gives one day: the eve of that day
    ("2026-05-20", "PhoneCall", "2026-05-11",
     "Президент Кении 12 мая прибыл с визитом в Кампалу. За день до этого он провёл "
     "телефонный разговор с президентом Уганды."),
    # must not: a holiday after "Накануне" is governed by it (no eve of the report), the
    # eve of undated elections is no day, "в канун Нового года" is no eve of the report
    ("2026-05-14", "Talks", "2026-05-14",
     "Накануне Олимпиады министры спорта Монголии и Японии провели переговоры в Токио."),
    ("2026-05-14", "Meeting", "2026-05-14",
     "Накануне Навруза прошла встреча министров иностранных дел Узбекистана и Туркменистана."),
    ("2026-05-20", "Talks", "",
     "Президент Египта посетит Иорданию 25 мая. Стороны обсудят торговлю.\n\nНакануне выборов "
     "министр иностранных дел Иордании был принят президентом Египта."),
    ("2026-01-05", "PhoneCall", "2026-01-05",
     "В канун Нового года президент Египта провёл телефонный разговор с королём Иордании."),
    # must not: "днём ранее" after a sentence that gives two days stays undated
    ("2026-05-20", "PhoneCall", "",
     "Президент Кении 10 мая прибыл в Кампалу, а 12 мая провёл переговоры. Днём ранее "
     "министр иностранных дел Кении провёл телефонный разговор с коллегой из Уганды."),
]  # fmt: skip


@pytest.mark.parametrize(("date", "kind", "day", "text"), EVES)
def test_an_eve_told_beside_another(events, date: str, kind: str, day: str, text: str) -> None:
    """The one event of `kind` the text's last sentence tells has that day."""
    (event,) = [
        e for e in of_kind(events(text, date), kind) if any(s.end == len(text) for s in e.evidence)
    ]
    assert event.date == day


def test_the_eve_is_not_the_leads_talks(events) -> None:
    """The reception dated the report's eve stays apart from the lead's talks of that day."""
    text = (
        _ULAANBAATAR + "Днём ранее министр иностранных дел Японии был принят президентом "
        "Монголии Ухнаагийном Хурэлсухом."
    )
    read = events(text, "2026-05-14")
    assert [e.date for e in of_kind(read, "Talks")] == ["2026-05-14"]
    assert [e.date for e in of_kind(read, "Meeting")] == ["2026-05-13"]


# document date, (label, place, sides) of the one forum or summit or None, text
VENUES = [
    # a forum or summit framing the sides' meeting in a city of a third state: no pair's
    ("2026-05-14", ("Форум", "Сеул", set()),
     "Министры иностранных дел Монголии и Японии встретились в рамках форума в Сеуле."),
    ("2026-05-14", ("Форум", "Париж", set()),
     "Президенты Кении и Уганды встретились в рамках форума в Париже."),
    ("2026-05-14", ("Форум", "Доха", set()),
     "Министры иностранных дел Египта и Иордании провели переговоры в рамках форума в Дохе."),
    # must not: the pair's own forum, or one in a city of a side, keeps its pair; a named
    # summit keeps its name
    ("2026-05-14", ("Монгольско-японский форум", "Токио", {"state/JPN", "state/MNG"}),
     "Монгольско-японский форум прошёл в Токио. В нём приняли участие министры экономики "
     "Монголии и Японии."),
    ("2026-05-14", ("Форум Монголии и Японии", "Улан-Батор", {"state/JPN", "state/MNG"}),
     "Министры иностранных дел Монголии и Японии встретились в рамках форума в Улан-Баторе."),
    ("2026-05-14", ("Форум Египта и Иордании", "Амман", {"state/EGY", "state/JOR"}),
     "Министры иностранных дел Египта и Иордании провели переговоры в рамках форума в Аммане."),
    ("2026-05-14", ("Саммит G20", "Йоханнесбург", set()),
     "Президент Чили и президент Перу провели переговоры в рамках саммита G20 в Йоханнесбурге."),
]  # fmt: skip


@pytest.mark.parametrize(("date", "told", "text"), VENUES)
def test_a_venue_of_many(events, date: str, told: tuple, text: str) -> None:
    venue = one_of_kind(events(text, date), "Forum", "Summit")
    assert (venue.label, venue.location, state_keys(venue)) == told


def test_the_meeting_at_a_venue_keeps_its_place_and_day(events) -> None:
    """Must not: the sides' meeting at a forum abroad keeps the forum's city and the day
    told (the forum is still read, only of no side)."""
    text = (
        "Министры иностранных дел Монголии и Японии встретятся в рамках форума в Сеуле в декабре."
    )
    meeting = one_of_kind(events(text, "2026-10-15"), "Meeting")
    assert (meeting.location, meeting.date, meeting.status) == ("Сеул", "2026-12", "planned")
