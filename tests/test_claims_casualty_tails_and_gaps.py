"""Casualty counts past a "включая" tail, gapped nouns of a coordinated count, and speech
denied (forty-seventh pass, h-claims72, own sentences about Egypt–Turkey and Cyprus–Greece
after review51 5 and review52 5b): a count the parser hangs on the first verb of fate past a
conjunct verb of its own keeps the nearer verb's role; "8 мужских сборных и 4 женских"
carries its noun to the second count; a verb of saying denied ("не высказывались") gives the
count no speaker."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "comparator")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В результате взрыва в Анкаре погиб полицейский и ранены четыре человека, "
            "включая депутата парламента Мехмета Йылмаза.",
            [("раненые", 4, "eq")],
        ),
        (
            "В результате взрыва в Каире погибли два полицейских и ранены пять человек, "
            "включая министра Египта Ахмеда Хасана.",
            [("погибшие полицейские", 2, "eq"), ("раненые", 5, "eq")],
        ),
        # the count hangs on the verb far before; the verb of fate right before is its own
        (
            "Президент Египта обвинил руководителей компании в том, что они неправильно повели "
            "себя в условиях протестов, на прошлой неделе переросших в беспорядки, в результате "
            "которых погибли по меньшей мере 16 человек, и еще десятки человек получили ранения.",
            [("погибшие", 16, "ge")],
        ),
        (
            "Полиция Турции обвинила организаторов в том, что на митинге, в ходе которого "
            "пострадали 12 человек, не было охраны.",
            [("пострадавшие", 12, "eq")],
        ),
        # must not: the same clause without the tail, a shared subject of two verbs, a
        # count of the nearest verb of fate in a relative clause
        (
            "В результате взрыва в Анкаре погиб полицейский и ранены четыре человека, "
            "сообщило МВД Турции.",
            [("раненые", 4, "eq")],
        ),
        ("В Каире ранены шесть человек, в том числе посол Турции.", [("раненые", 6, "eq")]),
        (
            "Президент Египта обвинил руководителей компании в том, что они не предотвратили "
            "пожар на заводе, в результате которого погибли по меньшей мере 16 человек.",
            [("погибшие", 16, "ge")],
        ),
        ("Военные Турции задержали 12 человек, ранили ещё пятерых.", [("задержанные", 12, "eq")]),
    ],
)
def test_casualty_count_keeps_its_nearest_verb(analyse, text: str, expected: list) -> None:
    assert [(m, int(v), c) for m, v, c in claim_rows(analyse, text, _FIELDS)] == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В турнире в Каире приняли участие 8 мужских сборных и 4 женских.",
            [("женские сборные", 4), ("мужские сборные", 8)],
        ),
        (
            "На выставку в Анкаре привезли 30 легковых автомобилей и 12 грузовых.",
            [("грузовые автомобили", 12), ("легковые автомобили", 30)],
        ),
        # must not: each count with its own noun; an adjective after "из" is no gap
        (
            "В турнире в Анкаре приняли участие 12 мужских команд и 6 женских команд.",
            [("женские команды", 6), ("мужские команды", 12)],
        ),
    ],
)
def test_gapped_noun_is_carried(analyse, text: str, expected: list) -> None:
    rows = claim_rows(analyse, text, ("metric", "value"))
    assert [(m, int(v)) for m, v in rows] == sorted(expected)


def test_denied_speech_names_no_speaker(analyse) -> None:
    text = (
        "По словам аналитиков Греции, трое сыновей Ахмеда Хасана Омар, Юсуф и Мустафа "
        "практически не высказывались о делах компании."
    )
    assert claim_rows(analyse, text, ("metric", "value", "speaker")) == [
        ("сыновья Ахмеда Хасана", 3, "")
    ]
    # must not: a said figure keeps its speaker
    said = "Министр Египта Ахмед Хасан заявил, что в Кипр прибыли 300 туристов."
    assert [s for *_, s in claim_rows(analyse, said, ("metric", "value", "speaker"))] != [""]
