"""A capital that is also a first name ("Дакар", "Сантьяго") in the genitive after a noun of
policy ("позиция", "решение", "ответ") is its government where its sentence names another
state, as a capital of no such name ("ответ Анкары") already was. A city's head, streets or
suburb ("мэр Лимы", "улицы Анкары", "в пригороде Дакара"), a first name before a surname and
a sentence of no other state stay what they were. Sentences of our own (forty-second pass,
h-misc43)."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def mentions():
    return shipped_reader()


def capitals(text: str, read) -> dict[str, str]:  # noqa: ANN001 - the reader
    return {m.text: m.entity for m in read(text) if m.type == "State" and m.via == "capital"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Мали не согласилась с позицией Дакара.", {"Дакара": "state/SEN"}),
        ("Гвинея ждёт ответа Дакара.", {"Дакара": "state/SEN"}),
        ("Перу раскритиковала решение Сантьяго.", {"Сантьяго": "state/CHL"}),
        ("Гвинея осудила политику Дакара и Бамако.",
         {"Дакара": "state/SEN", "Бамако": "state/MLI"}),
        # as before: capitals of no first name
        ("Каир ждёт ответа Анкары.", {"Каир": "state/EGY", "Анкары": "state/TUR"}),
        ("Чили приветствовала решение Лимы.", {"Лимы": "state/PER"}),
        # must not: the city's head, streets or suburb; a person's name; no other state
        ("Мэр Лимы посетил Сантьяго.", {}),
        ("Улицы Анкары опустели после землетрясения.", {}),
        ("Взрыв произошёл в пригороде Дакара.", {}),
        ("Мали поддержала мэра Дакара.", {}),
        ("Перу поддержала позицию Сантьяго Пеньи.", {}),
        ("Тренер поддержал решение Сантьяго.", {}),
    ],
)  # fmt: skip
def test_a_capital_after_a_noun_of_policy_is_its_government(mentions, text: str, named) -> None:
    assert capitals(text, mentions) == named
