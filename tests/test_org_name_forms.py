"""An organization's span and name as the text gives them: a singular noun for the person
who speaks for it is no word of the name ("Представитель НИИ им. Отта заявил"), and an
adjective of the name in an oblique case keeps its own variant in the nominative ("Высшей
школы" → "Высшая школа", not pymorphy3's "Высочайшая"). Own sentences about Estonia,
Finland, Lithuania, Moldova–Romania, Belarus, Denmark–Norway, Latvia–Lithuania (orgs31)."""

from __future__ import annotations

from pathlib import Path

from gazetteer_runs import organization_names

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"

CASES = [
    ("Представитель НИИ им. Отта заявил, что роженица из Эстонии здорова.",
     [("НИИ им. Отта", "НИИ им. Отта")]),
    # ... nor of a state's body the tagger takes it in with
    ("Представителя министерства Дании по делам культуры вызвали в Осло.",
     [("министерства Дании", "Министерство Дании")]),
    ("Представителя посольства Латвии вызвали в МИД Литвы.",
     [("посольства Латвии", "Посольство Латвии"),
      ("МИД Литвы", "Министерство иностранных дел Литвы")]),
    ("Врач НИИ им. Джанелидзе рассказал, что пострадавший гражданин Финляндии поправляется.",
     [("НИИ им. Джанелидзе", "НИИ им. Джанелидзе")]),
    ("Ректор Высшей школы журналистики заявил, что Литва поможет.",
     [("Высшей школы журналистики", "Высшая школа журналистики")]),
    ("Он окончил Рязанское высшее командное училище и уехал в Литву.",
     [("Рязанское высшее командное училище", "Рязанское высшее командное училище")]),
    ("Представители Лучшей школы бокса заявили, что Белоруссия поможет.",
     [("Лучшей школы бокса", "Лучшая школа бокса")]),
    # must not: the name of an adjective of one variant and of a body the title is of
    ("Директор Национального банка Молдавии заявил, что Румыния поможет.",
     [("Национального банка Молдавии", "Национальный банк Молдавии")]),
    # must not: a title of a state's office holder is no body, the state alone no name
    ("Премьер-министр Эстонии прибыл в Финляндию.", []),
]  # fmt: skip


def test_an_organization_s_span_and_nominative_are_its_own(tmp_path: Path) -> None:
    got = organization_names(tmp_path, ROWS, [text for text, _ in CASES])
    assert got == dict(CASES)
