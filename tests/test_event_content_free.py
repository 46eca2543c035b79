"""A gathering told by its bare noun only as whose day or place is still to be set, with no
one taking part and no place ("Дата церемонии будет установлена позднее"), is no event
(pass forty-third, h-events107); a bare one told held, a named one, one held somewhere or
with anyone, and a paper published, whole by its paper ("Соответствующий указ опубликован
на портале"), stay. Sentences of our own about other states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

SILENT = [
    ("Певец скончался в Лондоне 10 января. Дата церемонии будет установлена позднее.",
     "Ceremony"),
    ("Место саммита будет определено позднее.", "Summit"),
]  # fmt: skip

# text → kind, label
KEPT = [
    ("Торжественная церемония открытия моста прошла в Лиме.", "Ceremony",
     "Торжественная церемония открытия моста"),
    ("Церемония прошла в Лиме.", "Ceremony", "Церемония"),
    ("В церемонии приняли участие президенты Чили и Перу.", "Ceremony", "Церемония"),
    ("Церемония прошла 5 мая.", "Ceremony", "Церемония"),
    ("Дата церемонии открытия моста Лима — Сантьяго будет установлена позднее.", "Ceremony",
     "Церемония открытия моста Лима — Сантьяго"),
    # "соответствующий" points back: no word of a label (sixty-second pass, h-agreements74)
    ("Соответствующий указ опубликован сегодня на правовом портале.", "Publication",
     "Публикация указа"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), SILENT)
def test_content_free_gathering_is_none(events, text: str, kind: str) -> None:
    assert not of_kind(events(text), kind)


@pytest.mark.parametrize(("text", "kind", "label"), KEPT)
def test_gathering_with_content_stays(events, text: str, kind: str, label: str) -> None:
    (event,) = of_kind(events(text), kind)
    assert event.label == label
