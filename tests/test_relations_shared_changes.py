"""Changes of relations told by a second verb that shares them, and bare "Отношения" of the
report's pair; sixty-fourth pass (h-claims115).

"Отношения … были заморожены в 2019 году, а в 2026 году восстановлены" gave the freeze only:
the restoration whose verb is coordinated with the freeze's, with no subject or object of
its own, is a change of the same relations, dated by its own clause
(`changes.shared_changes`, `history.verbs_own_date`), also where the parser hangs the second
clause as "advcl" or "parataxis". Must-nots: a second verb negated, of its own subject,
or only planned. "Отношения были поставлены на паузу" in a sentence that names no side gave
no row: relations that name no one whose they are stand for the report's pair, as "Стороны"
do (`sides._unowned`); not relations of companies, nor where an official of a third state
speaks. Own sentences about Morocco–Algeria, Iran–Saudi Arabia, Egypt–Qatar, Peru–Chile,
Cuba–Mexico, Colombia–Venezuela, Peru–Bolivia, Chile–Argentina."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

DAY = "2026-11-20"
MAR_DZA = ("state/DZA", "state/MAR")
EGY_QAT = ("state/EGY", "state/QAT")
FREEZE = "заморозка отношений"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts (the second change was missed)
        ("Отношения между Марокко и Алжиром были заморожены в 2019 году, а в 2026 году "
         "восстановлены.",
         {(*MAR_DZA, FREEZE, "2019"), (*MAR_DZA, "восстановление отношений", "2026")}),
        ("Марокко и Алжир заморозили отношения в 2019 году, а в 2026 году восстановили.",
         {(*MAR_DZA, FREEZE, "2019"), (*MAR_DZA, "восстановление отношений", "2026")}),
        ("Отношения Египта и Катара ухудшились в 2017 году, а в 2021 году нормализовались.",
         {(*EGY_QAT, "ухудшение отношений", "2017"),
          (*EGY_QAT, "нормализация отношений", "2021")}),
        # the restoration's own date, not the nearer cut's; the cut it undoes is background
        ("Дипломатические отношения Ирана и Саудовской Аравии были разорваны в 2016 году и "
         "восстановлены в 2023 году.",
         {("state/IRN", "state/SAU", "восстановление дипломатических отношений", "2023")}),
        # must-nots: negated, of its own subject, only planned
        ("Отношения Перу и Чили были заморожены в 2020 году, но не восстановлены.",
         {("state/CHL", "state/PER", FREEZE, "2020")}),
        ("Отношения Кубы и Мексики были заморожены в 2020 году, а посольство восстановлено в "
         "2021 году.", {("state/CUB", "state/MEX", FREEZE, "2020")}),
        ("Отношения Бельгии и Непала были заморожены в 2020 году, а затем стороны планируют "
         "восстановить их.", {("state/BEL", "state/NPL", FREEZE, "2020")}),
    ],
)  # fmt: skip
def test_relations_shared_changes(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts (were none)
        ("Колумбия и Венесуэла провели переговоры. Отношения были поставлены на паузу в 2024 "
         "году.", {("state/COL", "state/VEN", FREEZE, "2024")}),
        ("Глава МИД Перу посетил Боливию. Отношения ухудшились в 2024 году.",
         {("state/BOL", "state/PER", "ухудшение отношений", "2024")}),
        # must-nots: relations of someone else, a third state's official speaking, no pair
        ("Чили и Аргентина провели переговоры. Отношения между компаниями ухудшились.", set()),
        ("Чили и Аргентина провели переговоры. Отношения ухудшились, заявил министр Бразилии.",
         set()),
        ("Новости спорта. Отношения ухудшились.", set()),
    ],
)  # fmt: skip
def test_relations_unowned_pair(analyse, text, found):
    assert dated_rows(analyse, text, DAY) == found
