"""Two or more posts each before its own holder's name, joined by "и" or commas ("министр
обороны Чили X и начальник генштаба Y", "посол Чили X, военный атташе Y и консул Z"): a later
post that names no state or body is of the first one's state, whatever other states the
text names; its own state or organization stays, and so do a party's, a city's or a trade's
post of none (h-offices61, the forty-eighth pass; own sentences about Chile–Peru,
Ghana–Togo, Fiji–Tonga and NATO)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Президент Перу встретился с министром обороны Чили Хуаном Пересом и начальником "
     "генштаба Луисом Гомесом.",
     {"Перес": {("министр обороны", "state/CHL")}, "Гомес": {("начальник генштаба", "state/CHL")}}),
    ("Министр обороны Чили Хуан Перес и начальник генштаба Луис Гомес прибыли в Перу.",
     {"Перес": {("министр обороны", "state/CHL")}, "Гомес": {("начальник генштаба", "state/CHL")}}),
    ("Президент Ганы Нана Акуфо-Аддо и вице-президент Махамуду Бавумия посетили Того.",
     {"Бавумия": {("вице-президент", "state/GHA")}}),
    ("Посол Фиджи Хуан Перес, военный атташе Луис Гомес и консул Карлос Рохас прибыли в Тонгу.",
     {"Перес": {("посол", "state/FJI")}, "Гомес": {("военный атташе", "state/FJI")},
      "Рохас": {("консул", "state/FJI")}}),
    ("Хуан Перес, министр обороны Чили, и начальник генштаба Луис Гомес прибыли в Перу.",
     {"Гомес": {("начальник генштаба", "state/CHL")}}),
    # must not: a later post's own state or organization; no post from a title with no name
    # after it; another office's body, a city's head, a trade; two presidents of two states
    ("Министр обороны Чили Хуан Перес и начальник генштаба Перу Луис Гомес прибыли в Лиму.",
     {"Перес": {("министр обороны", "state/CHL")}, "Гомес": {("начальник генштаба", "state/PER")}}),
    ("Король Фиджи Хуан Перес и премьер-министр Тонги Луис Гомес встретились в Суве.",
     {"Перес": {("король", "state/FJI")}, "Гомес": {("премьер-министр", "state/TON")}}),
    ("Министр обороны Чили Хуан Перес и генсек НАТО Йенс Столтенберг провели переговоры в Перу.",
     {"Столтенберг": {("генеральный секретарь", "org/nato")}}),
    ("Министр обороны Чили Хуан Перес и начальник генштаба прибыли в Перу.",
     {"Перес": {("министр обороны", "state/CHL")}}),
    ("Министр обороны Чили Хуан Перес и председатель партии Луис Гомес прибыли в Перу.",
     {"Гомес": {("председатель партии", "")}}),
    ("Министр обороны Чили Хуан Перес и мэр Луис Гомес прибыли в Перу.",
     {"Гомес": {("мэр", "")}}),
    ("Министр обороны Чили Хуан Перес и адвокат Луис Гомес прибыли в Перу.",
     {"Гомес": {("адвокат", "")}}),
    ("Президент Чили Хуан Перес и президент Луис Гомес провели переговоры.",
     {"Гомес": {("президент", "")}}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_office_coordinated_holders(extraction_of, text: str, expected: dict) -> None:
    """Each holder his own post, of the state the list's first post names where his names none."""
    ex = extraction_of(text, "2024-05-15", "offices")
    for surname, holdings in expected.items():
        assert text_holdings(ex, surname, ("office", "state")) == holdings, surname
