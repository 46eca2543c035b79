"""A body whose name lists three or more states after its noun ("Объединённой комиссии
Перу, Эквадора и Чили") is one organization of them all, of no single state: its name runs
to the last state, and its head serves it, no state (fiftieth pass, h-orgs60; own sentences
about Peru–Ecuador–Chile, Colombia–Venezuela–Brazil, China–India–Pakistan). The tagger
wrote another case than the genitive on a list's middle name ("Эквадора" as a locative),
so the name was cut after the first state and read as that state's body. Must-nots: a
state in the nominative after the body is no word of its name, one state's body stays its
own."""

from __future__ import annotations

import pytest
from fact_reads import org_states, text_holdings


def _read(extraction_of, text: str):  # noqa: ANN001, ANN202
    return extraction_of(text, "2024-05-15", "offices")


LISTED = [
    ("Глава Объединённой комиссии Перу, Эквадора и Чили Хуан Перес прибыл в Боливию.",
     "Объединённой комиссии Перу, Эквадора и Чили",
     "Объединённая комиссия Перу, Эквадора и Чили", "Перес"),
    ("Глава Смешанной комиссии Колумбии, Венесуэлы и Бразилии Хуан Перес прибыл в Лиму.",
     "Смешанной комиссии Колумбии, Венесуэлы и Бразилии",
     "Смешанная комиссия Колумбии, Венесуэлы и Бразилии", "Перес"),
    ("Председатель Совместной комиссии Китая, Индии и Пакистана Радж Кумар прибыл в Непал.",
     "Совместной комиссии Китая, Индии и Пакистана",
     "Совместная комиссия Китая, Индии и Пакистана", "Кумар"),
]  # fmt: skip


@pytest.mark.parametrize("case", LISTED)
def test_a_body_of_listed_states_is_of_none(extraction_of, case: tuple[str, ...]) -> None:  # noqa: ANN001
    """The only organization, named to its last state and of no state, is the body its
    head serves."""
    text, mention, name, holder = case
    ex = _read(extraction_of, text)
    assert org_states(ex) == [(mention, name, "")]
    (body,) = [e.key for e in ex.entities if e.type == "Organization"]
    assert text_holdings(ex, holder, ("state",)) == {(body,)}


ONE = [
    # the second state is the verb's subject with the forces, in the nominative
    ("Вооружённые силы Перу и Эквадор провели учения у границы Чили.",
     "Вооружённые силы Перу", "state/PER"),
    ("Глава Смешанной комиссии Перу Хуан Перес прибыл в Эквадор и Чили.",
     "Смешанной комиссии Перу", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "state"), ONE)
def test_one_states_body_is_not_extended(
    extraction_of,  # noqa: ANN001
    text: str,
    mention: str,
    state: str,
) -> None:
    """Must-not: a body of one state named keeps its name and state, as before."""
    found = {m: s for m, _, s in org_states(_read(extraction_of, text))}
    assert found.get(mention) == state
