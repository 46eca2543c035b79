"""A state's head's rank and its head of government's title joined by "и" before a name
are two people's: the name holds the nearest title alone ("с президентом и
премьер-министром Индии X": the prime minister; the president unnamed). Decided: so too
"президент и председатель правительства X", though a few presidents chaired their
governments. Must-nots: the subject of a singular verb is one person, who holds both
("Президент и председатель правительства Боливии X прибыл"); a head of state's rank
beside another office, or two offices of no head, keep both ("с премьер-министром и
министром иностранных дел X", "с президентом и министром обороны X").
Sixty-first pass, h-names132; own sentences about Nepal–India, Thailand–Sri Lanka,
Peru–Cambodia, Chile–Bolivia, Oman–Bahrain.
"""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

HOLDINGS = [
    ("Министр иностранных дел Непала встретился с президентом и премьер-министром Индии "
     "Нарендрой Моди.", "Моди", {("премьер-министр", "state/IND")}),
    ("Посол Таиланда встретился с президентом и премьер-министром Шри-Ланки Ранилом "
     "Викрамасингхе.", "Викрамасингхе", {("премьер-министр", "state/LKA")}),
    ("Делегация Перу была принята королём и премьер-министром Камбоджи Хун Маненом.", "Манен",
     {("премьер-министр", "state/KHM")}),
    ("Посол Чили встретился с президентом и председателем правительства Боливии Луисом "
     "Арсе.", "Арсе", {("председатель правительства", "state/BOL")}),
    # must not: a singular verb's subject is one person; one person's two offices
    ("Президент и председатель правительства Боливии Луис Арсе прибыл в Сантьяго.", "Арсе",
     {("президент", "state/BOL"), ("председатель правительства", "state/BOL")}),
    ("Султан Омана встретился с премьер-министром и министром иностранных дел Бахрейна "
     "Халидом Аль Халифой.", "Халифа",
     {("премьер-министр", "state/BHR"), ("министр иностранных дел", "state/BHR")}),
    ("Посол Непала встретился с президентом и министром обороны Шри-Ланки Анурой "
     "Дисанаяке.", "Дисанаяке",
     {("президент", "state/LKA"), ("министр обороны", "state/LKA")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), HOLDINGS)
def test_head_and_government_holdings(extraction, text: str, surname: str, expected) -> None:  # noqa: ANN001
    got = text_holdings(extraction(text, "2025-03-12"), surname, ("office", "state"))
    assert got == expected
