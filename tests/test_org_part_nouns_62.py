"""A body's staff, academy, school or department before the body's name in the genitive is
one organization with the body nested in it (part_bodies.txt's "генштаб", "академия",
"школа"; group `described`'s "управление" with an adjective on it; fifty-second pass,
h-orgs62; own sentences about Kenya–Uganda, Japan–Korea, Hungary–Slovakia):
"антитеррористическое управление полиции Кении" was cut to the police. Must-nots: running a
company or a body ("Опыт управления Газпромом": an instrumental the tagger may read as a
genitive; "Опыт управления МВД Венгрии"), "под управлением ООН"."""

from __future__ import annotations

import pytest
from fact_reads import text_org_states

# each sentence with the organization mentions kg reads from it, in their order
CASES = [
    ("Начальник генштаба армии Японии посетил Корею.",
     ["генштаба армии Японии", "армии Японии"]),
    ("Об этом сообщило антитеррористическое управление полиции Кении.",
     ["антитеррористическое управление полиции Кении", "полиции Кении"]),
    ("Представители главного управления МВД Венгрии прибыли в Словакию.",
     ["главного управления МВД Венгрии", "МВД Венгрии"]),
    ("Она училась в лётной школе ВВС Кении, а потом служила в Уганде.",
     ["лётной школе ВВС Кении", "ВВС Кении"]),
    ("Он окончил военную академию Генштаба Вооружённых сил Японии.",
     ["военную академию Генштаба Вооружённых сил Японии", "Генштаба Вооружённых сил Японии"]),
    # must-nots: running a company or a body, a territory run by the UN
    ("Ему пригодился опыт управления МВД Венгрии в Словакии.", ["МВД Венгрии"]),
    ("Опыт управления Газпромом пригодился ему в Венгрии.", ["Газпромом"]),
    ("Под управлением ООН территория оставалась до 1999 года, заявили в Кении.", ["ООН"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_a_part_before_its_body_is_one_body(extraction_of, text: str, mentions: list[str]) -> None:  # noqa: ANN001
    """The part and the body after it are one organization, the body a mention of its own."""
    assert [m for m, _, _ in text_org_states(extraction_of, text)] == mentions
