"""A creed's members that win a bare percent win votes, and so do those a dash gaps after
them, with no election told (forty-first pass, own sentences): "Либералы получили 40 %, а
консерваторы — 35 %" are two shares of votes, each of its party."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    "text",
    [
        "Либералы получили 40 %, а консерваторы — 35 %.",
        "Либералы набрали 40 %, консерваторы — 35 %.",
    ],
)
def test_gapped_party_keeps_its_own_share(analyse, text: str) -> None:
    assert [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)] == [
        ("доля голосов консерваторов", 35),
        ("доля голосов либералов", 40),
    ]


def test_an_election_told_names_it(analyse) -> None:
    text = "На выборах в Канаде либералы получили 40 %, а консерваторы — 35 %."
    assert [m for m, _ in claim_rows(analyse, text, _FIELDS)] == [
        "доля голосов консерваторов на выборах",
        "доля голосов либералов на выборах",
    ]


def test_members_making_up_a_share_win_no_votes(analyse) -> None:
    """Must not: a verb of making up ("составили") wins nothing."""
    text = "Среди опрошенных в Мексике социалисты составили 30 %, а консерваторы — 25 %."
    assert not any("голосов" in m for m, _ in claim_rows(analyse, text, _FIELDS))


def test_a_share_of_seats_stays_of_seats(analyse) -> None:
    text = "Либералы получили 40 % мест в парламенте Канады."
    assert [m for m, _ in claim_rows(analyse, text, _FIELDS)] == ["доля мест"]


def test_more_creeds_win_votes_after_an_election_told(analyse) -> None:
    text = "В Эстонии прошли выборы. Реформисты получили 31 %, а центристы — 23 %."
    assert [m for m, _ in claim_rows(analyse, text, _FIELDS)] == [
        "доля голосов реформистов",
        "доля голосов центристов",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Партия «Сила» получила 40 %, а её соперники — 35 %.",
            ["доля голосов Силы", "доля голосов соперников"],
        ),
        (
            "Кандидат оппозиции получил 41 %, а действующий президент — 52 %.",
            ["доля голосов", "доля голосов действующего президента"],
        ),
        # must not: no contender won before the part, or the part is a thing
        ("Компания получила 40 %, а её партнёры — 35 %.", ["доля партнёров"]),
        ("Либералы получили 40 %, а явка — 60 %.", ["доля голосов либералов", "явка"]),
    ],
)
def test_a_rival_after_a_contender_wins_votes(analyse, text: str, expected: list) -> None:
    assert [m for m, _ in claim_rows(analyse, text, _FIELDS)] == expected
