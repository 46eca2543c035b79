"""A state after a situation a title names is the place of its topic (relations30): "о
прекращении огня в Ливии", "об урегулировании конфликта в Судане" keep the state in the
title, as a key word of its own, and make it no side; two ceasefires of one document in two
states are two papers. After any other noun ("о сотрудничестве в Египте") or a capital ("о
прекращении огня в Москве") the place is where the paper was signed, no title word, as
before, and so is a place after the topic's ("в Сирии в Сочи"). Sentences of our own about
Libya, Sudan, Somalia, Syria, Cyprus, Chile, Peru, Egypt, Armenia and Azerbaijan, with
must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def papers(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, sorted party names) of each agreement kg reads."""

    def read(text: str) -> set[tuple[str, tuple[str, ...]]]:
        ctx = analyse(Document(id="t", text=text, date="2025-04-02"))
        return {
            (a.title, tuple(sorted(ctx.entities[p].name for p in a.parties)))
            for a in extract_agreements(ctx)
        }

    return read


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the state a situation is in stays in the title, and is no side
        ("Представитель Египта отказался подписывать соглашение о прекращении политического "
         "кризиса в Ливии.", {("Соглашение о прекращении политического кризиса в Ливии", ())}),
        ("Представители Катара и Египта подписали соглашение об урегулировании конфликта в "
         "Судане.", {("Соглашение об урегулировании конфликта в Судане", ("Египет", "Катар"))}),
        ("Кения и Уганда подписали соглашение о стабилизации обстановки в Сомали в Найроби.",
         {("Соглашение о стабилизации обстановки в Сомали", ("Кения", "Уганда"))}),
        ("Турция и Россия подписали соглашение о прекращении огня в Сирии 5 марта.",
         {("Соглашение о прекращении огня в Сирии", ("Россия", "Турция"))}),
        # "на" a state too; a place after the topic's is where it was signed
        ("Великобритания и Греция поддержали соглашение об урегулировании конфликта на "
         "Кипре.", {("Соглашение об урегулировании конфликта на Кипре", ())}),
        ("Турция и Иран подписали соглашение о прекращении огня в Сирии в Сочи.",
         {("Соглашение о прекращении огня в Сирии", ("Иран", "Турция"))}),
        # two ceasefires in two states are two papers, whatever the second verb
        ("Турция и Россия подписали соглашение о прекращении огня в Сирии. Египет и ОАЭ "
         "подписали соглашение о прекращении огня в Ливии.",
         {("Соглашение о прекращении огня в Сирии", ("Россия", "Турция")),
          ("Соглашение о прекращении огня в Ливии", ("Египет", "Объединённые Арабские Эмираты"))}),
        ("Турция и Россия подписали соглашение о прекращении огня в Сирии. Через месяц Египет "
         "и ОАЭ поддержали соглашение о прекращении огня в Ливии.",
         {("Соглашение о прекращении огня в Сирии", ("Россия", "Турция")),
          ("Соглашение о прекращении огня в Ливии", ())}),
        # must not: a capital, or a state after a noun of no situation, is where it was
        # signed; a bare later reference is still the paper named before
        ("Армения и Азербайджан подписали соглашение о прекращении огня в Москве.",
         {("Соглашение о прекращении огня", ("Азербайджан", "Армения"))}),
        ("Египет и Иордания подписали соглашение о сотрудничестве в Египте.",
         {("Соглашение о сотрудничестве", ("Египет", "Иордания"))}),
        ("Чили и Перу подписали соглашение о сотрудничестве в сфере безопасности в Перу.",
         {("Соглашение о сотрудничестве в сфере безопасности", ("Перу", "Чили"))}),
        ("Турция и Россия подписали соглашение о прекращении огня в Сирии. Соглашение о "
         "прекращении огня вступило в силу в полночь.",
         {("Соглашение о прекращении огня в Сирии", ("Россия", "Турция"))}),
    ],
)  # fmt: skip
def test_a_state_a_situation_is_in_is_the_topics_place(papers, text, found):
    assert papers(text) == found
