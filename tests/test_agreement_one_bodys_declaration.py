"""A declaration one state's body or its members adopt ("Депутаты парламента Иордании
приняли декларацию о поддержке Египта", "Национальное собрание Кении приняло …") is that
state's own act: the state its topic names is no party, and no other side is completed.
Must-nots: bodies of two states ("Парламенты Египта и Иордании приняли совместную
декларацию"), states themselves ("Иордания и Египет приняли декларацию о …"), a title that
names its two sides ("… между Чили и Перу"), a body's "совместная декларация с парламентом
…": both sides kept. Sentences of our own about other pairs (h-agreements52)."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER

EGY_JOR = ("state/EGY", "state/JOR")


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        ("Депутаты парламента Иордании приняли декларацию о поддержке Египта.",
         {("Декларация о поддержке Египта", ("state/JOR",))}),
        ("Парламент Иордании принял декларацию о поддержке Египта.",
         {("Декларация о поддержке Египта", ("state/JOR",))}),
        ("Национальное собрание Кении приняло декларацию о поддержке Уганды.",
         {("Декларация о поддержке Уганды", ("state/KEN",))}),
        ("Министры Чили и Перу провели переговоры в Лиме. Сенат Чили одобрил декларацию о "
         "поддержке Перу.",
         {("Декларация о поддержке Перу", ("state/CHL",))}),
        # must-nots: two states' bodies, the states themselves, sides the title names, a
        # joint one "с" another body
        ("Парламенты Египта и Иордании приняли совместную декларацию.",
         {("Совместная декларация", EGY_JOR)}),
        ("Иордания и Египет приняли декларацию о сотрудничестве.",
         {("Декларация о сотрудничестве", EGY_JOR)}),
        ("Сенат Чили одобрил декларацию о стратегическом партнёрстве между Чили и Перу.",
         {("Декларация о стратегическом партнёрстве между Чили и Перу", CHL_PER)}),
        ("Парламент Иордании принял совместную декларацию с парламентом Египта.",
         {("Совместная декларация", EGY_JOR)}),
    ],
)  # fmt: skip
def test_one_bodys_declaration_is_its_states(titled_papers, text, papers):
    assert titled_papers(text) == papers
