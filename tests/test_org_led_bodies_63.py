"""A government or an administration named after its head is an organization of the state
the head serves, as the text's title beside them or the gazetteer gives it (`_leader`
in kg/resolve/document.py; "правительство" in group `led` of kg/resolve/org_words.txt;
fifty-third pass, h-orgs63; own sentences about Hungary–Slovakia, UK–France, Kenya–Uganda):
"Правительство Виктора Орбана" was no organization, "Администрация Уильяма Руто" one of no
state. Must-nots: a head of no state the text or gazetteer gives stays stateless; "Встреча
Виктора Орбана", "Председатель правительства Виктор Орбан" name no body."""

from __future__ import annotations

import pytest
from fact_reads import org_states

# each text with the organizations kg reads from it (name, state)
CASES = [
    ("Премьер-министр Венгрии Виктор Орбан прибыл в Словакию. Правительство Виктора Орбана "
     "одобрило договор.", [("Правительство Орбана", "state/HUN")]),
    ("Премьер-министр Великобритании Кир Стармер посетил Францию. Правительство Кира Стармера "
     "одобрило соглашение.", [("Правительство Стармера", "state/GBR")]),
    ("Президент Кении Уильям Руто прибыл в Уганду. Администрация Уильяма Руто заявила о "
     "поддержке.", [("Администрация Руто", "state/KEN")]),
    # must-nots: a head no state is given for, a meeting, a head's title
    ("Администрация Уильяма Руто заявила, что Кения поддержит Уганду.",
     [("Администрация Руто", "")]),
    ("Встреча Виктора Орбана с Робертом Фицо прошла в Братиславе.", []),
    ("Председатель правительства Виктор Орбан прибыл в Словакию.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "bodies"), CASES)
def test_a_body_led_by_a_person_is_of_their_state(extraction_of, text: str, bodies: list) -> None:  # noqa: ANN001
    """The body named after its head carries the head's state, where one is given."""
    read = extraction_of(text, "2024-05-15", "offices")
    assert sorted({(name, state) for _, name, state in org_states(read)}) == bodies
