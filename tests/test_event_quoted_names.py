"""A gathering's quoted name is its label's whole, to the closing quote mark, whatever
punctuation it holds ("форум «Африка — Индия: новые горизонты»"); what follows the closing
mark is not. Names of our own choosing."""

from __future__ import annotations

import pytest

CASES = [
    ("Президент Кении открыл форум «Африка – Индия: новые горизонты» в Найроби.",
     "Форум «Африка – Индия: новые горизонты»"),
    ("Президент Кении открыл форум «Африка — Индия: новые горизонты».",
     "Форум «Африка — Индия: новые горизонты»"),
    ("Премьер-министр Индии выступил на форуме «Индия – Африка» в Найроби.",
     "Форум «Индия – Африка»"),
    # must not: words after the closing mark
    ("Президент Кении выступил на форуме «Африка — Индия»: он призвал к торговле.",
     "Форум «Африка — Индия»"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), CASES)
def test_a_quoted_name_is_whole_in_the_label(events, text: str, label: str) -> None:
    (forum,) = [e for e in events(text) if e.kind == "Forum"]
    assert forum.label == label


@pytest.mark.parametrize(
    "works",
    [
        "«Встреча в Осло», «Прощание» и «Зимний сад»",
        "«Зимний сад» и «Встреча в Осло»",
    ],
)
def test_a_trigger_in_listed_quoted_names_tells_no_event(events, works: str) -> None:
    # must not: a quotation of words stands alone and tells its meeting
    text = (
        f"Известность актёру Ивану Петрову принесли {works}. "
        "Президент Финляндии заявил: «Встреча с премьером Швеции прошла успешно»."
    )
    (meeting,) = [e for e in events(text) if e.kind == "Meeting"]
    assert "state/SWE" in meeting.participants
    assert meeting.location != "Осло"
