"""A date of deciding to sign is not the paper's (sixty-first pass, h-agreements69).

"X и Y решили в 2024 году подписать соглашение о …": the parser hangs the year on the
infinitive, so the planned paper was dated 2024 while its Signing event (h-events204) was
undated. A date before the document's that stands between a verb of deciding or agreeing
and its infinitive is the decision's (`dates._of_a_decision`). Must-nots: a date after the
infinitive, one still ahead, one under a modal ("должны в мае подписать") and a passive
signing's own year stay the paper's.

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, KEN_TZA, KEN_UGA, SRB_HUN, dated_rows

DAY = "2026-03-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кения и Уганда решили в 2024 году подписать соглашение о туризме.",
         ("Соглашение о туризме", "planned", "", KEN_UGA)),
        ("Министры Сербии и Венгрии решили в прошлом году заключить договор о дружбе.",
         ("Договор о дружбе", "planned", "", SRB_HUN)),
        ("Правительства Кении и Танзании решили в 2023 году подписать меморандум о "
         "строительстве дороги.",
         ("Меморандум о строительстве дороги", "planned", "", KEN_TZA)),
        # must-nots: the signing's own date
        ("Кения и Уганда решили подписать соглашение о туризме в мае.",
         ("Соглашение о туризме", "planned", "2026-05", KEN_UGA)),
        ("Кения и Уганда решили в мае подписать соглашение о туризме.",
         ("Соглашение о туризме", "planned", "2026-05", KEN_UGA)),
        ("Кения и Уганда должны в мае подписать соглашение о туризме.",
         ("Соглашение о туризме", "planned", "2026-05", KEN_UGA)),
        ("Соглашение о туризме между Кенией и Угандой подписано в 2024 году.",
         ("Соглашение о туризме между Кенией и Угандой", "signed", "2024", KEN_UGA)),
        ("Чили и Перу в 2024 году подписали соглашение о рыболовстве.",
         ("Соглашение о рыболовстве", "signed", "2024", CHL_PER)),
    ],
)  # fmt: skip
def test_a_decision_dates_no_paper(analyse, text, expected):
    assert dated_rows(analyse, text, DAY) == {expected}
