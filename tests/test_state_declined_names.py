"""A state's name the dictionary reads as undeclined though news declines it ("Тонга":
"король Тонги", "в Тонге", "с Тонгой") is the state in every case: kg/data/build_states.py
writes its case forms to states.tsv's `forms` (`declined_forms`), which the gazetteer
matcher reads as written. Must-nots: such a form that is a dictionary word opening a
sentence ("Тонги" of "тонг") or written lower case; no forms for an undeclined name in -о,
-и, -у or a vowel and -а, nor for a short name whose own forms are common words ("Того",
"Чад", "Мали", "Оман") (h-offices61, the forty-eighth pass; own sentences about Tonga–Fiji,
Togo–Ghana). An undeclined one-word name the tagger reads as another noun's case, capitalised
inside a sentence ("выделила Перу кредит": "перо"), is the name as written."""

from __future__ import annotations

import pytest

from kg.data.build_states import OUT, build, declined_forms
from kg.model import Document


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Тонга", ["Тонги", "Тонге", "Тонгу", "Тонгой"]),
        # declined by the dictionary, undeclined in Russian, an abbreviation, common words
        ("Гана", []), ("Никарагуа", []), ("Самоа", []), ("США", []),
        ("Того", []), ("Чад", []), ("Мали", []), ("Оман", []),
    ],
)  # fmt: skip
def test_declined_forms(name: str, forms: list[str]) -> None:
    assert declined_forms(name) == forms


def test_states_table_is_the_generators() -> None:
    """`python -m kg.data.build_states` writes states.tsv as shipped."""
    assert build() == OUT.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "key", "named"),
    [
        ("Премьер-министр Фиджи встретился с королём Тонги в Суве.", "state/TON", True),
        ("Фиджи выделит Тонге кредит на восстановление порта.", "state/TON", True),
        ("Выборы в Тонге прошли спокойно, сообщили в Суве.", "state/TON", True),
        ("Премьер Фиджи отложил визит в Тонгу.", "state/TON", True),
        ("Фиджи подписали соглашение о рыболовстве с Тонгой.", "state/TON", True),
        ("Тонги и Фиджи подписали соглашение о рыболовстве.", "state/TON", True),
        # must not: a dictionary word opening a sentence, lower case
        ("Тонги на улицах Шанхая враждовали между собой.", "state/TON", False),
        ("В Сан-Франциско китайские тонги враждовали между собой.", "state/TON", False),
        # an undeclined name the tagger reads as another noun's case ("перо"); lower case none
        ("Франция выделила Перу кредит на дороги.", "state/PER", True),
        ("Чили передала Перу партию вакцин.", "state/PER", True),
        ("Поэт воздал хвалу гусиному перу.", "state/PER", False),
        # the short names whose forms are common words read as before
        ("Того и гляди, Гана закроет границу.", "state/TGO", False),
        ("Гана выделит Того кредит на дороги.", "state/TGO", True),
        ("В чаду пожара Гана закрыла аэропорт.", "state/TCD", False),
        ("Гана выделит Чаду кредит на дороги.", "state/TCD", True),
    ],
)  # fmt: skip
def test_declined_names_in_text(analyse, text: str, key: str, named: bool) -> None:
    ctx = analyse(Document(id="t", text=text, date=""))
    assert (key in {m.entity for m in ctx.mentions if m.type == "State"}) is named
