"""One spelling of "ё" per relation level. A level's key is made of lemmas, which fold "ё" to
"е", but its label kept the text's spelling: "напряжённые отношения" in one text and
"напряженные отношения" (the lexicon's adjective, for "напряжены") in another were one node
with two labels. Every level is now spelt with "е", as the lexicon and the gold write it.
Must-nots: labels with no "ё" stay as they were; an agreement's title and an event's label
keep the text's spelling. Own sentences about Serbia–Kosovo, Chile–Peru, India–UAE,
Brazil–Argentina, India–Pakistan, Greece–Cyprus, Egypt–Indonesia (sixty-first pass,
h-relations59)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.agreements import read_agreements
from kg.extract.context import Context
from kg.extract.events import Event
from kg.extract.relations import RelationLevel, extract_relations
from kg.model import Document

TENSE = "напряженные отношения"


def _found(analyse: Callable[..., Context], text: str, doc: str = "t") -> list[RelationLevel]:
    """The levels kg reads in `text` as one document of 2026-03-12, labels as kg writes them."""
    return extract_relations(analyse(Document(id=doc, text=text, date="2026-03-12")))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: a level the text spells with "ё" (was that spelling)
        ("Между Сербией и Косово сохраняются напряжённые отношения.",
         {("state/SRB", "state/XKX", TENSE)}),
        ("Отношения Чили и Перу остаются напряжёнными.", {("state/CHL", "state/PER", TENSE)}),
        ("Греция и Кипр являются стратегическими партнёрами.",
         {("state/CYP", "state/GRC", "стратегическое партнерство")}),
        ("Индия и ОАЭ установили углублённое стратегическое партнёрство.",
         {("state/ARE", "state/IND", "углубленное стратегическое партнерство")}),
        ("Бразилия и Аргентина вышли на уровень всеобъемлющего стратегического партнёрства.",
         {("state/ARG", "state/BRA", "всеобъемлющее стратегическое партнерство")}),
        ("Египет и Индонезия подписали Декларацию о всестороннем стратегическом партнёрстве.",
         {("state/EGY", "state/IDN", "всестороннее стратегическое партнерство")}),
        # must-nots: labels with no "ё" are as they were
        ("Отношения Индии и Пакистана напряжены.", {("state/IND", "state/PAK", TENSE)}),
        ("Бразилия и Аргентина являются стратегическими партнерами.",
         {("state/ARG", "state/BRA", "стратегическое партнерство")}),
        ("Греция и Кипр являются союзниками.", {("state/CYP", "state/GRC", "союзничество")}),
        ("Куба не поддерживает дипломатических отношений с Израилем.",
         {("state/CUB", "state/ISR", "нет дипломатических отношений")}),
        ("Отношения Греции и Турции находятся на подъёме.",
         {("state/GRC", "state/TUR", "подъем отношений")}),
        ("Отношения Египта и Индонезии носят стратегический характер.",
         {("state/EGY", "state/IDN", "стратегические отношения")}),
    ],
)  # fmt: skip
def test_a_level_is_spelt_with_e(
    analyse: Callable[..., Context], text: str, found: set[tuple[str, str, str]]
) -> None:
    assert {(r.state_a, r.state_b, r.level) for r in _found(analyse, text)} == found


def test_one_level_of_two_texts_has_one_label(analyse: Callable[..., Context]) -> None:
    """ "напряжённые отношения" in one text and "напряжены" in another are one key and, now,
    one label (the store kept both labels on the one node)."""
    first = _found(analyse, "Отношения Индии и Пакистана остаются напряжёнными.", "a")
    second = _found(analyse, "Отношения Индии и Пакистана напряжены.", "b")
    assert [(r.key, r.level) for r in first] == [(r.key, r.level) for r in second]
    assert first[0].level == TENSE


def test_one_level_of_two_sentences_is_spelt_with_e(analyse: Callable[..., Context]) -> None:
    """Within one text the first spelling read used to name the fused level."""
    text = ("Между Сербией и Косово сохраняются напряжённые отношения. Отношения Сербии и "
            "Косово напряжены.")  # fmt: skip
    assert [r.level for r in _found(analyse, text)] == [TENSE]


def test_titles_and_event_labels_keep_the_texts_spelling(
    analyse: Callable[..., Context], events: Callable[..., list[Event]]
) -> None:
    """Must-not: a title is the text's, "ё" and all (the contract asks no folding there)."""
    text = "Египет и Индонезия подписали Декларацию о всестороннем стратегическом партнёрстве."
    ctx = analyse(Document(id="t", text=text, date="2026-03-12"))
    titles = {a.title for a in read_agreements(ctx).facts}
    assert titles == {"Декларация о всестороннем стратегическом партнёрстве"}
    labels = {e.label for e in events(text, "2026-03-12")}
    assert "Подписание Декларации о всестороннем стратегическом партнёрстве" in labels
