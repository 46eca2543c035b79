"""Counts that only name a sentence's participants or the frame of its figure are no claims
(forty-first pass, own sentences): a few people or things "между" whom something happened
("драка между двумя мужчинами"), the messages "в" which someone said something ("в своих 12
постах"), and the parts a sum is paid in ("два платежа по 15 300 долларов": the sum per part
is the figure). A count of what happened to people stays a claim ("погибли два человека")."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "unit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Драка произошла между двумя мужчинами из Латвии, 30 человек задержаны.",
            [(30, "человек")],
        ),
        ("Конфликт между тремя рыбаками из Чили и Перу закончился судом.", []),
        ("В своих 12 постах депутат из Эстонии критиковал Латвию.", []),
        ("В трёх интервью министр Египта обвинил Турцию во вмешательстве.", []),
        ("Мексика получила от Канады два платежа по 15 300 долларов.", [(15300, "USD")]),
        ("Египет выплатил Турции три транша по 200 млн долларов.", [(200000000, "USD")]),
        # must not: people a fate befell, a trade between many, things counted on their own
        ("В Египте погибли два человека.", [(2, "человек")]),
        ("Между 40 компаниями Чили и Перу заключены контракты.", [(40, "компания")]),
        ("Депутат из Эстонии опубликовал 300 постов о Латвии.", [(300, "пост")]),
        ("Пять семей из Перу получили по 10 тысяч долларов.", [(5, "семья"), (10000, "USD")]),
    ],
)
def test_trivial_counts_are_no_claims(analyse, text: str, expected: list) -> None:
    assert [(int(v), u) for v, u in claim_rows(analyse, text, _FIELDS)] == sorted(expected)
