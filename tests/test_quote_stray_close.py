"""A quote resumed after its attribution ends at the first closing mark no opening one in
it matches, also where the first part was closed before the tail ("«A», — сказал X. — B».
Narration": agencies' slip); the narrator's sentence after it is no one's words (quotes35)."""

from __future__ import annotations

import pytest

RUTO = "Президент Кении Уильям Руто прибыл с визитом в Аддис-Абебу. "
OPEN = "Мы откроем границу для свободной торговли"
PARTNER = "Эфиопия остается нашим главным партнером"
AFTER = " Затем кенийский лидер посетил индустриальный парк в пригороде столицы."
LEE = "Президент Южной Кореи Ли Чжэ Мён"
DIALOGUE = "Но диалог с Пхеньяном тоже необходим"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first part closed before the tail: the resumed part ends at its stray mark
        (RUTO + f"«{OPEN}», — сказал Руто. — {PARTNER}».{AFTER}",
         [("Уильям Руто", f"{OPEN}. {PARTNER}")]),
        (RUTO + f'"{OPEN}", — сказал Руто. — {PARTNER}".{AFTER}',
         [("Уильям Руто", f"{OPEN}. {PARTNER}")]),
        (f"«Мы будем добиваться мира вместе с Японией», — заявил {LEE}. — {DIALOGUE}». Глава "
         "государства добавил, что Сеул направит помощь.",
         [("Ли Чжэ Мён", f"Мы будем добиваться мира вместе с Японией. {DIALOGUE}")]),
        # a balanced quotation inside the resumed part does not end it
        (RUTO + f"«{OPEN}», — сказал Руто. — Проект «Новый коридор» будет завершен».{AFTER}",
         [("Уильям Руто", f"{OPEN}. Проект «Новый коридор» будет завершен")]),
        # the usual interrupted quote, one pair of marks around both parts, is unchanged
        (RUTO + f"«{OPEN}, — сказал Руто. — {PARTNER}».{AFTER}",
         [("Уильям Руто", f"{OPEN}. {PARTNER}")]),
    ],
)  # fmt: skip
def test_resumed_speech_ends_at_a_stray_closing_mark(said, text, expected):
    assert said(text) == expected


def test_dash_led_speech_without_marks_runs_to_its_paragraph_end(said):
    """must-not cut: a dash-led reply has no closing mark, its paragraph is the words."""
    text = (
        RUTO + "Журналисты спросили о торговле.\n— Мы откроем границу, — ответил Руто. — "
        "Эфиопия остается нашим главным партнером, и торговля вырастет вдвое."
    )
    assert said(text) == [
        (
            "Уильям Руто",
            "Мы откроем границу. Эфиопия остается нашим главным партнером, и торговля "
            "вырастет вдвое.",
        )
    ]
