"""A state named only as where a person was born or comes from ("родился на территории
современной Аргентины", "уроженец Сирии", "выходец из Боливии") is no side of the report: a
leader's "наши страны" on a visit stays the pair of the leader's state and the host's.
Sentences of our own about other states (pass forty-one, h-misc41)."""

from __future__ import annotations

import pytest

from kg.extract.common.pair import main_pair
from kg.extract.relations import extract_relations
from kg.model import Document


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    def levels(text: str) -> set[tuple[str, str]]:
        found = extract_relations(analyse(Document(id="t", text=text, date="2025-06-01")))
        return {tuple(sorted((r.state_a, r.state_b))) for r in found}

    return levels


CASES = [
    ("Президент Чили Габриэль Борич прибыл с официальным визитом в Лиму. Борич родился на "
     "территории современной Аргентины в семье хорватских переселенцев. «Альянс между двумя "
     "нашими странами — несокрушимый альянс», — заявил Борич на встрече с президентом Перу.",
     {("state/CHL", "state/PER")}),
    ("Премьер-министр Эстонии Кристен Михал прибыл в Ригу. Михал родился в Финляндии. "
     "«Стратегическое партнёрство наших стран останется прочным», — сказал Михал после "
     "переговоров с премьер-министром Латвии.", {("state/EST", "state/LVA")}),
    ("Президент Египта Абдель Фаттах ас-Сиси прибыл в Анкару. «Отношения между нашими "
     "странами вышли на уровень стратегического партнёрства», — заявил ас-Сиси. Глава "
     "турецкого МИД Хакан Фидан, уроженец Сирии, также участвовал во встрече.",
     {("state/EGY", "state/TUR")}),
    # the host named only by its capital
    ("Президент Чили Габриэль Борич прибыл с визитом в Лиму. Борич родился в Аргентине в 1986 "
     "году. «Альянс между двумя нашими странами — несокрушимый альянс», — заявил Борич.",
     {("state/CHL", "state/PER")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pairs"), CASES)
def test_a_birthplace_is_no_side(read, text, pairs) -> None:
    assert read(text) == pairs


# the document's pair: a birthplace leaves the two sides; a third state told otherwise (a place
# of talks, where one came from) is still counted
PAIRS = [
    ("Президент Чили прибыл в Перу. Он родился в Аргентине.", ("state/CHL", "state/PER")),
    ("Президент Чили прибыл в Перу. Он выходец из Боливии.", ("state/CHL", "state/PER")),
    ("Президент Чили прибыл в Перу. Он провёл переговоры в Аргентине.", ()),
    ("Президент Чили прибыл в Перу из Аргентины.", ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pair"), PAIRS)
def test_the_pair_skips_birthplaces(analyse, text, pair) -> None:
    ctx = analyse(Document(id="t", text=text))
    assert tuple(sorted(main_pair(ctx, only_two=True))) == pair
