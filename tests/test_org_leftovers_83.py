"""The sixty-eighth pass's leftovers (sixty-ninth pass, h-orgs83; own sentences about Armenia,
Georgia, Serbia, Hungary, Poland, Pakistan, Vietnam, Turkey, Syria, Iran, Iraq).

- A sitting's noun opening the tagger's span is no word of the body's name, and the field's
  "по" phrase the parse hung on it is the body's ("Заседание комиссии Армении и Азербайджана
  по делимитации …" gave "Заседание комиссии Армении и Азербайджана"); a body of two states
  named by a lower-case noun opens with a capital.
- A power plant's kind by its abbreviation alone ("построит АЭС в Польше") is no
  organization; a plant's own name stays one ("Курская АЭС").
- A state's adjective, capitalised adjectives and a noun of group `owned` the tagger left
  untagged in a longer text ("Турецкий Красный Полумесяц") are that state's body."""

from __future__ import annotations

import pytest
from fact_reads import org_states

SITTINGS = [
    (
        "Заседание комиссии Армении и Азербайджана по делимитации государственной границы "
        "прошло в Баку.",
        "Комиссия Армении и Азербайджана по делимитации государственной границы",
    ),
    (
        "Заседание комиссии Грузии и Армении по демаркации границы прошло в Тбилиси.",
        "Комиссия Грузии и Армении",
    ),
    ("Заседание совета Сербии и Венгрии по торговле прошло в Белграде.", "Совет Сербии и Венгрии"),
    # must-not: the one body a sitting is of, capitalised, stays as it was
    ("Заседание Правительства Перу прошло в Лиме.", "Правительство Перу"),
]


@pytest.mark.parametrize(("text", "name"), SITTINGS)
def test_a_sittings_noun_is_no_word_of_the_body(extraction_of, text: str, name: str) -> None:  # noqa: ANN001
    """The sentence's one organization is the body the sitting is of."""
    assert [n for _, n, _ in org_states(extraction_of(text, "2026-12-07"))] == [name]


PLANTS = [
    ("Корейская компания построит АЭС в Польше.", []),
    ("Китай построит ГЭС в Пакистане.", []),
    ("Япония поможет Вьетнаму построить ТЭЦ.", []),
    # must-not: a plant's own name
    ("Курская АЭС работает в штатном режиме.", ["Курская АЭС"]),
]


@pytest.mark.parametrize(("text", "names"), PLANTS)
def test_a_plants_kind_alone_is_no_organization(
    extraction_of,  # noqa: ANN001
    text: str,
    names: list[str],
) -> None:
    """Only a plant's own name is an organization."""
    assert [n for _, n, _ in org_states(extraction_of(text, "2026-12-07"))] == names


SOCIETIES = [
    (
        "АНКАРА, 5 марта. Турция направила в Сирию гуманитарную помощь после землетрясения. "
        "Турецкий Красный Полумесяц доставил в Алеппо 40 грузовиков с продовольствием и "
        "палатками.",
        ("Турецкий Красный Полумесяц", "state/TUR"),
    ),
    (
        "Иран направил помощь в Ирак. Сотрудники ведомства прибыли в Басру. Иранский Красный "
        "Полумесяц развернул в городе полевой госпиталь.",
        ("Иранский Красный Полумесяц", "state/IRN"),
    ),
]


@pytest.mark.parametrize(("text", "org"), SOCIETIES)
def test_a_states_society_untagged_is_its_body(
    extraction_of,  # noqa: ANN001
    text: str,
    org: tuple[str, str],
) -> None:
    """The society is an organization of the state its adjective names."""
    assert org in [(n, s) for _, n, s in org_states(extraction_of(text, "2026-12-07"))]


def test_a_state_adjective_before_a_lower_case_noun_is_none(extraction_of) -> None:  # noqa: ANN001
    """Must-not: no capitalised adjective between, no society ("Турецкий флот")."""
    assert org_states(extraction_of("Турецкий флот вышел в море.", "2026-12-07")) == []
