"""Words natasha tags as an organization that name no one body: a plural of a kind of body
with a state's genitive or an adjective is a group of bodies ("Правящие партии Эстонии"),
not a body's name. Named bodies stay ("Партия регионов", "Клуб любителей истории").
Own sentences about Estonia, Moldova, Sweden, Ukraine, Belarus, Norway."""

from __future__ import annotations

from pathlib import Path

from gazetteer_runs import organization_names

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"

CASES = [
    ("Правящие партии Эстонии подписали коалиционное соглашение.", []),
    ("Оппозиционные партии Молдавии провели митинг в Кишиневе.", []),
    ("Крупные банки Швеции повысили ставки, сообщил премьер Норвегии.", []),
    # must not: a body's own name, a singular kind with its name after it
    ("Партия регионов выиграла выборы на Украине.", [("Партия регионов", "Партия регионов")]),
    ("Клуб любителей истории провел встречу в Белоруссии.",
     [("Клуб любителей истории", "Клуб любителей истории")]),
    ("Ассоциация пенсионных фондов Латвии выступила против реформы.",
     [("Ассоциация пенсионных фондов Латвии", "Ассоциация пенсионных фондов Латвии")]),
    ("Вооруженные силы Норвегии провели учения.",
     [("Вооруженные силы Норвегии", "Вооруженные силы Норвегии")]),
]  # fmt: skip


def test_a_plural_of_a_kind_of_body_names_no_body(tmp_path: Path) -> None:
    got = organization_names(tmp_path, ROWS, [text for text, _ in CASES])
    assert got == dict(CASES)
