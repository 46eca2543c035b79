"""Elections called and their dates (events121): "X объявил о проведении досрочных выборов"
announces elections that lie ahead, as "объявил о досрочных выборах" does, through the noun
of holding them; elections told held stay held. Sentences of our own (Latvia, Peru, Egypt)."""

from __future__ import annotations

import pytest

# (text, the election's status)
CALLS = [
    ("Президент Латвии объявил о проведении досрочных выборов.", "planned"),
    ("Президент Перу объявил о проведении досрочных парламентских выборов.", "planned"),
    # must keep
    ("Президент Латвии объявил о досрочных выборах.", "planned"),
    ("В Египте прошли досрочные парламентские выборы.", "occurred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status"), CALLS)
def test_elections_called_lie_ahead(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    status: str,
) -> None:
    (election,) = [e for e in events(text, "2024-12-20") if e.kind == "Election"]
    assert election.status == status


# (headline and lead, the election's date) in a document of 2024-12-20
TALLIES = [
    ("Досрочные парламентские выборы в Эстонии\n"
     "На заседании ЦИК Эстонии было объявлено, что по итогам голосования 11 декабря больше "
     "всех голосов собрала Центристская партия.", "2024-12-11"),
    ("Президентские выборы в Перу\n"
     "Как сообщила избирательная комиссия Перу, по итогам выборов 8 декабря больше всех "
     "голосов собрал бывший министр Хосе Гарсия.", "2024-12-08"),
    # must keep: a headline that is a sentence of its own is no title of the lead
    ("В Эстонии прошли досрочные парламентские выборы.\n"
     "На заседании ЦИК было объявлено, что по итогам голосования 11 декабря больше "
     "всех голосов собрала Центристская партия.", "2024-12-20"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), TALLIES)
def test_a_headlines_elections_take_the_leads_count_day(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    date: str,
) -> None:
    elections = [e for e in events(text, "2024-12-20") if e.kind == "Election"]
    assert elections
    assert elections[0].date == date


def test_elections_a_dated_vote_decides_on_take_no_date_of_it(events) -> None:  # noqa: ANN001
    """ "В июле Сейм проголосовал за самороспуск и проведение новых выборов": July is the
    vote's, not the elections'; undated, they stay apart from the held ones of a day (the
    identity rule: a dated event and an undated one are two)."""
    text = (
        "В июле Сейм Латвии проголосовал за самороспуск и проведение новых выборов. "
        "17 сентября в Латвии прошли досрочные парламентские выборы."
    )
    elections = {(e.status, e.date) for e in events(text, "2024-12-20") if e.kind == "Election"}
    assert elections == {("planned", ""), ("occurred", "2024-09-17")}


def test_elections_an_undated_vote_decides_on_join_the_held_ones(events) -> None:  # noqa: ANN001
    """Must keep: undated both, the elections decided on and those held are one."""
    text = (
        "Кнессет проголосовал за самороспуск и проведение новых выборов. "
        "В Израиле прошли досрочные парламентские выборы."
    )
    elections = [e for e in events(text, "2024-12-20") if e.kind == "Election"]
    assert [e.status for e in elections] == ["occurred"]
