"""A dateline's place is read in one place, `place_names.dateline_word`, for a report's
news (`dateline_city`, the first three lines) and a transcript's turns (`Places`): the one
word before the comma of the first line a dateline opens before the limit. Sentences of our
own about other states (fifty-seventh pass, h-twins1)."""

from __future__ import annotations

import pytest

# text, the place's word ("" for none)
TEXTS = [
    ("Встреча министров\nКаир, 12 мая 2026 года — Министры Египта и Иордании провели "
     "переговоры.", "Каир"),
    ("  Амман, 3 июня 2026 года — Министры Иордании и Египта провели переговоры.", "Амман"),
    # must-nots: a place of two words, no dateline, a dateline past the limit
    ("Буэнос-Айрес Сити, 5 мая 2026 года — Министры провели переговоры.", ""),
    ("Министры Египта и Иордании провели переговоры в Каире 12 мая.", ""),
    ("Встреча\nПодзаголовок\nЕщё строка\nКаир, 12 мая 2026 года — Министры встретились.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), TEXTS)
def test_the_datelines_place(nlp, text, word) -> None:
    from kg.extract.events.place_names import dateline_word  # the one reader, new this pass

    doc = nlp(text)
    stop = len(text) if "Ещё" not in text else text.index("Каир")
    found = dateline_word(doc, stop)
    assert (found.text if found is not None else "") == word
