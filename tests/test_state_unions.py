"""Unions of states are known organizations and sides as states are (the Arab League, the Gulf
Cooperation Council, the Organization of American States, the CSTO and the SCO beside the EU,
NATO and the African Union),
and a state's adjective inside a union's name ("американских государств") names no state.
Sentences of our own about other states, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.extract.relations import extract_relations
from kg.model import Document


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → its Context."""
    return lambda text: analyse(Document(id="t", text=text, date="2025-03-06"))


def named(context) -> dict[str, str]:  # noqa: ANN001 - a Context
    """The text of each state and organization mention → its entity."""
    return {m.text: m.entity for m in context.mentions if m.type in ("State", "Organization")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Генсек Лиги арабских государств прибыл в Багдад.",
         {"Лиги арабских государств": "org/arab-league"}),
        ("Глава Арабской лиги встретился с министром иностранных дел Иордании.",
         {"Арабской лиги": "org/arab-league", "Иордании": "state/JOR"}),
        ("Министры ССАГПЗ собрались в Эр-Рияде.", {"ССАГПЗ": "org/gcc"}),
        ("Организация американских государств направила наблюдателей в Гондурас.",
         {"Организация американских государств": "org/oas", "Гондурас": "state/HND"}),
        # must not: a state's adjective on one state is still the state
        ("Американское государство ввело пошлины против Канады.",
         {"Американское": "state/USA", "Канады": "state/CAN"}),
        ("Чешское и словацкое государства разделились в 1993 году.",
         {"Чешское": "state/CZE", "словацкое": "state/SVK"}),
    ],
)  # fmt: skip
def test_a_union_of_states_is_known(read, text, found):
    got = named(read(text))
    assert {k: v for k, v in got.items() if k in found or v.startswith("state/")} == found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Лига арабских государств и Ливия продлили соглашение о сотрудничестве.",
         ("org/arab-league", "state/LBY")),
        ("ССАГПЗ и Япония подписали соглашение о свободной торговле.",
         ("org/gcc", "state/JPN")),
        ("Организация американских государств и Гаити продлили соглашение о миссии.",
         ("org/oas", "state/HTI")),
        ("ОДКБ и Армения продлили соглашение о военном сотрудничестве.",
         ("org/csto", "state/ARM")),
        ("ШОС и Иран продлили соглашение о сотрудничестве.", ("org/sco", "state/IRN")),
        # must not: a body of no union of states is still no party
        ("Всемирный банк и Ливия продлили соглашение о финансировании.", ("state/LBY",)),
    ],
)  # fmt: skip
def test_a_union_of_states_is_a_party(read, text, parties):
    assert [tuple(a.parties) for a in extract_agreements(read(text))] == [parties]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Стратегическое партнёрство Индии и Лиги арабских государств вышло на новый уровень.",
         ("org/arab-league", "state/IND")),
        ("Стратегическое партнёрство ШОС и Индии вышло на новый уровень.",
         ("org/sco", "state/IND")),
    ],
)  # fmt: skip
def test_a_union_of_states_holds_a_level_of_relations(read, text, sides) -> None:
    assert [(r.state_a, r.state_b) for r in extract_relations(read(text))] == [sides]
