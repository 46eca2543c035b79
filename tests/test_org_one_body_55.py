"""One body, one node, when news contracts its name (forty-eighth pass, h-orgs55), on
sentences of our own about the USA–Mexico, Chile–Peru and Turkey, and a Russian city's
police: a contraction only one state's body carries ("Госдеп", "Госдепартамент") is that
body even where no state in reach has one, or none is named; contractions every state's
body carries ("МИД", "Минобороны", "Генштаб") are no one state's without the text's state;
and a state body's abbreviation with a city after it inside an abbreviation-led office's
name ("ГУ [МВД Петербурга]") is no ministry of the city."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gazetteer_runs import shipped_reader

# (mention text, entity key: "org/<QID>" for a body the gazetteer links)
Found = list[tuple[str, str]]

US_STATE_DEPARTMENT = "org/Q789915"


@pytest.fixture(scope="module")
def found() -> Callable[[str], Found]:
    """Text → its organization mentions, by the shipped pipeline and gazetteer."""
    read = shipped_reader()
    return lambda text: [(m.text, m.entity) for m in read(text) if m.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Госдеп объявил о новых санкциях против Мексики.", "Госдеп"),
        (
            "Госдеп выступил с заявлением. Представитель ведомства отказался от комментариев.",
            "Госдеп",
        ),
        ("В Госдепартаменте заявили, что переговоры продолжатся.", "Госдепартаменте"),
        (
            "Президент Чили прибыл в Лиму. Госдепартамент приветствовал переговоры Чили и Перу.",
            "Госдепартамент",
        ),
        (
            "Минобороны Турции сообщило об учениях. Госдеп выразил обеспокоенность.",
            "Госдеп",
        ),
    ],
)
def test_a_contraction_one_states_body_carries_is_that_body(
    found: Callable[[str], Found], text: str, mention: str
) -> None:
    # the node of "Госдепартамент США" in any other text
    assert [r for r in found(text) if r[0] == mention] == [(mention, US_STATE_DEPARTMENT)]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Минобороны сообщило об учениях у границ Чили и Перу.", "Минобороны"),
        ("Чили и Перу обменялись нотами. МИД выразил протест.", "МИД"),
        ("Чили и Перу обсудили долг. Минфин опубликовал отчёт.", "Минфин"),
    ],
)
def test_a_contraction_every_state_has_needs_the_texts_state(
    found: Callable[[str], Found], text: str, mention: str
) -> None:
    rows = [r for r in found(text) if r[0] == mention]
    assert rows
    assert all(not key.startswith("org/Q") for _, key in rows)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Начальник ГУ МВД Петербурга провёл совещание с участковыми.", "ГУ МВД Петербурга"),
        ("Сотрудники ГУ МВД Казани задержали водителя.", "ГУ МВД Казани"),
    ],
)
def test_a_ministrys_abbreviation_inside_a_city_office_is_no_mention(
    found: Callable[[str], Found], text: str, office: str
) -> None:
    assert [m for m, _ in found(text)] == [office]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Начальник ГУ МВД России по Москве провёл совещание.", "МВД России"),
        ("Пресс-служба МИД Турции сообщила о встрече.", "МИД Турции"),
    ],
)
def test_a_states_body_inside_a_longer_name_stays_a_mention(
    found: Callable[[str], Found], text: str, inner: str
) -> None:
    assert inner in [m for m, _ in found(text)]
