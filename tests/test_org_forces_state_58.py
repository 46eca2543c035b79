"""A state's forces named in an oblique case are that state's organization, as in the
nominative (fiftieth pass, h-orgs58; own sentences about Peru–Chile, India–Pakistan,
Japan): "силы" is a state's body's noun the list writes in the nominative plural, so
"Вооружёнными силами Перу" after "командующий" was an organization of no state, while
"Вооружённые силы Перу" was Peru's; the commander's office keeps its forces and state
either way. Must-not: the UN's forces are no state's."""

from __future__ import annotations

import pytest
from fact_reads import org_states, text_holdings

CASES = [
    ("Командующий Вооружёнными силами Перу генерал Хуан Перес прибыл в Чили.",
     "Вооружёнными силами Перу", "Вооружённые силы Перу", "state/PER"),
    ("Чили восхищается Вооружёнными силами Перу.",
     "Вооружёнными силами Перу", "Вооружённые силы Перу", "state/PER"),
    ("Индия гордится Вооружёнными силами Индии, заявил министр Пакистана.",
     "Вооружёнными силами Индии", "Вооружённые силы Индии", "state/IND"),
    ("Вооружённые силы Перу приведены в готовность из-за Чили.",
     "Вооружённые силы Перу", "Вооружённые силы Перу", "state/PER"),
    ("Учения Военно-морских сил Чили прошли у берегов Перу.",
     "Военно-морских сил Чили", "Военно-морские силы Чили", "state/CHL"),
]  # fmt: skip


def _orgs(extraction_of, text: str) -> list[tuple[str, str, str]]:  # noqa: ANN001
    """The text's organization mentions as (text, entity name, entity state)."""
    return org_states(extraction_of(text, "2024-05-15", "offices"))


@pytest.mark.parametrize(("text", "mention", "name", "state"), CASES)
def test_forces_are_their_states(  # noqa: PLR0913
    extraction_of,  # noqa: ANN001
    text: str,
    mention: str,
    name: str,
    state: str,
) -> None:
    """The forces are one organization of the state named in them, in any case."""
    assert (mention, name, state) in _orgs(extraction_of, text)


def test_the_commander_keeps_forces_and_state(extraction_of) -> None:  # noqa: ANN001
    """ "командующий Вооружёнными силами Перу" is that post of Peru; the rank beside it is no
    office (seventieth pass, h-names157)."""
    text = "Командующий Вооружёнными силами Перу генерал Хуан Перес прибыл в Чили."
    held = text_holdings(extraction_of(text, "2024-05-15", "offices"), "Перес", ("office", "state"))
    assert held == {("командующий Вооружёнными силами", "state/PER")}


def test_the_uns_forces_are_no_states(extraction_of) -> None:  # noqa: ANN001
    """Must-not: forces of the UN, in the dative, get no state."""
    text = "Перу поручило операцию Миротворческим силам ООН у границы с Чили."
    orgs = _orgs(extraction_of, text)
    assert ("Миротворческим силам ООН", "Миротворческие силы ООН", "") in orgs
