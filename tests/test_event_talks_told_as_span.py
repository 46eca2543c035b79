"""Talks told only by how long they lasted are the pair's talks over those days
(sixty-ninth pass, h-events261).

"Переговоры делегаций двух стран продолжались три дня — с 7 по 9 апреля" after a signing of
two states gave no Talks: the genitive "делегаций двух стран" on the talks' noun named no
side, "консультации … длились" was no trigger, and "два дня, 7 и 8 апреля" was two days of
no span. Now the pair holds them, from the first day (`dcterms:date`) to the last
(`schema:endDate`, h-events258's interval). Must-nots: a next round planned stays planned
and apart; "7 и 8 апреля" with no count of days, or a count that does not fit, is no span.
Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

from kg.extract.common.dates import days_spanned, find_dates

_DAY = "2026-04-10"
_LEAD = (
    "ЛИМА, 10 апреля. Министр иностранных дел Чили Хуан Перес и министр иностранных дел Перу "
    "Луис Кастро в пятницу подписали в Лиме соглашение о торговле. "
)
_PAIR = {"state/CHL", "state/PER"}

# the sentence after the lead, the Talks read: (date, end, status)
CASES = [
    ("Переговоры делегаций двух стран продолжались три дня — с 7 по 9 апреля.",
     [("2026-04-07", "2026-04-09", "occurred")]),
    ("Консультации делегаций двух стран длились с 3 по 5 марта.",
     [("2026-03-03", "2026-03-05", "occurred")]),
    ("Переговоры делегаций проходили два дня, 7 и 8 апреля.",
     [("2026-04-07", "2026-04-08", "occurred")]),
    ("Переговоры двух стран продолжались с 6 по 9 апреля.",
     [("2026-04-06", "2026-04-09", "occurred")]),
    # must-nots: a next round ahead stays planned and apart; no span of "7 и 8 апреля" alone
    ("Переговоры делегаций двух стран продолжались три дня — с 7 по 9 апреля. Следующий раунд "
     "переговоров намечен на декабрь в Сантьяго.",
     [("2026-04-07", "2026-04-09", "occurred"), ("2026-12", "", "planned")]),
    ("Переговоры делегаций проходили 7 и 8 апреля.", [("2026-04-07", "", "occurred")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "talks"), CASES)
def test_talks_told_by_their_days_are_the_pairs(events, sentence: str, talks: list) -> None:
    read = of_kind(events(_LEAD + sentence, _DAY), "Talks")
    assert sorted((e.date, e.end, e.status) for e in read) == sorted(talks)
    assert all(state_keys(e) == _PAIR for e in read)


# text, the days past the first its span lasts
COUNTED = [
    ("Переговоры проходили два дня, 7 и 8 апреля.", 1),
    ("Переговоры проходили 2 дня — 7 и 8 апреля.", 1),
    # must-nots: no count, a count that does not fit, days apart
    ("Переговоры прошли 7 и 8 апреля.", 0),
    ("Переговоры проходили три дня, 7 и 8 апреля.", 0),
    ("Министры встречались два дня, 3 и 5 марта.", 0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "days"), COUNTED)
def test_two_days_a_count_tells_are_a_span(text: str, days: int) -> None:
    found = find_dates(text, _DAY)
    assert days_spanned(text, found[0], found) == days
