"""A change of office told in the news present with a date of its own in a document that
gives no day ("уходит в отставку в сентябре 2031 года"): the tense decides, and a present
with a date tells a schedule, planned; undated, or in the past, or in a dated document
(whose day the date is weighed against), it stays as before. Sentences of our own about
other states (events94)."""

from __future__ import annotations

import pytest

# text, document date → status of its one resignation
CASES = [
    ("Премьер-министр Польши Дональд Туск уходит в отставку в сентябре 2031 года.", "", "planned"),
    (
        "Президент Чили Габриэль Борич, который занимает этот пост с 2022 года, уходит в "
        "отставку в марте 2030 года.",
        "",
        "planned",
    ),
    # must not: the date belongs to another clause (fix38e)
    (
        "Министр финансов Кении Генри Ротич, посетивший Египет 5 марта 2024 года, уходит в "
        "отставку.",
        "",
        "occurred",
    ),
    (
        "Министр обороны Перу Вальтер Астудильо, назначенный в августе 2023 года, покидает "
        "свой пост.",
        "",
        "occurred",
    ),
    # must not: no date of its own, a past tense, a dated document's earlier day
    ("Министр финансов Кении Генри Ротич покидает свой пост.", "", "occurred"),
    ("Министр финансов Кении Генри Ротич ушёл в отставку в сентябре 2020 года.", "", "occurred"),
    (
        "Премьер-министр Польши Дональд Туск уходит в отставку в сентябре 2023 года.",
        "2023-10-05",
        "occurred",
    ),
]


@pytest.mark.parametrize(("text", "date", "status"), CASES)
def test_the_present_with_a_date_of_its_own(events, text: str, date: str, status: str) -> None:
    found = [e for e in events(text, date) if e.kind == "Resignation"]
    assert [e.status for e in found] == [status]
