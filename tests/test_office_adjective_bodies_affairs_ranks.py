"""Three readings of a post's words (seventieth pass, h-names157; own sentences about Czechia,
Turkey, Hungary, Estonia, the UK, Ireland, Armenia, the US, Thailand, Poland, Korea):

- a state's body after a state's adjective is the post's, of that state: "Официальный
  представитель чешского МИД X" gave "официальный представитель" of no state; now
  "официальный представитель МИД" of Czechia, as "… МИД Польши" gives Poland's;
- a place's name after "по делам" is the field's: "министр по делам Африки X" gave
  "министр по делам";
- a military rank beside a post the name holds is no office: "заместитель командующего …
  США генерал-лейтенант X" gave a second row "генерал-лейтенант"."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str]  # office, state

CASES = [
    # a state's body after a state's adjective
    ("Официальный представитель чешского МИД Даниэль Дртил назвал обвинения безосновательными.",
     "Дртил", {("официальный представитель МИД", "state/CZE")}),
    ("Пресс-секретарь турецкого МИД Онджю Кечели выступил с заявлением.",
     "Кечели", {("пресс-секретарь МИД", "state/TUR")}),
    ("Пресс-секретарь венгерского Министерства обороны Ласло Надь заявил журналистам.",
     "Надь", {("пресс-секретарь Министерства обороны", "state/HUN")}),
    # must not: a state's name after the ministry, a sports body, an adjective of no state
    ("Пресс-секретарь МИД Польши Павел Вроньский не ответил.",
     "Вроньский", {("пресс-секретарь МИД", "state/POL")}),
    ("Президент эстонского Олимпийского комитета Урмас Сыырумаа заявил журналистам.",
     "Сыырумаа", {("президент", "")}),
    # a place's name after "по делам" is the field's
    ("Министр по делам Африки Великобритании Рэй Коллинз прибыл в Найроби.",
     "Коллинз", {("министр по делам Африки", "state/GBR")}),
    ("Министр по делам Ближнего Востока Великобритании Хэмиш Фальконер прибыл в Каир.",
     "Фальконер", {("министр по делам Ближнего Востока", "state/GBR")}),
    # must not: a common noun's field, a state after the field
    ("Министр по делам диаспоры Армении Зарех Синанян заявил это.",
     "Синанян", {("министр по делам диаспоры", "state/ARM")}),
    # a military rank beside a post the name holds is no office
    ("Заместитель командующего Южным командованием США генерал-лейтенант Эван Петтус "
     "прибыл в Гватемалу.",
     "Петтус", {("заместитель командующего Южным командованием", "state/USA")}),
    ("Начальник генштаба Таиланда генерал Сонгвит Ноонпакди прибыл в Пномпень.",
     "Ноонпакди", {("начальник генштаба", "state/THA")}),
    ("Министр обороны Польши, генерал армии Вальдемар Скшипчак прибыл в Вильнюс.",
     "Скшипчак", {("министр обороны", "state/POL")}),
    # must not: a bare rank is the name's one title
    ("Генерал-майор Пак Чон Хо прибыл в Улан-Батор.", "Хо", {("генерал-майор", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_post_words(extraction_of, text: str, surname: str, expected: set[Holding]) -> None:
    got = text_holdings(extraction_of(text, "2026-12-04", "offices"), surname, ("office", "state"))
    assert got == expected
