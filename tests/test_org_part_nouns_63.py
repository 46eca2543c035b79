"""A board, a press centre, a unit or a centre before a body's name in the genitive is one
organization with the body nested in it, of the body's state (part_bodies.txt's "правление",
"пресс-центр"; group `described`'s "подразделение", "центр" with an adjective on it;
`_parts_states` in kg/resolve/document.py; fifty-third pass, h-orgs63; own sentences about
Kenya–Uganda, UK–France, Hungary–Slovakia): "правление Центрального банка Кении" was the bank
alone, "пресс-служба МИД Уганды" of no state. Must-nots: a rule ("в годы правления …"),
several units ("Контртеррористические подразделения … вошли"), a bare unit, a city's centre."""

from __future__ import annotations

import pytest
from fact_reads import text_org_states

# each sentence with the organization mentions kg reads from it and their states, in order
CASES = [
    ("Об этом сообщило правление Центрального банка Кении.",
     [("правление Центрального банка Кении", "state/KEN"),
      ("Центрального банка Кении", "state/KEN")]),
    ("Член правления Национального банка Венгрии посетил Словакию.",
     [("правления Национального банка Венгрии", "state/HUN"),
      ("Национального банка Венгрии", "state/HUN")]),
    ("Об этом сообщил пресс-центр МИД Уганды.",
     [("пресс-центр МИД Уганды", "state/UGA"), ("МИД Уганды", "state/UGA")]),
    ("В пресс-центре Министерства обороны Франции сообщили о визите в Великобританию.",
     [("пресс-центре Министерства обороны Франции", "state/FRA"),
      ("Министерства обороны Франции", "state/FRA")]),
    ("Контртеррористическое подразделение полиции Уганды задержало гражданина Кении.",
     [("Контртеррористическое подразделение полиции Уганды", "state/UGA"),
      ("полиции Уганды", "state/UGA")]),
    ("Об этом сообщила пресс-служба Министерства иностранных дел Словакии.",
     [("пресс-служба Министерства иностранных дел Словакии", "state/SVK"),
      ("Министерства иностранных дел Словакии", "state/SVK")]),
    # must-nots: a rule, several units, a bare unit, a city's centre
    ("В годы правления Социалистической партии Венгрии отношения со Словакией были тесными.",
     [("Социалистической партии Венгрии", "state/HUN")]),
    ("Контртеррористические подразделения полиции Уганды вошли в Кению.",
     [("полиции Уганды", "state/UGA")]),
    ("Подразделение полиции Кении прибыло в Уганду.", [("полиции Кении", "state/KEN")]),
    ("В центре Будапешта прошла встреча с делегацией МИД Словакии.",
     [("МИД Словакии", "state/SVK")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_a_part_is_of_its_body_state(extraction_of, text: str, mentions: list) -> None:  # noqa: ANN001
    """The part and the body after it are one organization of the body's state."""
    assert [(m, s) for m, _, s in text_org_states(extraction_of, text)] == mentions
