"""A round named as the previous or the next of its series ("Предыдущее заседание комиссии
состоялось в марте 2022 года в Сантьяго", "Следующее заседание пройдёт в Дохе в 2025 году")
is another round than the one of its noun the news tells in another sentence: the news's
sitting, talks and signing keep the visit's day and city, not the previous round's, and a
sitting held during the visit is not the next one. A mention pointing back ("На том
заседании") is the round told before it. Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

VISIT = "Президент Чили прибыл в среду в Буэнос-Айрес с официальным визитом.\n\n"
PREVIOUS = "Предыдущее заседание комиссии состоялось в марте 2022 года в Сантьяго."

# text, the (kind, date, place) of every meeting and signing kg must read
CASES = [
    (VISIT + "В ходе визита президенты Чили и Аргентины проведут заседание двусторонней "
     "комиссии. " + PREVIOUS + "\n\nПо итогам заседания стороны подписали соглашение о "
     "защите инвестиций.",
     {("Meeting", "2022-03", "Сантьяго"), ("Meeting", "2024-05-15", "Буэнос-Айрес"),
      ("Signing", "2024-05-15", "Буэнос-Айрес")}),
    ("Президент Египта прибыл в понедельник в Амман с официальным визитом. В ходе визита "
     "президент Египта и король Иордании проведут заседание совместного комитета.\n\n"
     "Следующее заседание комитета пройдёт в Каире в 2025 году.",
     {("Meeting", "", "Амман"), ("Meeting", "2025", "Каир")}),
    # must not: a mention pointing back is the previous round; with no previous round named,
    # the news's sitting is the visit's
    (VISIT + "Предыдущее заседание двусторонней комиссии Чили и Аргентины состоялось в марте "
     "2022 года в Сантьяго. На том заседании стороны подписали соглашение о защите "
     "инвестиций.",
     {("Meeting", "2022-03", "Сантьяго"), ("Signing", "2022-03", "Сантьяго")}),
    (VISIT + "В ходе визита президенты Чили и Аргентины проведут заседание двусторонней "
     "комиссии.\n\nПо итогам заседания стороны подписали соглашение о защите инвестиций.",
     {("Meeting", "2024-05-15", "Буэнос-Айрес"), ("Signing", "2024-05-15", "Буэнос-Айрес")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rounds_of_a_series_apart(events, text: str, expected: set[tuple[str, str, str]]):
    """Every meeting and signing, by kind, date and place."""
    read = {
        (e.kind, e.date, e.location)
        for e in events(text, "2024-05-15")
        if e.kind in {"Meeting", "Signing"}
    }
    assert read == expected
