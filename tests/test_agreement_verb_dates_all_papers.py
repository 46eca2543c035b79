"""Every paper of one signing verb takes the date that verb governs, whichever paper's words
the parse hangs it on: "Министры Кении и Уганды подписали соглашение о газе 9 июня, а также
меморандум об энергетике" left the memorandum undated (the date hung on the first title's
topic), "… соглашение о рыболовстве и меморандум о науке 11 июля 2024 года" the agreement
(the date hung on the last). Must-nots: a gapped clause's own date, a paper signed "позже",
a paper's own "от" date, a plan, an undated signing. Own sentences about Kenya–Uganda,
Egypt–Jordan, Chile–Peru (seventy-second pass, h-agreements91)."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, EGY_JOR, KEN_UGA, dated_rows

DAY = "2025-09-04"

CASES = [
    # musts: the date after the first title dates the papers after it too
    ("Министры Кении и Уганды подписали соглашение о газе 9 июня, а также меморандум об "
     "энергетике и программу обмена.",
     {("Соглашение о газе", "signed", "2025-06-09", KEN_UGA),
      ("Меморандум об энергетике", "signed", "2025-06-09", KEN_UGA),
      ("Программа обмена", "signed", "2025-06-09", KEN_UGA)}),
    # the date after the last paper dates the first too
    ("Министры Египта и Иордании подписали соглашение о рыболовстве и меморандум о науке 11 июля "
     "2024 года.",
     {("Соглашение о рыболовстве", "signed", "2024-07-11", EGY_JOR),
      ("Меморандум о науке", "signed", "2024-07-11", EGY_JOR)}),
    ("Чили и Перу подписали протокол о таможне, меморандум о туризме и соглашение о "
     "транзите 14 мая 2025 года.",
     {("Протокол о таможне", "signed", "2025-05-14", CHL_PER),
      ("Меморандум о туризме", "signed", "2025-05-14", CHL_PER),
      ("Соглашение о транзите", "signed", "2025-05-14", CHL_PER)}),
    # a date before the verb or between it and the papers did already
    ("Министры Египта и Иордании подписали 3 марта соглашение о торговле, а также "
     "меморандум о туризме.",
     {("Соглашение о торговле", "signed", "2025-03-03", EGY_JOR),
      ("Меморандум о туризме", "signed", "2025-03-03", EGY_JOR)}),
    ("7 мая Кения и Уганда подписали соглашение о туризме, меморандум о культуре и "
     "протокол о связи.",
     {("Соглашение о туризме", "signed", "2025-05-07", KEN_UGA),
      ("Меморандум о культуре", "signed", "2025-05-07", KEN_UGA),
      ("Протокол о связи", "signed", "2025-05-07", KEN_UGA)}),
    # must-not: a gapped clause's own date stays its own
    ("Кения и Уганда подписали соглашение о газе 9 июня, а в августе — меморандум об "
     "энергетике.",
     {("Соглашение о газе", "signed", "2025-06-09", KEN_UGA),
      ("Меморандум об энергетике", "signed", "2025-08", KEN_UGA)}),
    # must-not: a paper signed later is signed neither then nor by that verb
    ("Чили и Перу подписали соглашение о транзите 12 мая, а меморандум о туризме — позже.",
     {("Соглашение о транзите", "signed", "2025-05-12", CHL_PER),
      ("Меморандум о туризме", "signed", "", CHL_PER)}),
    # must-not: a plan stays a plan, an undated signing undated
    ("Кения и Уганда планируют подписать соглашение о торговле в марте и меморандум о "
     "туризме.",
     {("Соглашение о торговле", "planned", "2026-03", KEN_UGA),
      ("Меморандум о туризме", "planned", "2026-03", KEN_UGA)}),
    ("Египет и Иордания подписали соглашение о торговле, а также меморандум о туризме.",
     {("Соглашение о торговле", "signed", "", EGY_JOR),
      ("Меморандум о туризме", "signed", "", EGY_JOR)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_every_paper_of_a_verb_takes_its_date(analyse, text: str, rows: set[tuple]) -> None:
    assert dated_rows(analyse, text, DAY) == rows
