"""Days told against another day (fifty-seventh pass, h-events184): "Накануне" after a
sentence that tells its weekday ahead is the news's eve, not the eve of a weekday gone by; a
weekday told ahead is the coming one; "На следующий день" opening a paragraph follows the
day of the event told last before it; "завтра" in a text with no date of its own counts from
the day the text gives. Sentences of our own about Peru–Chile and Brazil–Argentina, with
must-nots beside them."""

from __future__ import annotations

import pytest

_LIMA = "ЛИМА, 12 марта 2026 года. Президент Перу прибыл в Чили с визитом. "  # a Thursday

# text after the dateline, kind, date (the document's date: 2026-03-12)
CASES = [
    # a weekday told ahead lends no eve: the news's eve
    (
        "В пятницу он выступит на бизнес-форуме в Сантьяго. Накануне министр торговли Перу "
        "встретился с министром экономики Чили.",
        "Meeting",
        "2026-03-11",
    ),
    (
        "В понедельник он посетит порт Вальпараисо. Накануне министр торговли Перу "
        "встретился с министром экономики Чили.",
        "Meeting",
        "2026-03-11",
    ),
    # the weekday told ahead is the coming one, and so is the same day told after it
    (
        "В пятницу он выступит на бизнес-форуме в Сантьяго.",
        "Forum",
        "2026-03-13",
    ),
    (
        "В пятницу министр торговли Перу посетит Сантьяго. В тот же день он встретится с "
        "министром экономики Чили.",
        "Meeting",
        "2026-03-13",
    ),
    # must not: a weekday told done still lends its eve; "Накануне" with a noun is no day
    # (the eve of a summit the text gives no day of)
    (
        "В понедельник министр торговли Перу прибыл в Сантьяго. Накануне он встретился с "
        "министром экономики Чили.",
        "Meeting",
        "2026-03-08",
    ),
    (
        "Накануне саммита министр торговли Перу встретился с министром экономики Чили.",
        "Meeting",
        "",
    ),
    # a paragraph that opens with the next day follows the last dated event before it
    (
        "8 марта президент Перу провёл переговоры с президентом Чили. Стороны обсудили "
        "торговлю.\n\nНа следующий день президенты Перу и Чили подписали соглашение о "
        "торговле.",
        "Signing",
        "2026-03-09",
    ),
    # must not: a next year is no next day
    (
        "8 марта президент Перу провёл переговоры с президентом Чили.\n\nВ следующем году "
        "стороны подпишут соглашение о торговле.",
        "Signing",
        "2027",
    ),
]


@pytest.mark.parametrize(("text", "kind", "day"), CASES)
def test_a_relative_day_counts_from_the_right_one(events, text: str, kind: str, day: str) -> None:
    (event,) = [e for e in events(_LIMA + text, "2026-03-12") if e.kind == kind]
    assert event.date == day


_TURN = "Президент Бразилии: Завтра я приму участие в открытии форума Бразилии и Аргентины."

# a transcript with no date of its own, the forum's date
TRANSCRIPTS = [
    ("Пресс-конференция президента Бразилии, Бразилиа, 5 марта 2026 года\n\n" + _TURN,
     "2026-03-06"),
    ("Бразилиа, 5 марта 2026 года\n\nВопрос: Каковы ваши планы?\n\n" + _TURN, "2026-03-06"),
    # must not: a text that gives no day keeps "завтра" undated
    ("Пресс-конференция президента Бразилии\n\n" + _TURN, ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), TRANSCRIPTS)
def test_tomorrow_in_a_turn_is_the_day_after_the_transcripts(events, text: str, day: str) -> None:
    (forum,) = [e for e in events(text) if e.kind == "Forum"]
    assert forum.date == day
