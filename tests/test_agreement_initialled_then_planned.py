"""A paper told initialled stays `negotiating` when the text goes on to tell its signing
meant or planned: "Сербия и Косово парафировали текст соглашения … Стороны планируют
подписать документ в следующем году" was `planned`, as talks followed by a signing are
(`fact_building._status`); initialling agrees the text and signs nothing, and the contract
has no status of its own for it, so the nearest, `negotiating`, stays. Must-nots: a paper
only planned, or prepared and then planned, stays `planned`. Own sentences about
Serbia–Kosovo, Thailand–Cambodia, Armenia–Azerbaijan, Kenya–Uganda (seventy-second pass,
h-agreements91)."""

from __future__ import annotations

import pytest
from agreement_runs import KEN_UGA, dated_rows

DAY = "2025-06-06"
KHM_THA = ("state/KHM", "state/THA")

CASES = [
    ("Сербия и Косово парафировали текст соглашения о нормализации отношений. Стороны "
     "планируют подписать документ в следующем году.",
     {("Соглашение о нормализации отношений", "negotiating", "2026",
       ("state/SRB", "state/XKX"))}),
    ("Таиланд и Камбоджа парафировали соглашение о границе. Подписание документа "
     "запланировано на октябрь.",
     {("Соглашение о границе", "negotiating", "", KHM_THA)}),
    ("Армения и Азербайджан парафировали текст мирного соглашения в Вашингтоне. Стороны "
     "намерены подписать его после изменения конституции Армении.",
     {("Мирное соглашение между Азербайджаном и Арменией", "negotiating", "",
       ("state/ARM", "state/AZE"))}),
    # must-nots: planned alone, or prepared and then planned, stays planned
    ("Кения и Уганда планируют подписать соглашение о торговле в марте.",
     {("Соглашение о торговле", "planned", "2026-03", KEN_UGA)}),
    ("Таиланд и Камбоджа подготовили соглашение о границе. Подписание документа "
     "запланировано на октябрь.",
     {("Соглашение о границе", "planned", "", KHM_THA)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_an_initialled_paper_stays_negotiating(analyse, text: str, rows: set) -> None:
    assert dated_rows(analyse, text, DAY) == rows
