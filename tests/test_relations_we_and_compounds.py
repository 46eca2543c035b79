"""Levels a leader tells as "мы" raising the relations, and relations a pronoun takes up from a
compound adjective of the two states. "«Мы повысили отношения до уровня стратегического
партнёрства»" and "мы договорились вывести отношения на уровень …" are the speaker's side
and the other of the report's pair, as "«Мы — стратегические партнёры»" is; "они"/"их"
standing for "чилийско-аргентинские отношения" of the sentence before are those two states'
relations, as for "отношения Чили и Аргентины". A raise under a negated verb whose
infinitive it is ("не стали повышать") is none, and "не перестаём развивать партнёрство"
holds. Must-nots: a raise only wished or ahead, a third state's official's "мы", "они" of
firms, an adjective of one state, a negation elsewhere. Own sentences
about Chile–Argentina, Peru–Bolivia and Kenya–Uganda (fifty-ninth pass, h-relations57)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.context import Context
from kg.extract.relations import extract_relations
from kg.model import Document

SP = "стратегическое партнерство"
CSP = "всеобъемлющее стратегическое партнерство"
ARG_CHL = ("state/ARG", "state/CHL")
LEAD = "Президент Чили Габриэль Борич принял в Сантьяго президента Аргентины Хавьера Милея. "


def _levels(analyse: Callable[..., Context], text: str) -> set[tuple[str, ...]]:
    """(state, state, level, date) of each level kg reads in `text` as of 2026-03-12."""
    found = extract_relations(analyse(Document(id="t", text=text, date="2026-03-12")))
    return {(r.state_a, r.state_b, r.level.replace("ё", "е"), r.date) for r in found}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: "мы" the subject of the verb that raises the relations (were none)
        (LEAD + "«Мы повысили отношения до уровня стратегического партнёрства», — заявил Борич.",
         {(*ARG_CHL, SP, "2026-03-12")}),
        (LEAD + "«Мы договорились вывести отношения на уровень стратегического партнёрства», — "
         "сказал Милей.", {(*ARG_CHL, SP, "2026-03-12")}),
        (LEAD + "«Мы установили стратегическое партнёрство в 2024 году», — напомнил Борич.",
         {(*ARG_CHL, SP, "2024")}),
        # must-nots: wished or ahead, or the "мы" of a third state's official
        (LEAD + "«Мы хотим повысить отношения до уровня стратегического партнёрства», — заявил "
         "Борич.", set()),
        (LEAD + "«Мы повысим отношения до уровня стратегического партнёрства», — заявил Борич.",
         set()),
        (LEAD + "Министр обороны Турции заявил: «Мы повысили отношения до уровня стратегического "
         "партнёрства».", set()),
        # musts: a pronoun taking up relations a compound adjective names (were none)
        (LEAD + "Чилийско-аргентинские отношения развиваются динамично. В 2024 году они были "
         "повышены до уровня стратегического партнёрства.", {(*ARG_CHL, SP, "2024")}),
        (LEAD + "Перуанско-боливийские отношения развиваются динамично. В 2024 году они были "
         "повышены до уровня стратегического партнёрства.",
         {("state/BOL", "state/PER", SP, "2024")}),
        ("Кенийско-угандийские отношения развиваются динамично. Сегодня они носят характер "
         "стратегического партнёрства.", {("state/KEN", "state/UGA", SP, "2026-03-12")}),
        # must-nots: an adjective of one state, firms of two, relations of three
        (LEAD + "Чилийские отношения с регионом развиваются. В 2024 году они были повышены до "
         "уровня стратегического партнёрства.", set()),
        (LEAD + "Чилийско-аргентинские компании развиваются динамично. В 2024 году они вывели "
         "сотрудничество на уровень стратегического партнёрства.", set()),
        (LEAD + "Перуанско-боливийско-эквадорские отношения развиваются. В 2024 году они были "
         "повышены до уровня стратегического партнёрства.", set()),
    ],
)  # fmt: skip
def test_we_and_compound_relations(analyse: Callable[..., Context], text: str, found) -> None:
    assert _levels(analyse, text) == found


def test_a_turn_raising_relations_it_named_by_an_adjective(analyse: Callable[..., Context]) -> None:
    """The host's "мы договорились повысить их" after "чилийско-аргентинские отношения" in a
    statement for the press (was none: the pronoun's relations had no genitive sides)."""
    text = (
        "Заявления для прессы по итогам чилийско-аргентинских переговоров\n\n"
        "Сантьяго, 4 марта 2026 года.\n\n"
        "Габриэль Борич (Президент Чили): Уважаемый господин Президент! Дамы и господа!\n\n"
        "Сегодня мы можем сказать, что чилийско-аргентинские отношения вышли на новый уровень. "
        "Мы договорились повысить их до уровня всеобъемлющего стратегического партнёрства.\n\n"
        "Хавьер Милей (Президент Аргентины): Благодарю за тёплый приём.\n"
    )
    assert _levels(analyse, text) == {(*ARG_CHL, CSP, "2026-03-12")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: a raise under a negated verb whose infinitive it is (was the level)
        (LEAD + "Чили и Аргентина не стали повышать отношения до уровня стратегического "
         "партнёрства.", set()),
        (LEAD + "«Мы не стали повышать наши отношения до уровня стратегического партнёрства», — "
         "заявил Борич.", set()),
        # must: a negated word of cutting over an infinitive goes on (was none)
        (LEAD + "«Мы не перестаём развивать стратегическое партнёрство», — заявил Борич.",
         {(*ARG_CHL, SP, "2026-03-12")}),
        # must-nots: the raise itself, and a negation elsewhere in the sentence
        (LEAD + "Чили и Аргентина стали повышать отношения до уровня стратегического "
         "партнёрства.", {(*ARG_CHL, SP, "2026-03-12")}),
        (LEAD + "Чили и Аргентина, не дожидаясь саммита, повысили отношения до уровня "
         "стратегического партнёрства.", {(*ARG_CHL, SP, "2026-03-12")}),
    ],
)  # fmt: skip
def test_a_raise_a_negated_verb_governs(analyse: Callable[..., Context], text: str, found) -> None:
    assert _levels(analyse, text) == found
