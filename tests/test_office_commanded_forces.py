"""A commander's post with the forces it governs in the instrumental, their adjectives and
lower-case genitive words, up to the state after them: "командующий военно-морскими силами
Ганы X" is "командующий военно-морскими силами" of Ghana, in any case of the title ("по
словам главнокомандующего военно-воздушными силами Перу", "назначил X командующим
сухопутными войсками Чили": the head in the nominative, the forces as written), or up to a
punctuation mark ("назначил X командующим сухопутными войсками."); before, the office was
"командующий" alone. Must-nots: a commander of no force ("командующий съёмочной
группой Перу X") is no post of that state, and forces with no commander ("Военно-морские силы
Ганы провели учения") give no one an office (h-offices62, the forty-ninth pass; own
sentences about Ghana–Togo, Peru, Chile, Egypt)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Командующий военно-морскими силами Ганы вице-адмирал Сет Амоама прибыл в Того.",
     "Амоама", ("командующий военно-морскими силами", "state/GHA")),
    ("По словам главнокомандующего военно-воздушными силами Перу генерала Карлоса Рохаса, "
     "самолёты готовы.", "Рохас", ("главнокомандующий военно-воздушными силами", "state/PER")),
    ("Президент Чили назначил Луиса Гомеса командующим сухопутными войсками Чили.",
     "Гомес", ("командующий сухопутными войсками", "state/CHL")),
    ("По словам командующего войсками противовоздушной обороны Египта генерала Ахмеда Фарука, "
     "угрозы нет.", "Фарук", ("командующий войсками противовоздушной обороны", "state/EGY")),
    # forces that end the phrase, no state after them: the appointer's state
    ("Президент Турции назначил генерала Мехмета Йылмаза командующим сухопутными войсками.",
     "Йылмаз", ("командующий сухопутными войсками", "state/TUR")),
    ("Президент Перу назначил Хуана Переса главнокомандующим военно-воздушными силами.",
     "Перес", ("главнокомандующий военно-воздушными силами", "state/PER")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_commanders_forces(extraction_of, text: str, surname: str, expected: tuple) -> None:  # noqa: ANN001
    """The post is the commander's title and the forces it governs, of their state."""
    held = text_holdings(extraction_of(text, "2024-05-15", "offices"), surname, ("office", "state"))
    assert expected in held
    assert not any(office == "командующий" for office, _ in held)


def test_a_commander_of_no_force(extraction_of) -> None:  # noqa: ANN001
    """A film crew's "командующий" takes no state from the words after it."""
    ex = extraction_of("Командующий съёмочной группой Перу Хуан Перес прибыл в Чили.", "2024-05-15",
                       "offices")  # fmt: skip
    assert not any(state for _, state in text_holdings(ex, "Перес", ("office", "state")))


def test_forces_alone_are_no_office(extraction_of) -> None:  # noqa: ANN001
    """Forces named as the subject give no one an office."""
    ex = extraction_of("Военно-морские силы Ганы провели учения у берегов Того.", "2024-05-15",
                       "offices")  # fmt: skip
    assert not ex.facts["offices"]
