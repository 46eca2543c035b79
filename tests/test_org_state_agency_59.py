"""A state's agency named by an adjective of the state's and the state's name, with no field
after it ("Национальное агентство Индии"), is that state's body, as it is with its field
(fiftieth pass, h-orgs59; own sentences about India–Pakistan, Peru–Chile, Japan–Korea):
"агентство" is no noun of state_bodies.txt, so it had no state. Must-nots: a news agency
("Информационное агентство Индии", "Государственное информационное агентство Перу") is an
outlet, no state's body; an agency of no such adjective, or of the UN, gets none."""

from __future__ import annotations

import pytest
from fact_reads import marked_org_states

# each sentence with its agency's mention in brackets, and the state the agency is of
CASES = [
    ("[Национальное агентство Индии] сообщило о гражданах Пакистана.", "state/IND"),
    ("В [Национальном агентстве Индии] сообщили о гражданах Пакистана.", "state/IND"),
    ("[Государственное агентство Перу] выдало визы гражданам Чили.", "state/PER"),
    ("[Федеральное агентство Японии] заключило договор с Кореей.", "state/JPN"),
    # must-nots: news agencies, an agency of no state's adjective, the UN's
    ("[Информационное агентство Индии] сообщило о гражданах Пакистана.", ""),
    ("[Государственное информационное агентство Перу] сообщило о Чили.", ""),
    ("[Агентство Индии] сообщило о Пакистане.", ""),
    ("[Национальное агентство ООН] помогло Индии.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("marked", "state"), CASES)
def test_an_agency_of_the_states_is_its_body(extraction_of, marked: str, state: str) -> None:  # noqa: ANN001
    """The agency is one organization, of the state where an adjective says it is the state's."""
    assert marked_org_states(extraction_of, marked) == [state]
