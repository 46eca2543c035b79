"""Periods of both ends of a range, counts of times named by their act, not their time, and
shares of votes owned by a party's members (claims50)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator", "period")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date leading a dashed range dates its high end too
        (
            "Президенты Аргентины и Бразилии встречались в 2021 году 3-4 раза.",
            [("встреча", 3, "раз", "ge", "2021"), ("встреча", 4, "раз", "le", "2021")],
        ),
        # must-not: a date of another clause dates neither end of the later range
        (
            "В 2020 году министры Чили и Перу подписали договор, а сейчас проводят 2-3 встречи "
            "в год. Армии Чили и Перу провели в 2022 году 7-8 совместных учений.",
            [
                ("встречи", 2, "встреча", "ge", ""),
                ("встречи", 3, "встреча", "le", ""),
                ("совместные учения", 7, "учение", "ge", "2022"),
                ("совместные учения", 8, "учение", "le", "2022"),
            ],
        ),
    ],
)
def test_range_high_end_period(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2024-05-02") == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time told between the verb and what the act is of names no act; the complement
        # after it still does
        (
            "Лидеры Ганы и Того встречались в прошлом году 5 раз.",
            [("встреча", 5, "раз", "eq", "2023")],
        ),
        (
            "Премьер Ганы дважды участвовал в этом году в саммите ЭКОВАС.",
            [("участие в саммите ЭКОВАС", 2, "раз", "eq", "2024")],
        ),
    ],
)
def test_times_not_named_by_time(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS, date="2024-05-02") == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # members of a party named by its creed own the share they win, in the genitive
        # plural; "поддержка N % избирателей" is a share of votes, as "N % голосов" is;
        # must-not: readers are no voters, and voters who give votes own none of them
        (
            "На выборах в Швеции социалисты получили поддержку 28 процентов избирателей. По "
            "данным опроса, журналисты получили поддержку 60 % читателей.",
            [("доля голосов социалистов на выборах", 28), ("доля читателей", 60)],
        ),
        (
            "Набравшие 30 % голосов консерваторы сформируют правительство Норвегии. "
            "Избиратели отдали 21 % голосов левым.",
            [("доля голосов консерваторов", 30), ("доля голосов", 21)],
        ),
        # a member named by name owns his own share
        (
            "По итогам выборов в Дании либералы набрали 19 % голосов. Социалист Хансен "
            "получил 12 % голосов.",
            [("доля голосов либералов", 19), ("доля голосов Хансена", 12)],
        ),
    ],
)
def test_partisans_own_shares(analyse, text: str, expected: list[tuple]) -> None:
    assert claim_rows(analyse, text, ("metric", "value")) == sorted(expected)
