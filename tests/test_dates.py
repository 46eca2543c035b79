"""Dates at the precision the text supports, anchored to the document date only when known."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.extract.common.dates import DateMention, dates_within, find_dates, year_part

DOC = "2024-05-02"  # a Thursday


def values(text: str, doc_date: str = DOC) -> list[str]:
    return [d.value for d in find_dates(text, doc_date)]


def only(text: str, doc_date: str = DOC) -> DateMention:
    found = find_dates(text, doc_date)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Переговоры прошли 28 ноября 2022 года в Кремле", "28 ноября 2022 года", "2022-11-28"),
        ("Договор подписан 25 мая 1992 г. в Ташкенте", "25 мая 1992 г.", "1992-05-25"),
        ("Федеральный закон от 03.04.2017 № 53-ФЗ", "03.04.2017", "2017-04-03"),
        ("опубликовано 12/06/2023", "12/06/2023", "2023-06-12"),
        ("в марте 2019 года стороны договорились", "марте 2019 года", "2019-03"),
        ("заключённом в Москве в июне 2015 года", "июне 2015 года", "2015-06"),
        ("Соглашение вступило в силу в 2022 году", "2022 году", "2022"),
        ("по итогам 2023 г. товарооборот вырос", "2023 г.", "2023"),
        ("в 2022-м", "2022-м", "2022"),
        ("двенадцатого июня 2020 года", "двенадцатого июня 2020 года", "2020-06-12"),
        ("двадцать пятого декабря 1991 года", "двадцать пятого декабря 1991 года", "1991-12-25"),
        ("Декларация от 2022-11-28", "2022-11-28", "2022-11-28"),
        ("в НОЯБРЕ 2021 года", "НОЯБРЕ 2021 года", "2021-11"),
        ("с 6 по 9 апреля 2011 года", "6 по 9 апреля 2011 года", "2011-04-06"),
        ("саммит 10–12 июня 2021 г. в Женеве", "10–12 июня 2021 г.", "2021-06-10"),
        # a year of accounts is its year
        ("Бельгия в 2026 финансовом году увеличит взнос", "2026 финансовом году", "2026"),
        ("в 2024 бюджетном году Ирландия выделила", "2024 бюджетном году", "2024"),
        ("прибыль за 2023 отчётный год", "2023 отчётный год", "2023"),
        # ... and one across two calendar years the span of both
        ("Канада в 2024/25 финансовом году выделила", "2024/25 финансовом году", "2024/2025"),
        ("бюджет на 2026/2027 бюджетный год", "2026/2027 бюджетный год", "2026/2027"),
        # the second year's two digits past a century's end
        ("Австралия в 1999/00 финансовом году выделила", "1999/00 финансовом году", "1999/2000"),
        ("отчёт за 1999/2000 бюджетный год", "1999/2000 бюджетный год", "1999/2000"),
        # a crop's or a school's year, and a season, across two calendar years
        ("в 2024/25 маркетинговом году Египет", "2024/25 маркетинговом году", "2024/2025"),
        ("в 2023/24 учебном году в вузах", "2023/24 учебном году", "2023/2024"),
        ("В сезоне 2024/25 Бразилия экспортировала", "2024/25", "2024/2025"),
        ("в маркетинговом сезоне 2023/2024 Аргентина", "2023/2024", "2023/2024"),
        ("итоги сезона 2022-2023 в Индии", "2022-2023", "2022/2023"),
    ],
)
def test_explicit(sentence: str, text: str, value: str) -> None:
    for doc_date in ("", DOC):
        d = only(sentence, doc_date)
        assert (d.text, d.value, d.relative) == (text, value, False)


@pytest.mark.parametrize(
    ("sentence", "with_doc", "text"),
    [
        ("Лукашенко встретится с гостем в Минске 12 июня", "2024-06-12", "12 июня"),
        ("Со 2 мая Афанасьев находится в Москве", "2024-05-02", "2 мая"),
        ("в марте стороны договорились", "2024-03", "марте"),
        ("встречались в декабре прошлого года в Монтевидео", "2023-12", "декабре"),
        ("визит намечен на 15 марта следующего года", "2025-03-15", "15 марта"),
        ("в феврале этого года", "2024-02", "феврале"),
        ("в июле минувшего года", "2023-07", "июле"),
        ("Сегодня министры подписали протокол", "2024-05-02", "Сегодня"),
        ("Вчера в Пекине прошли переговоры", "2024-05-01", "Вчера"),
        ("позавчера", "2024-04-30", "позавчера"),
        ("Завтра делегация вылетит в Анкару", "2024-05-03", "Завтра"),
        ("В прошлом году товарооборот вырос", "2023", "В прошлом году"),
        ("в этом году ожидается рост", "2024", "в этом году"),
        ("в следующем году визит состоится", "2025", "в следующем году"),
        ("в позапрошлом году", "2022", "в позапрошлом году"),
        ("в этом месяце", "2024-05", "в этом месяце"),
        ("в прошлом месяце", "2024-04", "в прошлом месяце"),
        ("на прошлой неделе", "2024-04", "на прошлой неделе"),
        ("на следующей неделе", "2024-05", "на следующей неделе"),
        ("Во вторник президенты провели переговоры", "2024-04-30", "Во вторник"),
        ("во вторник состоится встреча", "2024-05-07", "во вторник"),
        ("в следующий понедельник", "2024-05-06", "в следующий понедельник"),
        ("в четверг", "2024-05-02", "в четверг"),
        # a weekday told as past or next is a week off on its own day (events80)
        ("в минувший четверг", "2024-04-25", "в минувший четверг"),
        ("в прошлый четверг саммит завершился", "2024-04-25", "в прошлый четверг"),
        ("в следующий четверг", "2024-05-09", "в следующий четверг"),
        ("в минувшую среду", "2024-05-01", "в минувшую среду"),
        ("в минувшее воскресенье", "2024-04-28", "в минувшее воскресенье"),
        ("в прошлое воскресенье", "2024-04-28", "в прошлое воскресенье"),
        ("в следующее воскресенье", "2024-05-05", "в следующее воскресенье"),
        # "этот" weekday: of the document's own week, whatever the verb's tense (review26)
        ("в это воскресенье президент посетит Перу", "2024-05-05", "в это воскресенье"),
        ("в эту среду министр прибыл в Лиму", "2024-05-01", "в эту среду"),
        ("в этот понедельник", "2024-04-29", "в этот понедельник"),
        ("два года назад", "2022", "два года назад"),
        ("Накануне, когда сенат голосовал за прекращение дебатов", "2024-05-01", "Накануне"),
        # a name the subject of the verb after it: "Накануне" is the eve
        ("Накануне Мадуро провёл переговоры с Петро", "2024-05-01", "Накануне"),
        ("Накануне Лула завершил визит в Пекин", "2024-05-01", "Накануне"),
        ("Накануне Педро Санчес прибыл в Рабат", "2024-05-01", "Накануне"),
    ],
)
def test_relative(sentence: str, with_doc: str, text: str) -> None:
    d = only(sentence)
    assert (d.text, d.value, d.relative) == (text, with_doc, True)
    assert only(sentence, "").value == ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a weekday the text dates right after it is that date, not the nearest before
        ("Президенты встретились в среду, 14 марта 2018 года.", ["2018-03-14"]),
        ("Министры встретились во вторник 9 апреля.", ["2024-04-09"]),
        # must not: a weekday and a date elsewhere in the sentence are two dates
        ("Во вторник министр вспомнил визит 9 апреля.", ["2024-04-30", "2024-04-09"]),
        ("В пятницу, как и в 2019 году, делегация прибыла в Рим.", ["2024-04-26", "2019"]),
    ],
)
def test_weekday_with_a_stated_date(sentence: str, expected: list[str]) -> None:
    assert values(sentence, DOC) == expected


def test_this_week_spanning_two_months_keeps_the_year() -> None:
    assert values("на этой неделе", "2024-05-02") == ["2024"]
    assert values("на этой неделе", "2024-12-31") == [""]


def test_range_start_borrows_the_year_of_its_end() -> None:
    for doc_date in ("", DOC):
        assert values("с 9 июня по 7 июля 2006 года", doc_date) == ["2006-06-09", "2006-07-07"]
        assert values("с 20 декабря по 10 января 2012 года", doc_date) == [
            "2011-12-20",
            "2012-01-10",
        ]
        assert values("с ноября по декабрь 2010 года", doc_date) == ["2010-11", "2010-12"]


def test_uncounted_ago_is_unresolved() -> None:
    assert values("несколько дней назад") == [""]
    assert values("месяц назад") == ["2024-04"]
    assert values("3 дня назад") == ["2024-04-29"]


def test_coarse_doc_date_never_guesses_days() -> None:
    assert values("вчера", "2024-05") == [""]
    assert values("в прошлом году", "2024-05") == ["2023"]
    assert values("в прошлом месяце", "2024") == [""]
    assert values("в прошлом месяце", "2024-01") == ["2023-12"]


@pytest.mark.parametrize(
    "text",
    [
        "накануне визита президента Турции",
        "Накануне Рамадана министры Египта и Турции встретились",
        # a word with a name's reading that no verb follows as its subject ("Песаха": only a
        # name "Песах"'s genitive; "Олимпиады": a name's plural) is the preposition's noun
        "Накануне Песаха Египет и Израиль открыли пункт пропуска",
        "Накануне Песаха Египет открыл пункт пропуска",
        "Накануне Олимпиады министры Франции и Бельгии встретились",
        "Накануне Олимпиады Франция подписала соглашение с Бельгией",
    ],
)
def test_eve_as_preposition_is_not_a_date(text: str) -> None:
    assert find_dates(text, DOC) == []


def test_decade_is_found_without_a_value() -> None:
    d = only("в 1990-х годах")
    assert (d.text, d.value) == ("1990-х годах", "")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an ordinal agreeing with a neuter noun after it (sixty-first pass, h-events209)
        ("Следующее, 10-е заседание прошло", []),
        ("20-е совещание министров", []),
        ("на 10-е заседание приехали", []),
        # must-nots: decades after a preposition or before a plural or a year word
        ("в 90-е производство упало", ["90-е"]),
        ("90-е стали временем перемен", ["90-е"]),
        ("в 1990-е годы", ["1990-е годы"]),
        ("с 80-х", ["80-х"]),
    ],
)
def test_ordinal_before_a_noun_is_no_decade(text: str, found: list[str]) -> None:
    assert [d.text for d in find_dates(text, DOC)] == found


def test_year_ranges() -> None:
    assert values("в 2022-2023 годах") == ["2022", "2023"]
    assert values("с 1992 по 2022 год") == ["1992", "2022"]
    # a bare year opening a span to a month of a year; must not: a month with no year, "до"
    assert values("с 2022 по март 2023 года") == ["2022", "2023-03"]
    assert values("с 2019 по 5 марта 2020 года") == ["2019", "2020-03-05"]
    assert values("с 2022 по 15 пунктам") == []
    assert values("от 2022 до марта 2023 года") == ["2023-03"]


@pytest.mark.parametrize(
    "sentence",
    [
        "в течение 2000 лет",
        "годовой отчет",
        "майор армии",
        "мартовский номер",
        "1550 единиц",
        "в новом финансовом году",
        "2000 финансовых аналитиков",
        "в 2024/26 финансовом году",  # two years that do not follow each other
        "в 1999/01 финансовом году",
        "в 1999/99 финансовом году",
        "в сезоне 2023/25",  # two years that do not follow each other
        "сезон 2024/25/26",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence, DOC) == []


@given(st.dates(date(1000, 1, 1), date(2999, 12, 31)))
def test_numeric_dates_roundtrip(d: date) -> None:
    for text in (d.strftime("%d.%m.%Y"), d.isoformat() + " 12:00:00"):
        assert [m.value for m in find_dates(text)] == [d.isoformat()]


_ALPHABET = st.sampled_from(
    list("0123456789 ,.-–/:\n") + list("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    + ["ноября", "мая", "года", "г.", "в", "во", "вторник", "прошлом", "году", "неделе",
       "накануне", "вчера", "назад", "двенадцатого", "-х"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.sampled_from(["", DOC, "2024-05", "2024"]))
@example("0000г", "")  # no calendar has a year 0 (found by this test)
def test_find_dates_total_and_spans(text: str, doc_date: str) -> None:
    for d in find_dates(text, doc_date):
        assert text[d.start : d.end] == d.text
        assert d.value == "" or date.fromisoformat((d.value + "-01-01")[:10])  # well-formed
        if not doc_date:
            assert not (d.relative and d.value)


@settings(deadline=None)
@given(st.text(max_size=80))
def test_find_dates_any_text(text: str) -> None:
    for d in find_dates(text, DOC):
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("по итогам прошлого года", "2023"),
        ("за прошлый год", "2023"),
        ("в первом квартале этого года", "2024"),
        ("до конца текущего месяца", "2024-03"),
        ("к концу следующего года", "2025"),
        ("за девять месяцев текущего года", "2024"),
        ("за первые 11 месяцев прошлого года", "2023"),
        ("за первое полугодие этого года", "2024"),
        ("за первый квартал прошлого года", "2023"),
    ],
)
def test_shifted_periods_in_other_cases(text, value):
    assert [
        d.value for d in find_dates(f"Товарооборот Чили и Перу {text} вырос.", "2024-03-15")
    ] == [value]


def test_a_shifted_year_as_an_attribute_is_no_date():
    assert find_dates("Саммит в Лиме стал главным событием нынешнего года.", "2024-03-15") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("за девять месяцев 2024 года", "2024-01/2024-09"),
        ("за первые 11 месяцев 2023 года", "2023-01/2023-11"),
        ("в первом квартале 2022 года", "2022-01/2022-03"),
        ("в IV квартале 2022 года", "2022-10/2022-12"),
        ("за второе полугодие 2021 года", "2021-07/2021-12"),
        ("Во втором полугодии прошлого года", "2023-07/2023-12"),
        ("за девять месяцев текущего года", "2024-01/2024-09"),
        ("по итогам первого полугодия 2023 года", "2023-01/2023-06"),
        ("по итогам девяти месяцев 2023 года", "2023-01/2023-09"),
        # must not: the whole year, a year with no part, a part that ends before the year
        ("за 12 месяцев 2023 года", "2023"),
        ("в 2023 году", "2023"),
        ("за девять месяцев до выборов 2023 года", "2023"),
    ],
)
def test_year_part_names_its_months(text, value):
    sentence = f"Товарооборот Чили и Перу {text} вырос."
    (d,) = find_dates(sentence, "2024-03-15")
    assert year_part(sentence[: d.start], d) == value


# a text of sentences, each dated its own way (an explicit day, a relative one, a range whose
# first end borrows its year, a weekday) and one with no date
_SENTENCES = [
    "Премьер Индии прибыл в Токио 14 марта 2023 года.",
    "Вчера стороны обсудили поставки риса.",
    "Учения проходили с 9 июня по 7 июля 2021 года.",
    "В понедельник министры Чили и Перу подпишут меморандум.",
    "Дата следующей встречи не названа.",
]


@pytest.mark.parametrize("n", range(len(_SENTENCES)))
def test_dates_within_a_sentence_are_its_own_dates(n: int) -> None:
    """A sentence's slice of the document's one scan is what a scan of the sentence reads,
    offsets in the sentence (must not drift by the sentence's place in the text)."""
    text = " ".join(_SENTENCES)
    start = text.index(_SENTENCES[n])
    end = start + len(_SENTENCES[n])
    assert dates_within(text, DOC, start, end) == find_dates(_SENTENCES[n], DOC)
