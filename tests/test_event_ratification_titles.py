"""A ratification's label is the paper's title, never the ratifier glued after it ("…
между двумя странами Кенией" read as the title's end); a paper the text leaves unnamed
is told by who ratified it. Own sentences about other pairs of states (h-agreements37)."""

from __future__ import annotations

import pytest

DAY = "2025-06-05"

# (text, the label of its one ratification)
RATIFIED = [
    ("Соглашение о делимитации морской границы между двумя странами было подписано в 1999 "
     "году и ратифицировано парламентом Кении лишь в 2019 году.",
     "Ратификация соглашения о делимитации морской границы"),
    ("Соглашение о демаркации сухопутной границы между Чили и Боливией ратифицировано "
     "сенатом Чили в 2010 году.",
     "Ратификация соглашения о демаркации сухопутной границы между Чили и Боливией"),
    ("Договор о дружбе был ратифицирован парламентом Лаоса в 2001 году.",
     "Ратификация договора о дружбе"),
    ("Парламент Уганды ратифицировал соглашение о строительстве нефтепровода с Кенией.",
     "Ратификация соглашения о строительстве нефтепровода с Кенией"),
    # must-not: a paper the text leaves unnamed is told by who ratified it
    ("Вьетнам и Лаос подписали договор о границе в 1977 году. Национальное собрание Лаоса "
     "ратифицировало его в 1978 году.", "Ратификация договора Лаосом"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), RATIFIED)
def test_a_ratification_label_is_the_title_without_the_ratifier(extraction_of, text, label):
    read = extraction_of(text, DAY, "events").facts
    assert [e.label for e in read["events"] if e.kind == "Ratification"] == [label]
