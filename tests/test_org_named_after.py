"""A body named after someone ("НИИ им. Бурденко", "института имени Бубнова"): the name
before "им."/"имени" declines to the nominative, the one it is named after stays as
written, so one body keeps one node whichever word the parse makes the head, and whether
the initials of the one named after are written or not. Own sentences
about Latvia, Poland–Lithuania, Estonia; Turkmenistan–Uzbekistan, Mongolia–Vietnam,
Romania–Moldova (orgs31)."""

from __future__ import annotations

from pathlib import Path

from gazetteer_runs import mention_reader, organization_names

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"

CASES = [
    ("Гражданина Латвии доставили в НИИ им. Бурденко.\n\nПредставитель НИИ им. Бурденко "
     "сказал, что его состояние стабильное.",
     [("НИИ им. Бурденко", "НИИ им. Бурденко"), ("НИИ им. Бурденко", "НИИ им. Бурденко")]),
    ("Представитель Института им. Бубнова заявил, что Польша и Литва поддержат проект.",
     [("Института им. Бубнова", "Институт им. Бубнова")]),
    # must not: two bodies named after two people stay two
    ("Гражданина Эстонии перевели из НИИ им. Бурденко.\n\nПредставитель НИИ им. Вишневского "
     "сказал, что его состояние стабильное.",
     [("НИИ им. Бурденко", "НИИ им. Бурденко"), ("НИИ им. Вишневского", "НИИ им. Вишневского")]),
]  # fmt: skip


def test_a_body_named_after_someone_declines_only_before_the_name(tmp_path: Path) -> None:
    got = organization_names(tmp_path, ROWS, [text for text, _ in CASES])
    assert got == dict(CASES)


SPELLED_BOTH_WAYS = [
    ("Курсанты Военной академии им. Фрунзе прибыли в Минск. Выпускник Военной академии "
     "имени Фрунзе стал министром обороны Армении.", 1),
    # ... and with the initials of the one it is named after or without them
    ("Делегация Туркмении посетила Театр имени А. С. Пушкина. Директор Театра им. Пушкина "
     "встретил гостей из Узбекистана.", 1),
    ("Курсанты из Монголии учатся в Академии им. М.В. Фрунзе. Академия имени Фрунзе примет "
     "и курсантов из Вьетнама.", 1),
    # must not: bodies named after two people stay two, however "имени" is written
    ("Врачи НИИ им. Отта приняли делегацию из Литвы. Делегация посетила также НИИ имени "
     "Бехтерева.", 2),
    ("Театр им. А. С. Пушкина принял гостей из Румынии. Делегация посетила также Музей "
     "им. А. С. Грибоедова в Молдавии.", 2),
]  # fmt: skip


def test_a_body_named_after_someone_is_one_node_with_им_or_имени(tmp_path: Path) -> None:
    read = mention_reader(tmp_path, ROWS)
    got = [
        (text, len({e.key for m, e in read(text) if m.type == "Organization"}))
        for text, _ in SPELLED_BOTH_WAYS
    ]
    assert got == SPELLED_BOTH_WAYS
