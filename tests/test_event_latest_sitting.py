"""A sitting told as the latest one held is an earlier sitting, never the visit's day
(sixty-fourth pass, h-events239).

"… Лаксон 18 ноября прибыл с визитом в Австралию. Последнее заседание совместной комиссии
прошло в Аделаиде" gave a sitting of 18 November with the visitor and both states, as if
held during the visit. "Последний" on a sitting's noun whose verb is past now tells one
before the news, as "предыдущий" does (`hits._latest_held` in `_previous`): with no date of
its own it takes neither the visit's day nor its visitor. Must-nots: a final sitting
ahead ("пройдёт в декабре"), a latest one with its own date and sides, and a sitting with
no "последний" keep theirs.

Own sentences about New Zealand–Australia; the report of 20 November 2026."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import of_kind

from kg.extract.events import Event

DATE = "2026-11-20"
VISIT = "Премьер-министр Новой Зеландии Кристофер Лаксон 18 ноября прибыл с визитом в Австралию. "

SITTINGS = [
    (VISIT + "Последнее заседание совместной комиссии прошло в Аделаиде.", []),
    (VISIT + "Последнее совещание министров прошло в Веллингтоне.", [("", "occurred")]),
    # must not: a final sitting ahead; the latest with its own date; no "последний"
    (VISIT + "Последнее заседание совместной комиссии пройдёт в Канберре в декабре.",
     [("2026-12", "planned")]),
    ("Последнее заседание совместной комиссии Австралии и Новой Зеландии прошло в Аделаиде в "
     "марте 2019 года.", [("2019-03", "occurred")]),
    (VISIT + "Заседание совместной комиссии прошло в Канберре.", [("2026-11-18", "occurred")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sittings"), SITTINGS)
def test_latest_sitting_not_the_visits(
    events: Callable[..., list[Event]], text: str, sittings: list[tuple[str, str]]
) -> None:
    assert [(e.date, e.status) for e in of_kind(events(text, DATE), "Meeting")] == sittings
