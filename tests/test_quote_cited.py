"""Whom an outlet cites or whose words it reports: "— цитирует агентство Йонхап
южнокорейского лидера" gives the words to the one the title names, never to the outlet, even
one the tagger reads as a man's name ("Антара"); a being no one named ("эксперта") gives them
to no one; "— приводит его слова газета The Star" is his words (quotes30)."""

from __future__ import annotations

import pytest

KOREA = (
    "Президент Южной Кореи Ли Чжэ Мён призвал Японию к честному диалогу по вопросам "
    "истории. «Мы должны смотреть в будущее, не забывая о прошлом», — цитирует агентство "
)
INDONESIA = (
    "Министр иностранных дел Индонезии Сугионо провел переговоры с австралийской коллегой "
    "Пенни Уонг. «Индонезия и Австралия расширят совместное патрулирование в Тиморском "
    "море», — цитирует Антара "
)
ARMENIA = (
    "Премьер-министр Армении Никол Пашинян выступил в парламенте с отчетом о переговорах. "
    "«Мир с Азербайджаном больше не мечта, а реальность», — цитирует пресс-служба "
    "правительства Армении "
)

MALAYSIA = (
    "Премьер-министр Малайзии Анвар Ибрахим принял президента Индонезии Прабово Субианто. "
    "«Мы договорились завершить делимитацию морской границы в море Сулавеси», — приводит "
)
BRITAIN = (
    "Премьер-министр Великобритании Кир Стармер провел переговоры с премьер-министром "
    "Ирландии Майклом Мартином. «Лондон и Дублин открывают новую главу в отношениях», — "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (KOREA + "Йонхап южнокорейского лидера.",
         [("Ли Чжэ Мён", "Мы должны смотреть в будущее, не забывая о прошлом")]),
        (INDONESIA + "индонезийского министра.",
         [("Сугионо", "Индонезия и Австралия расширят совместное патрулирование в Тиморском "
                      "море")]),
        (ARMENIA + "главу кабмина.",
         [("Никол Пашинян", "Мир с Азербайджаном больше не мечта, а реальность")]),
        # must-not: a title no one named holds, a being no title names
        (KOREA + "Йонхап южнокорейского министра.", []),
        (INDONESIA + "индонезийского эксперта.", []),
        (ARMENIA + "главу Минфина.", []),
        # "его" before the words owns them wherever the parse hangs it (on the outlet)
        (MALAYSIA + "его слова газета The Star.",
         [("Анвар Ибрахим", "Мы договорились завершить делимитацию морской границы в море "
                            "Сулавеси")]),
        (BRITAIN + "приводит его слова газета The Guardian.",
         [("Кир Стармер", "Лондон и Дублин открывают новую главу в отношениях")]),
        # must-not: "её" of no woman named, the words of someone no one named
        (BRITAIN + "передает ее слова газета The Guardian.", []),
        (MALAYSIA + "слова источника газета The Star.", []),
    ],
)  # fmt: skip
def test_an_outlet_reports_the_words_of_the_one_it_names(said, text, expected):
    assert said(text) == expected


JAISHANKAR = "Министр иностранных дел Индии Субраманьям Джайшанкар прибыл в Канберру. "
TRADE = "Мы расширим торговлю с Австралией"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet's report "со ссылкой на" a person passes on that person's words
        (JAISHANKAR + f"«{TRADE}», — пишет The Hindu со ссылкой на Джайшанкара.",
         [("Субраманьям Джайшанкар", TRADE)]),
        (JAISHANKAR + f"«{TRADE}», — сообщает агентство PTI со ссылкой на министра "
         "иностранных дел Индии.", [("Субраманьям Джайшанкар", TRADE)]),
        # must-not: a source no one named, or a body, is no person's
        (JAISHANKAR + f"«{TRADE}», — пишет The Hindu со ссылкой на источник в МИД Индии.", []),
        (JAISHANKAR + "«Индия расширит торговлю с Австралией», — сообщило агентство PTI со "
         "ссылкой на МИД Индии.", []),
    ],
)  # fmt: skip
def test_an_outlets_report_by_reference_is_the_sources_words(said, text, expected):
    assert said(text) == expected
