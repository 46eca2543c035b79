"""Metadata from the first lines of a plain-text article: datelines with and without an
agency, abbreviated months, dates with a time; a first sentence is never the publisher."""

from __future__ import annotations

import pytest

from kg.formats.textmeta import text_metadata

BODY = "\nПремьер-министры обсудили торговлю и транспорт."

# (text, title, date, publisher)
CASES = [
    # a dateline without an agency: the date, and the sentence after the dash is the title
    ("ПЕКИН, 24 января 2024 — Президенты Китая и Вьетнама провели переговоры. Текст.",
     "Президенты Китая и Вьетнама провели переговоры", "2024-01-24", ""),
    ("ХАНОЙ, 5 декабря 2023 года — Стороны подписали соглашение о торговле.",
     "Стороны подписали соглашение о торговле", "2023-12-05", ""),
    ("БЕРЛИН, 2 марта 2021 — Итоги визита канцлера. Текст.",
     "Итоги визита канцлера", "2021-03-02", ""),
    ("ПАРИЖ, 5 мая — Франция и Германия договорились.",
     "Франция и Германия договорились", "", ""),
    ("ОТТАВА, 9 июня 2022 — В Оттаве прошли консультации." + BODY,
     "В Оттаве прошли консультации", "2022-06-09", ""),
    # with an agency, as before
    ("БАКУ, 3 октября 2023 — Trend. Стороны подписали меморандум.",
     "Стороны подписали меморандум", "2023-10-03", "Trend"),
    ("ДЕЛИ, 7 апреля 2024 — Российская газета. Индия и Непал обсудили границу.",
     "Индия и Непал обсудили границу", "2024-04-07", "Российская газета"),
    ("ЕРЕВАН, 11 июля 2019 года. /Арменпресс/. Министры встретились.",
     "Министры встретились", "2019-07-11", "Арменпресс"),
    ("Заголовок о встрече\nТОКИО, 28 ноября — Эхо Москвы. Текст статьи.",
     "Заголовок о встрече", "", "Эхо Москвы"),
    # abbreviated months, with or without the dot, and a time after the date
    ("БАКУ, 3 сент. 2023, 15:30 — Trend. Текст.", "Текст", "2023-09-03", "Trend"),
    ("Визит в Сеул\n24 янв. 2024\n" + BODY, "Визит в Сеул", "2024-01-24", ""),
    ("Визит в Сеул\n1 февр 2020" + BODY, "Визит в Сеул", "2020-02-01", ""),
    ("Визит в Сеул\n30 нояб. 2018 г." + BODY, "Визит в Сеул", "2018-11-30", ""),
    ("Визит в Сеул\n24 января 2024, 15:30" + BODY, "Визит в Сеул", "2024-01-24", ""),
    ("Визит в Сеул\n24 января 2024 в 15:30" + BODY, "Визит в Сеул", "2024-01-24", ""),
    ("Визит в Сеул\n15:30, 7 августа 2017" + BODY, "Визит в Сеул", "2017-08-07", ""),
    # no year: no date, never guessed; the line is still not the title
    ("Визит в Сеул\n24 января, 15:30" + BODY, "Визит в Сеул", "", ""),
    # an impossible day is no date
    ("СЕУЛ, 31 февраля 2024 — Текст о визите.", "Текст о визите", "", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "date", "publisher"), CASES)
def test_first_lines(text: str, title: str, date: str, publisher: str) -> None:
    meta = text_metadata(text)
    assert (meta["title"], meta["date"], meta["publisher"]) == (title, date, publisher)


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны договорились",
        "Саммит завершился",
        "Итоги саммита",
        "Он прибыл в Анкару",
        "Визит отложен",
        "Сегодня тепло",
        "Франция и Германия",
    ],
)
def test_a_short_first_sentence_is_never_the_publisher(sentence: str) -> None:
    meta = text_metadata(f"АНКАРА, 4 июня 2024 — {sentence}. Дальше текст статьи.")
    assert meta["publisher"] == "" and meta["title"] == sentence
