"""The head of a delegation serves its state: "Марокканскую делегацию возглавлял министр X"
(the delegation a verb of leading takes, named by its state's adjective or genitive), and
"…, тунисскую — министр Y", "…, а делегацию Перу — министр Z" (the clause that leaves the
verb out, and the delegation too).
Must-nots: a delegation another verb takes ("Делегацию Вьетнама встретил министр X": the
host), a word of no state in the elided clause. Own sentences about Morocco–Tunisia,
Thailand–Vietnam, Chile–Peru (sixtieth pass, h-names130)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

TALKS = "В Рабате прошли переговоры Марокко и Туниса. "
BANGKOK = "В Бангкоке прошли переговоры Таиланда и Вьетнама. "

CASES = [
    (TALKS + "Марокканскую делегацию возглавлял министр иностранных дел Карим Беннани, "
     "тунисскую — министр торговли Мунир Хаддад.", {
         "Беннани": {("министр иностранных дел", "state/MAR")},
         "Хаддад": {("министр торговли", "state/TUN")}}),
    (BANGKOK + "Делегацию Вьетнама возглавил министр промышленности Ле Ван Тхань.",
     {"Тхань": {("министр промышленности", "state/VNM")}}),
    ("В Лиме прошли переговоры Чили и Перу. Чилийскую делегацию возглавлял министр обороны "
     "Хуан Перес, перуанскую — премьер-министр и министр обороны Карлос Мендоса.", {
         "Перес": {("министр обороны", "state/CHL")},
         "Мендоса": {("премьер-министр", "state/PER"), ("министр обороны", "state/PER")}}),
    ("В Лиме прошли переговоры Чили и Перу. Делегацию Чили возглавлял министр обороны Хуан "
     "Перес, а делегацию Перу — министр обороны Карлос Мендоса.", {
         "Перес": {("министр обороны", "state/CHL")},
         "Мендоса": {("министр обороны", "state/PER")}}),
    ("В Лиме прошли переговоры Чили и Перу. Чилийскую делегацию возглавлял министр финансов "
     "Марио Эскобар, а перуанскую — министр торговли Луис Кастро.", {
         "Эскобар": {("министр финансов", "state/CHL")},
         "Кастро": {("министр торговли", "state/PER")}}),
    # must not: the delegation's host; the elided clause of a host; no state's word
    (BANGKOK + "Делегацию Вьетнама встретил министр промышленности Ле Ван Тхань.",
     {"Тхань": {("министр промышленности", "")}}),
    (TALKS + "Марокканскую делегацию встретил министр иностранных дел Карим Беннани, "
     "тунисскую — министр торговли Мунир Хаддад.", {
         "Беннани": {("министр иностранных дел", "")},
         "Хаддад": {("министр торговли", "")}}),
    (TALKS + "Марокканскую делегацию возглавлял министр иностранных дел Карим Беннани, "
     "вторую — министр торговли Мунир Хаддад.", {
         "Беннани": {("министр иностранных дел", "state/MAR")},
         "Хаддад": {("министр торговли", "")}}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_delegation_head_state(extraction_of, text: str, expected) -> None:  # noqa: ANN001
    ex = extraction_of(text, "2025-03-12", "offices")
    for surname, holdings in expected.items():
        assert text_holdings(ex, surname, ("office", "state")) == holdings, surname
