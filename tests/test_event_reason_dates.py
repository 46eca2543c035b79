"""An event told only through what another act is about is not dated by that act: the
outcome an award or a reprimand is for ("вынесли выговор за итоги выборов", "наградили за
успех переговоров"), the elections one becomes a candidate at ("в мае стал кандидатом на
выборах"). Its own day still dates it. States of our own choice (Peru, Chile)."""

from __future__ import annotations

import pytest

DAY = "2025-10-01"

NOT_ITS_DAY = [
    ("В марте 2024 года губернатору провинции Перу вынесли выговор за итоги региональных "
     "выборов.", "Election", "2024-03"),
    ("В марте 2024 года министра Чили наградили орденом за успех переговоров с Перу.",
     "Talks", "2024-03"),
    ("В мае министр Чили Хуан Перес стал главным кандидатом партии на президентских выборах.",
     "Election", "2025-05"),
]  # fmt: skip

OWN_DAY = [
    # must-not: a day the event's own phrase gives
    ("Министра Чили наградили орденом за успех переговоров с Перу 5 марта 2024 года.",
     "Talks", "2024-03-05"),
    ("Министр Чили Хуан Перес стал кандидатом на выборах 16 ноября 2025 года.",
     "Election", "2025-11-16"),
    # must-not: a day on the doing thanked for, which is the event's (review35)
    ("Президент Чили поблагодарил Перу за проведение саммита АТЭС в Лиме в ноябре 2024 года.",
     "Summit", "2024-11"),
    ("Президент Турции наградил посредников за организацию переговоров Эфиопии и Египта в "
     "Анкаре в марте 2023 года.", "Talks", "2023-03"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "day"), NOT_ITS_DAY)
def test_the_acts_day_is_not_the_events(events, text: str, kind: str, day: str) -> None:
    found = [e.date for e in events(text, DAY) if e.kind == kind]
    assert found and day not in found


@pytest.mark.parametrize(("text", "kind", "day"), OWN_DAY)
def test_its_own_day_dates_it(events, text: str, kind: str, day: str) -> None:
    assert [e.date for e in events(text, DAY) if e.kind == kind] == [day]
