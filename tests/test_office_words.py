"""Which words before a name are an office, on sentences about officials of other states
(Argentina, Mexico, Serbia, Georgia, Iran, Chile, Finland, Canada, Colombia, Peru, Poland): a
fortune is none ("миллиардер"); a first deputy's rank is part of the office; an aide's
office is the aide's, not the one served; a former title is past; a candidate holds none;
the ombudsman's title is an office."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

from kg.data.shared import shared

WORDS = [
    # a fortune is no post
    ("Миллиардер Илон Маск встретился в Буэнос-Айресе с президентом Аргентины.", "Маск", set()),
    ("Мексиканский миллионер Карлос Слим посетил Мадрид.", "Слим", set()),
    # a first deputy's rank is part of the office, before or after the name
    ("Первый вице-премьер Сербии Ивица Дачич прибыл в Будапешт.", "Дачич",
     {("первый вице-премьер", "state/SRB", False)}),
    ("Ивица Дачич, первый вице-премьер Сербии, прибыл в Будапешт.", "Дачич",
     {("первый вице-премьер", "state/SRB", False)}),
    ("Первый вице-спикер парламента Грузии Гия Вольский встретился с послом Армении.",
     "Вольский", {("первый вице-спикер", "state/GEO", False)}),
    ("Первый вице-президент Ирана Мохаммад Мохбер прибыл в Дамаск.", "Мохбер",
     {("первый вице-президент", "state/IRN", False)}),
    # ... and a deputy without it is not the first
    ("Вице-премьер Сербии Ивица Дачич прибыл в Будапешт.", "Дачич",
     {("вице-премьер", "state/SRB", False)}),
    # an aide holds the aide's office, never the one served
    ("Пресс-секретарь министра иностранных дел Чили Ана Торрес заявила о визите в Перу.",
     "Торрес", {("пресс-секретарь министра иностранных дел", "state/CHL", False)}),
    ("Пресс-секретарь президента Финляндии Ханна Лахти сообщила о визите в Таллин.", "Лахти",
     {("пресс-секретарь президента", "state/FIN", False)}),
    # a former title is a past office
    ("Бывший посол Канады в Мексике Джон Смит опубликовал мемуары.", "Смит",
     {("посол", "state/CAN", True)}),
    # a candidate holds nothing yet
    ("Кандидат в президенты Колумбии Серхио Фахардо посетил Каракас.", "Фахардо", set()),
    ("Претендент на пост премьер-министра Перу Марко Росси встретился с послом Чили.", "Росси",
     set()),
    # the ombudsman's title, a participle the dictionary marks as no noun, is an office
    ("Уполномоченный по правам человека Польши Марцин Виацек заявил о нарушениях.", "Виацек",
     {("уполномоченный по правам человека", "state/POL", False)}),
    ("Доклад представил Леван Иоселиани, уполномоченный по правам человека Грузии.",
     "Иоселиани", {("уполномоченный по правам человека", "state/GEO", False)}),
    # ... but "уполномоченный" alone names no post
    ("Уполномоченный представитель Польши Марцин Виацек подписал протокол.", "Виацек", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), WORDS)
def test_office_words(
    extraction, text: str, surname: str, expected: set[tuple[str, str, bool]]
) -> None:
    """The person holds the offices the words before or after the name give; a must-not
    gives none."""
    assert holdings_of(extraction(text, "2025-05-15"), surname) == expected


# A short form is the office spelled out (short_offices.tsv), in `persons` and `offices`
# alike: one office, one name, whichever form the text used; a deputy's contracted title
# is "заместитель" and the genitive. Must not: an office with no short form stays as written.
SHORT = [
    ("Глава минфина Бразилии Фернанду Аддад прибыл в Буэнос-Айрес.", "Аддад",
     ("министр финансов", "state/BRA")),
    ("Глава Минобороны Турции Яшар Гюлер провёл переговоры в Каире.", "Гюлер",
     ("министр обороны", "state/TUR")),
    ("Глава МВД Франции Брюно Ретайо встретился с коллегой из Марокко.", "Ретайо",
     ("министр внутренних дел", "state/FRA")),
    ("Замглавы МИД Индии Викрам Мисри посетил Токио.", "Мисри",
     ("заместитель министра иностранных дел", "state/IND")),
    ("Замглавы Минобороны Польши Павел Бейда прибыл в Вильнюс.", "Бейда",
     ("заместитель министра обороны", "state/POL")),
    ("Замминистра обороны Японии Кэндзи Вакамия посетил Ханой.", "Вакамия",
     ("заместитель министра обороны", "state/JPN")),
    # the deputy's title written out is spelled out as the contracted one
    ("Заместитель главы МИД Чили Хорхе Эрнандес прибыл в Лиму.", "Эрнандес",
     ("заместитель министра иностранных дел", "state/CHL")),
    ("Заместитель главы Минфина Бразилии Дарио Дуриган прибыл в Буэнос-Айрес.", "Дуриган",
     ("заместитель министра финансов", "state/BRA")),
    ("Первый заместитель главы Минобороны Польши Павел Залевский посетил Вильнюс.", "Залевский",
     ("первый заместитель министра обороны", "state/POL")),
    ("Постпред Бразилии при ООН Серджиу Данезе выступил на заседании.", "Данезе",
     ("постоянный представитель", "state/BRA")),
    ("Генсек НАТО Марк Рютте прибыл в Белград.", "Рютте", ("генеральный секретарь", "org/nato")),
    # must not: no short form, as written
    ("Вице-премьер Сербии Ивица Дачич прибыл в Будапешт.", "Дачич", ("вице-премьер", "state/SRB")),
    ("Министр финансов Вьетнама Нгуен Ван Тханг прибыл в Токио.", "Тханг",
     ("министр финансов", "state/VNM")),
    ("Заместитель министра финансов Вьетнама Нгуен Дык Ти прибыл в Токио.", "Ти",
     ("заместитель министра финансов", "state/VNM")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), SHORT)
def test_a_short_form_is_the_office_spelled_out(
    extraction, text: str, surname: str, expected: tuple[str, str]
) -> None:
    ex = extraction(text, "2025-05-15")
    person = {(e.office, e.state) for e in ex.entities if e.name.split()[-1] == surname}
    rows = {(office, state) for office, state, _ in holdings_of(ex, surname)}
    assert (person, rows) == ({expected}, {expected})


LINKS = shared("sources", "nerel_wikidata_links.tsv")


@pytest.mark.skipif(not LINKS.is_file(), reason="../shared/sources is absent")
def test_the_shipped_office_table_is_what_its_generator_writes() -> None:
    """A hand edit or a stale run of the table keys a row on a lemma the pipeline no longer
    gives, so the row never matches: a change to the generator or the lemmatizer lands
    with the regenerated table."""
    from kg.data import build_offices

    table = build_offices.rows(LINKS)
    generated = build_offices.HEADER + "".join(f"{k}\t{v}\n" for k, v in table)
    assert build_offices.OUT.read_text("utf-8") == generated
