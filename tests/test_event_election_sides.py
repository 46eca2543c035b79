"""Elections' sides (events118, review50 3b, review49 3f): the winner a present tense tells
("X побеждает на выборах президента Чили с 76,4%"), the one a headline's lead says collected
the most votes ("… было объявлено, что по итогам голосования больше всех голосов собрал
бывший спикер парламента X"), the state the elections are held in ("в Латвии начались
досрочные выборы", so a headline "Досрочные парламентские выборы" joins them), and the one
state a text names where their own words name none ("В ходе президентских выборов 2018
года она …"). Sentences of our own (Chile, Estonia–Latvia, Egypt)."""

from __future__ import annotations

import pytest

WINNERS = [
    ("Хуан Перес побеждает на выборах президента Чили с 76,4%.", "person/khuan-peres"),
    ("В Эстонии прошли выборы президента\n\nВ среду 14 декабря на заседании Центральной "
     "избирательной комиссии Эстонии было объявлено, что по итогам голосования 11 декабря "
     "больше всех голосов собрал бывший спикер парламента Юри Ратас.", "person/yuri-ratas"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "winner"), WINNERS)
def test_the_winner_runs(events, text: str, winner: str) -> None:  # noqa: ANN001
    (vote,) = [e for e in events(text, "2023-12-15") if e.kind == "Election"]
    assert winner in vote.participants


def test_held_in_a_state_and_one_with_the_headline(events) -> None:  # noqa: ANN001
    text = (
        "Досрочные парламентские выборы\n\n17 сентября 2019 года в Латвии начались досрочные "
        "выборы."
    )
    (vote,) = [e for e in events(text, "2019-09-18") if e.kind == "Election"]
    assert "state/LVA" in vote.participants
    assert vote.date == "2019-09-17"


def test_the_texts_one_state(events) -> None:  # noqa: ANN001
    text = (
        "Египетская актриса Ясмин Абдель Азиз известна в Египте. В ходе президентских "
        "выборов 2018 года она вошла в команду, выступавшую в поддержку президента."
    )
    (vote,) = [e for e in events(text, "2023-12-15") if e.kind == "Election"]
    assert vote.participants == ["state/EGY"]


# must keep: two states named, or elections of a body, take no guessed state; a city's
# elections are not the state's by their place; a promise to appoint after elections makes
# no candidate
NO_STATE = [
    "Актриса из Латвии известна в Эстонии. В ходе президентских выборов 2018 года она вошла "
    "в команду поддержки.",
    "Египетская актриса известна в Египте. В ходе выборов в Европарламент 2019 года она "
    "вошла в команду.",
    "В Таллине прошли муниципальные выборы.",
]  # fmt: skip


@pytest.mark.parametrize("text", NO_STATE)
def test_no_state_guessed(events, text: str) -> None:  # noqa: ANN001
    found = [e for e in events(text, "2023-12-15") if e.kind == "Election"]
    assert not [e for e in found if any(p.startswith("state/") for p in e.participants)]


def test_a_promised_post_makes_no_candidate(events) -> None:  # noqa: ANN001
    text = (
        "Министр обороны Эстонии Ханно Певкур не собирается работать в правительстве из-за "
        "того, что власти не сдержали обещания назначить Х.Певкура на пост премьера после "
        "выборов."
    )
    found = [e for e in events(text, "2023-12-15") if e.kind == "Election"]
    assert not [e for e in found if any(p.startswith("person/") for p in e.participants)]
