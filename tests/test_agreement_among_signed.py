"""A verbless sentence that opens "Среди подписанных (…) документов — X" names the papers
signed (so does "Среди документов, подписанных …, — X"): each paper after the dash is
signed, by the pair of the sentence before, and a Signing signs them, on the day and at
the place of the one-day talks told right before ("Президенты Сербии и Венгрии провели
переговоры в Белграде 12 ноября. Среди подписанных документов — соглашение о …"). Before,
the paper was signed but undated and no Signing was read, and with "по итогам переговоров"
inside, the talks made it negotiating with no sides. Own sentences about other pairs of
states (sixty-fifth pass, h-agreements82). Must-nots: a participle of discussing, and a
sentence with a verb of its own."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2026-11-20"
SH, CS, AG = ["state/HUN", "state/SRB"], ["state/CZE", "state/SVK"], ["state/ARM", "state/GEO"]

# (text, the papers read: (title, status, date, sides), the Signing's (date, place) or None)
AMONG = [
    ("Президенты Сербии и Венгрии провели переговоры в Белграде 12 ноября. Среди подписанных "
     "документов — соглашение о сотрудничестве в области связи.",
     [("Соглашение о сотрудничестве в области связи", "signed", "2026-11-12", SH)],
     ("2026-11-12", "Белград")),
    ("Президенты Сербии и Венгрии провели переговоры в Белграде 12 ноября. Среди подписанных по "
     "итогам переговоров документов — соглашение о сотрудничестве в области связи и меморандум "
     "о туризме.",
     [("Меморандум о туризме", "signed", "2026-11-12", SH),
      ("Соглашение о сотрудничестве в области связи", "signed", "2026-11-12", SH)],
     ("2026-11-12", "Белград")),
    ("Премьеры Чехии и Словакии встретились в Праге. Среди заключённых в Праге соглашений — "
     "договор о правовой помощи.",
     [("Договор о правовой помощи", "signed", DAY, CS)],
     (DAY, "Прага")),
    # the participle after its noun: "Среди документов, подписанных …, — X"
    ("Президенты Сербии и Венгрии провели переговоры в Белграде 12 ноября. Среди документов, "
     "подписанных по итогам переговоров, — соглашение о сотрудничестве в области связи.",
     [("Соглашение о сотрудничестве в области связи", "signed", "2026-11-12", SH)],
     ("2026-11-12", "Белград")),
    ("Премьеры Чехии и Словакии встретились в Праге. Среди соглашений, заключённых в Праге, — "
     "договор о правовой помощи и меморандум о туризме.",
     [("Договор о правовой помощи", "signed", DAY, CS),
      ("Меморандум о туризме", "signed", DAY, CS)],
     (DAY, "Прага")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "papers", "signing"), AMONG)
def test_papers_after_the_dash_of_among_signed_are_signed(
    extraction_of, text, papers, signing
) -> None:
    read = extraction_of(text, DAY, "events").facts
    found = sorted((a.title, a.status, a.date, sorted(a.parties)) for a in read["agreements"])
    assert found == [(t, s, d, sides) for t, s, d, sides in papers]
    (event,) = of_kind(read["events"], "Signing")
    assert (event.date, event.location) == signing
    assert sorted(event.signs) == sorted(a.key for a in read["agreements"])


# must-nots: papers discussed, not signed; a sentence whose own verb tells what was done
NOT_SIGNED = [
    "Президенты Сербии и Венгрии провели переговоры. Среди обсуждавшихся документов — "
    "соглашение о сотрудничестве в области связи.",
    "Президенты Сербии и Венгрии провели переговоры. Среди документов, обсуждавшихся на "
    "переговорах, — соглашение о сотрудничестве в области связи.",
    "Главы МИД Армении и Грузии встретились в Тбилиси. Среди подписанных ранее документов "
    "стороны особо отметили программу сотрудничества в сфере культуры.",
]


@pytest.mark.parametrize("text", NOT_SIGNED)
def test_no_signing_where_no_participle_opens_the_dash_list(extraction_of, text) -> None:
    read = extraction_of(text, DAY, "events").facts
    assert of_kind(read["events"], "Signing") == []
    assert all(a.status != "signed" for a in read["agreements"])
