"""The winner of elections told by a pronoun (events98): "Он победил на выборах президента
Чили" names the person the pronoun stands for, who stays a participant where the elections'
genitive title resolves to that very person ("на выборах президента Перу": the post, not its
holder) and where the elections lie before the news and the title's holder took office after
them; a win told by a pronoun in the sentence after elections ("Она одержала победу во втором
туре") is theirs. Sentences of our own about Chile, Peru, Estonia, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _elections(read: list[Event]) -> list[Event]:
    return [e for e in read if e.kind == "Election"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Дина Болуарте стала президентом Перу. Она одержала победу на выборах президента Перу.",
            "person/dina-boluarte",
        ),
        (
            "Президент Чили Габриэль Борич посетил Лиму. Он победил на выборах президента Чили "
            "в декабре 2021 года.",
            "person/gabriel-borich",
        ),
        (
            "Габриэль Борич вступил в должность президента Чили 11 марта 2022 года. Он победил "
            "на выборах президента Чили в декабре 2021 года.",
            "person/gabriel-borich",
        ),
    ],
)
def test_a_winner_told_by_a_pronoun_takes_part(events, text: str, person: str) -> None:
    (election,) = _elections(events(text, "2024-05-01"))
    assert person in election.participants


def test_a_win_told_by_a_pronoun_after_the_elections_is_theirs(events) -> None:
    text = (
        "5 июня в Перу прошёл второй тур президентских выборов. Она одержала победу во "
        "втором туре, набрав 50,1 % голосов."
    )
    # the pronoun stands for no one named before: no winner
    (election,) = _elections(events(text, "2024-05-01"))
    assert not any(p.startswith("person/") for p in election.participants)
    text = (
        "Кандидат Дина Болуарте вышла во второй тур президентских выборов в Перу. В июне она "
        "одержала победу во втором туре, набрав 50,1 % голосов."
    )
    (election,) = _elections(events(text, "2024-05-01"))
    assert "person/dina-boluarte" in election.participants


@pytest.mark.parametrize(
    "text",
    [
        # must-nots: a bare title in the genitive names the post, not its holder
        "В Перу прошли выборы президента Перу.",
        "Президент Чили Габриэль Борич посетил Лиму. В Чили прошли выборы президента Чили.",
    ],
)
def test_a_title_alone_names_the_post(events, text: str) -> None:
    for election in _elections(events(text, "2024-05-01")):
        assert not any(p.startswith("person/") for p in election.participants)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a plural subject before is no "он": the one man the sentence names
        ("Правые партии выдвинули кандидатом Себастьяна Пиньеру. Он победил на выборах "
         "президента Чили в декабре 2017 года.", "person/Q306"),
        # must-not: two men named before, no one the pronoun surely stands for
        ("Правые партии выдвинули Себастьяна Пиньеру и Хосе Антонио Каста. Он победил на "
         "выборах президента Чили в декабре 2017 года.", None),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_plural_subject_is_the_one_named(
    events, text: str, person: str | None
) -> None:
    (election,) = _elections(events(text, "2024-05-01"))
    persons = [p for p in election.participants if p.startswith("person/")]
    assert persons == ([person] if person else [])
