"""A capital named as a place is the city, not its state's government: after a preposition
across adjectives ("в перуанской Лиме"), at a distance or in a direction from it ("в 30
километрах от Каира"), as the city of its hospitals, prosecutors and quarters ("одна из
больниц Найроби", "прокуратура Вены", "на юго-западе Каира"), or followed by its own state
as an address ("Минск, Белоруссия"). A capital that acts, or is spoken to, stays the state.
Sentences of our own about other states, with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import capitals
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def mentions():
    return shipped_reader()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # must not: the city as a place
        ("Выборы мэра пройдут в перуанской Лиме.", {}),
        ("Съезд партии прошёл в самом Бухаресте.", {}),
        ("Тела нашли в 30 километрах от Каира.", {}),
        ("Лагерь беженцев стоит недалеко от Дамаска.", {}),
        ("Пожар вспыхнул на юго-западе Каира.", {}),
        ("Он скончался в одной из больниц Найроби.", {}),
        ("Прокуратура Вены возбудила дело против бизнесмена.", {}),
        ("Гости собрались в ратуше Осло.", {}),
        ("Бывший мэр умер в госпитале. Экс-мэр Лимы руководил городом десять лет.", {}),
        ("Выставка открылась в понедельник. Минск, Белоруссия.", {}),
        # a capital acting or spoken to is still the state
        ("Каир ответил Анкаре нотой протеста.", {"Каир": "state/EGY", "Анкаре": "state/TUR"}),
        ("Ответа от Каира Анкара пока не получила.",
         {"Каира": "state/EGY", "Анкара": "state/TUR"}),
        ("Отношения Сеула и Токио улучшились.", {"Сеула": "state/KOR", "Токио": "state/JPN"}),
        ("Протест выразили Минск, Вильнюс и Варшава.",
         {"Минск": "state/BLR", "Вильнюс": "state/LTU", "Варшава": "state/POL"}),
        # "официальный" with a capital is its government (review34)
        ("В официальном Пекине назвали Пакистан партнёром.", {"Пекине": "state/CHN"}),
        ("В официальном Тегеране считают, что сделка сорвана.", {"Тегеране": "state/IRN"}),
    ],
)  # fmt: skip
def test_a_capital_named_as_a_place_is_the_city(mentions, text: str, named: dict) -> None:
    assert capitals(text, mentions) == named


def states(text: str, read) -> dict[str, str]:  # noqa: ANN001 - the reader
    return {m.text: m.entity for m in read(text) if m.type == "State"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # must not: a state's name given to a city, district or province after its kind noun
        ("В конкурсе участвовали девушки из округа Колумбия.", {}),
        ("Губернатор штата Мексика открыл завод.", {}),
        ("Взрыв прогремел в городе Кувейт.", {}),
        ("В провинции Панама прошли выборы.", {}),
        # the state whose cities or provinces they are stays
        ("Крупнейшие города Кувейта пострадали от жары.", {"Кувейта": "state/KWT"}),
        ("Губернаторы штатов Мексики встретились с президентом.", {"Мексики": "state/MEX"}),
        ("Город Панама — столица Панамы.", {"Панамы": "state/PAN"}),
    ],
)  # fmt: skip
def test_a_state_name_after_a_place_kind_is_the_place(mentions, text: str, named: dict) -> None:
    assert states(text, mentions) == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # must not: a capitalised adjective after its noun is a word of that noun's name
        ("Президент Республики Сербской выступил в Сараево.", {}),
        ("Убийство произошло на улице Французской в Лионе.", {}),
        # a state adjective before its noun, or opening a sentence, still names the state
        ("Французская делегация прибыла в Лион.", {"Французская": "state/FRA"}),
        ("Лидер Республики Корея встретился с сербской делегацией.",
         {"Республики Корея": "state/KOR", "сербской": "state/SRB"}),
    ],
)  # fmt: skip
def test_an_adjective_after_its_noun_is_a_name(mentions, text: str, named: dict) -> None:
    assert states(text, mentions) == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # must not: a capital alone in brackets, after "столица" and a dash, in a quoted name
        ("Он выступил на семинаре в WannseeForum (Берлин).", {}),
        ("Смерть наступила в столице — Лиссабоне.", {}),
        ("Директор школы подтвердила «Голосу Праги», что студент учился там.", {}),
        ("Крейсер «Анкара» вышел в море.", {}),
        # a quoted sentence, and a capital beside a bracketed one, still name the state
        ("«Каир ответит на это», — заявил министр.", {"Каир": "state/EGY"}),
        ("Анкара (и не только она) выступила против.", {"Анкара": "state/TUR"}),
    ],
)  # fmt: skip
def test_a_capital_in_brackets_or_quotes_is_a_name(mentions, text: str, named: dict) -> None:
    assert capitals(text, mentions) == named


def test_roots_are_a_peoples(mentions) -> None:
    """An adjective of a person's roots names a people, as "происхождение" does."""
    assert states("Писатель имеет японские корни.", mentions) == {}
    assert states("Японские власти выслали дипломата.", mentions) == {"Японские": "state/JPN"}
