"""A date on a participle of taking place that describes an event noun is that event's own
("на предстоящих в 2027 году выборах", "состоявшиеся в 2019 году переговоры"): the parser
hangs it on the participle, not on the noun. A participle of deciding the event ("назначенных
в мае") or one that describes another noun gives none. States of our own choice (Peru,
Chile)."""

from __future__ import annotations

import pytest

DAY = "2025-10-01"

ITS_OWN = [
    ("Министр иностранных дел Перу Хуан Гарсия, который считался главным кандидатом на "
     "предстоящих в 2027 году президентских выборах, ушёл в отставку.", "Election", "2027"),
    ("Партия Чили выдвинула министра Хуана Переса кандидатом на предстоящих в 2028 году "
     "президентских выборах.", "Election", "2028"),
    # the parser hangs the year on the cause after the verb: still inside the noun's phrase
    ("Глава отделения партии в Лиме Хуан Гарсия, который также считался главным кандидатом "
     "от консерваторов на предстоящих в 2027 году региональных выборах, ушел в отставку из-за "
     "связи с несовершеннолетней, сообщает El Comercio.", "Election", "2027"),
]  # fmt: skip

NOT_ITS_OWN = [
    # must-not: the participle describes another noun, not the event
    ("Министр Чили ушёл в отставку после опубликованного в 2023 году доклада о переговорах "
     "с Перу.", "Talks"),
    # must-not: the resignation of the candidate is no election, its year not the resignation's
    ("Министр иностранных дел Перу Хуан Гарсия, который считался главным кандидатом на "
     "предстоящих в 2027 году президентских выборах, ушёл в отставку.", "Resignation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "year"), ITS_OWN)
def test_the_participles_date_is_the_events(events, text: str, kind: str, year: str) -> None:
    assert [e.date for e in events(text, DAY) if e.kind == kind] == [year]


@pytest.mark.parametrize(("text", "kind"), NOT_ITS_OWN)
def test_another_words_participle_gives_no_date(events, text: str, kind: str) -> None:
    found = [e.date for e in events(text, DAY) if e.kind == kind]
    assert found and not any(d[:4] in {"2023", "2027"} for d in found)
