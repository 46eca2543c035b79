"""An organization named in an oblique case whose adjective before its head is a participle
the dictionary gives no adjective's reading ("Объединёнными силами", "Объединённой
комиссии"): its name puts the participle in the nominative with the head, as it does an
adjective (fiftieth pass, h-orgs59; own sentences about India–Pakistan, Peru–Chile,
Korea–Japan). It was left in its case before a head put in the nominative ("Объединёнными
силы"), and where the tagger took the participle for a name and hung the head outside the
span, the whole name stayed as written. Must-nots: a dependent in the genitive keeps its
case, an adjective in the nominative is as written, a name of no state gets none."""

from __future__ import annotations

import pytest
from fact_reads import text_org_states

CASES = [
    ("Командующий Объединёнными силами НАТО генерал Джон Смит прибыл в Перу.",
     "Объединёнными силами НАТО", "Объединённые силы НАТО"),
    ("Представитель Объединённых вооружённых сил Индии выступил в Пакистане.",
     "Объединённых вооружённых сил Индии", "Объединённые вооружённые силы Индии"),
    ("Чили передало документы Объединённой комиссии Перу по торговле.",
     "Объединённой комиссии Перу по торговле", "Объединённая комиссия Перу по торговле"),
    ("Корея направила ноту Объединённому командованию ООН и Японии.",
     "Объединённому командованию ООН", "Объединённое командование ООН"),
    # must-not: in the nominative already, as written
    ("Объединённые силы ООН прибыли в Индию из Пакистана.",
     "Объединённые силы ООН", "Объединённые силы ООН"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "name"), CASES)
def test_the_participle_goes_with_its_head(
    extraction_of,  # noqa: ANN001
    text: str,
    mention: str,
    name: str,
) -> None:
    """The mention's entity is named in the nominative, participle and head alike."""
    assert mention in {m for m, _, _ in text_org_states(extraction_of, text)}
    assert (mention, name) in {(m, n) for m, n, _ in text_org_states(extraction_of, text)}


def test_no_state_for_the_uns_forces(extraction_of) -> None:  # noqa: ANN001
    """Must-not: the UN's joint forces named in the instrumental are no state's body."""
    orgs = text_org_states(
        extraction_of, "Индия гордится Объединёнными силами ООН, заявил Пакистан."
    )
    assert ("Объединёнными силами ООН", "Объединённые силы ООН", "") in orgs
