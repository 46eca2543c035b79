"""A state's body whose name lists two states after its noun ("Вооружёнными силами Перу и
Эквадора", "Военно-морских сил Индии и Пакистана") is one organization of both, so of no
single state by the contract (an organization has one state or none): its name runs to the
last state, and the office of one who commands it serves that body, no state, nor does the
rank after it get one (fiftieth pass, h-orgs59; own sentences about Peru–Ecuador,
India–Pakistan, Chile–Argentina). It was cut after the first state and read as that state's
forces, the office "командующий Вооружёнными силами и" of the first state (or, with the
name whole, of the last). Must-nots: one state's forces stay its own, a second state in
the nominative (the verb's subject with the forces) is no word of the name."""

from __future__ import annotations

import pytest
from fact_reads import org_states, text_holdings


def _read(extraction_of, text: str):  # noqa: ANN001, ANN202
    return extraction_of(text, "2024-05-15", "offices")


BOTH = [
    ("Командующий Вооружёнными силами Перу и Эквадора генерал Хуан Перес прибыл в Чили.",
     "Вооружёнными силами Перу и Эквадора", "Вооружённые силы Перу и Эквадора", "Перес"),
    ("Командующий Военно-морскими силами Индии и Пакистана адмирал Радж Кумар прибыл в Японию.",
     "Военно-морскими силами Индии и Пакистана", "Военно-морские силы Индии и Пакистана",
     "Кумар"),
    ("Учения Вооружённых сил Чили и Аргентины прошли у берегов Перу.",
     "Вооружённых сил Чили и Аргентины", "Вооружённые силы Чили и Аргентины", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "name", "holder"), BOTH)
def test_forces_of_two_states_are_of_neither(
    extraction_of,  # noqa: ANN001
    text: str,
    mention: str,
    name: str,
    holder: str,
) -> None:
    """One organization named to its last state, of no state; its commander and the rank
    after his post serve no state, neither the first nor the last."""
    ex = _read(extraction_of, text)
    orgs = org_states(ex)
    assert (mention, name, "") in orgs
    assert all(not state for _, _, state in orgs)
    if holder:
        held = text_holdings(ex, holder, ("office", "state"))
        assert held and all(not state.startswith("state/") for _, state in held)


ONE = [
    ("Командующий Вооружёнными силами Перу генерал Хуан Перес прибыл в Эквадор.",
     "Вооружёнными силами Перу", "state/PER"),
    # the second state is the verb's subject with the forces, in the nominative
    ("Вооружённые силы Перу и Эквадор провели учения у границы Чили.",
     "Вооружённые силы Перу", "state/PER"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "state"), ONE)
def test_one_states_forces_stay_its_own(
    extraction_of,  # noqa: ANN001
    text: str,
    mention: str,
    state: str,
) -> None:
    """Must-not: the forces of one state named are that state's, as before."""
    assert any(m == mention and s == state for m, _, s in org_states(_read(extraction_of, text)))
