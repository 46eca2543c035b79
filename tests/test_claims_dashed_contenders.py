"""Whom a share was cast for, named by a title a dash sets after the word for the one voted
for: "За его соперника — лидера оппозиции Эфраина Алегре проголосовали 45 % избирателей" is
Alegre's share; a name in apposition to another noun's genitive ("соперника президента
Эфраина Алегре") names the other, not the one voted for."""

from __future__ import annotations

from claim_runs import claim_rows

_FIELDS = ("metric",)


def test_a_dashed_title_names_the_one_voted_for(analyse) -> None:
    text = (
        "За его соперника — лидера оппозиции Эфраина Алегре проголосовали 45 % избирателей "
        "Парагвая."
    )
    assert claim_rows(analyse, text, _FIELDS) == [("доля голосов Эфраина Алегре",)]


def test_a_genitive_s_name_is_not_the_one_voted_for(analyse) -> None:
    text = "За соперника президента Эфраина Алегре отдано 45 % голосов."
    assert claim_rows(analyse, text, _FIELDS) == [("доля голосов",)]
