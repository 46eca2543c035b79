"""Vote shares of contenders a text names before and points back at: "эти кандидаты наберут
24 % и 20 % голосов соответственно" pairs the figures in order with the persons coordinated
before; "За него готовы отдать голоса 40 %" is his share (forty-seventh pass, h-claims72).
Own sentences about Colombia and Peru."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.model import Document

PAIR = (
    "Кандидатами в президенты Колумбии являются Хуан Перес из правящей партии и Андрес Гомес "
    "от оппозиции. По данным опроса, эти кандидаты наберут {figures} голосов соответственно."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PAIR.format(figures="24 % и 20 %"),
            {("доля голосов Хуана Переса", 24), ("доля голосов Андреса Гомеса", 20)},
        ),
        (
            "Главным соперником президента Перу остается Карлос Мендоса. За него готовы отдать "
            "голоса 40 % избирателей.",
            {("доля голосов Карлоса Мендосы", 40)},
        ),
        # must not: three figures for two persons pair no one
        (
            PAIR.format(figures="24 %, 20 % и 15 %"),
            {("доля голосов", 24), ("доля голосов", 20), ("доля голосов", 15)},
        ),
    ],
)
def test_respective_shares_go_to_their_contenders(analyse, text: str, expected: set) -> None:
    claims = extract_claims(analyse(Document(id="t", text=text, date="2024-03-01")))
    assert {(c.metric, int(c.value)) for c in claims if c.unit == "percent"} == expected
