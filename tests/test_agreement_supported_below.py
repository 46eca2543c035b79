"""A state one genitive below a topic of standing by a state ("о признании независимости
X", "о поддержке территориальной целостности X", "о поддержке усилий X") is what the paper
is about, kept in its title and no party. Must-nots: any other noun under the topic ("о
поддержке экспорта X", "о признании дипломов X") keeps X a side. Sentences of our own about
other pairs (h-agreements57)."""

from __future__ import annotations

import pytest

CHL_PER = ("state/CHL", "state/PER")
KEN_UGA = ("state/KEN", "state/UGA")


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Чили и Перу приняли совместное заявление о поддержке суверенитета Боливии.",
         {("Совместное заявление о поддержке суверенитета Боливии", CHL_PER)}),
        ("Кения и Уганда подписали декларацию о признании независимости Южного Судана.",
         {("Декларация о признании независимости Южного Судана", KEN_UGA)}),
        ("Кения и Уганда подписали декларацию о поддержке территориальной целостности "
         "Сомали.",
         {("Декларация о поддержке территориальной целостности Сомали", KEN_UGA)}),
        ("Кения и Уганда подписали декларацию о поддержке усилий Эфиопии по урегулированию.",
         {("Декларация о поддержке усилий Эфиопии по урегулированию", KEN_UGA)}),
        # must-nots: another noun under the topic keeps its state a side
        ("Чили и Перу подписали соглашение о поддержке экспорта Перу в Чили.",
         {("Соглашение о поддержке экспорта Перу", CHL_PER)}),
        ("Чили и Перу подписали соглашение о признании дипломов Боливии.",
         {("Соглашение о признании дипломов Боливии", ("state/BOL", *CHL_PER))}),
    ],
)  # fmt: skip
def test_supported_state_below_is_no_party(titled_papers, text, papers):
    assert titled_papers(text) == papers
