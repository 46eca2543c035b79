"""Agreements' leftovers (agr25): a paper with no state side is keyed by its organization
sides ("Коалиционное соглашение" of two countries' parties is two papers), or signers, and
by its year, never its day, so a retelling by month or year stays one (tidy24); a title ends
before the building it was signed in, reads a noun after a noun that governs the genitive
("об импорте стали"), and keeps the topic a passive tells after its verb. Sentences of our
own about other pairs, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def keys(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """(document id, text, date) → {title: key} of each agreement kg reads."""
    return lambda doc, text, date: {
        a.title: a.key for a in extract_agreements(analyse(Document(id=doc, text=text, date=date)))
    }


@pytest.mark.parametrize(
    ("first", "second", "title", "same"),
    [
        # must not: coalition deals of other parties
        (("Австрийская народная партия и Социал-демократическая партия Австрии подписали "
          "коалиционное соглашение.", "2025-02-27"),
         ("Христианско-демократический союз и Социал-демократическая партия Германии "
          "подписали коалиционное соглашение.", "2025-04-09"),
         "Коалиционное соглашение", False),
        # the same sides' paper told in two reports stays one
        (("Австрийская народная партия и Социал-демократическая партия Австрии подписали "
          "коалиционное соглашение.", "2025-02-27"),
         ("Социал-демократическая партия Австрии и Австрийская народная партия подписали "
          "коалиционное соглашение.", "2025-02-28"),
         "Коалиционное соглашение", True),
        (("Египет и Турция подписали соглашение о свободной торговле.", "2025-03-01"),
         ("Египет и Турция подписали соглашение о свободной торговле.", "2025-03-02"),
         "Соглашение о свободной торговле", True),
    ],
)  # fmt: skip
def test_a_paper_of_no_state_side_keeps_to_its_sides_or_document(keys, first, second, title,
                                                                   same):  # fmt: skip
    a = keys("a", *first)
    b = keys("b", *second)
    assert title in a and title in b
    assert (a[title] == b[title]) is same


@pytest.mark.parametrize(
    ("first", "second", "title", "same"),
    [
        # must not merge: two sideless papers other persons signed
        (("Энтони Албаниз и Адам Бандт подписали коалиционное соглашение.", "2025-03-01"),
         ("Коалиционное соглашение подписали Фридрих Мерц и Ларс Клингбайль.", "2025-04-10"),
         "Коалиционное соглашение", False),
        # the same paper retold, by its signers, dated alike or by year alone, stays one
        (("Коалиционное соглашение подписали Фридрих Мерц и Ларс Клингбайль.", "2025-04-10"),
         ("Фридрих Мерц и Ларс Клингбайль подписали коалиционное соглашение.", "2025-04-11"),
         "Коалиционное соглашение", True),
        (("Консерваторы и либеральные демократы подписали коалиционное соглашение 11 мая.",
          "2025-05-12"),
         ("Коалиционное соглашение, подписанное 11 мая, вступило в силу.", "2025-05-14"),
         "Коалиционное соглашение", True),
        (("Консерваторы и либеральные демократы подписали коалиционное соглашение в 2010 году.",
          "2025-05-12"),
         ("Коалиционное соглашение 2010 года давно утратило силу.", "2025-06-14"),
         "Коалиционное соглашение", True),
        # a sideless paper retold with only its month or year stays one
        (("12 октября в Дохе было подписано соглашение о прекращении огня.", "2025-10-13"),
         ("Соглашение о прекращении огня, подписанное в октябре, нарушено.", "2025-11-02"),
         "Соглашение о прекращении огня", True),
        (("Соглашение о гуманитарной паузе было подписано 4 мая.", "2025-05-05"),
         ("Соглашение о гуманитарной паузе, подписанное в этом году, продлено.", "2025-08-20"),
         "Соглашение о гуманитарной паузе", True),
        # a paper of states keeps its year: the day one report adds is no other paper
        (("Египет и Турция подписали соглашение о свободной торговле 2 марта.", "2025-03-03"),
         ("Египет и Турция в марте подписали соглашение о свободной торговле.", "2025-04-02"),
         "Соглашение о свободной торговле", True),
    ],
)  # fmt: skip
def test_sideless_papers_keep_to_their_signers_and_year(keys, first, second, title, same):
    a = keys("a", *first)
    b = keys("b", *second)
    assert title in a and title in b
    assert (a[title] == b[title]) is same


@pytest.fixture(scope="module")
def titles(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, date, parties) of each agreement kg reads."""
    return lambda text: {
        (a.title, a.status, a.date, tuple(a.parties))
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-06-01")))
    }


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a noun's genitive the tagger reads as a verb ("стали" of "стать") stays in the title
        ("США и Великобритания подписали соглашение об импорте стали.",
         "Соглашение об импорте стали"),
        ("Аргентина и Бразилия подписали соглашение о вывозе стали.",
         "Соглашение о вывозе стали"),
        ("Турция и Египет заключили договор о закупках стали на три года.",
         "Договор о закупках стали"),
        ("Индия и Вьетнам подписали соглашение об импорте стали из Индии.",
         "Соглашение об импорте стали"),
        # must not: the verb of a clause of its own stays out
        ("Участники соглашения о торговле стали партнёрами.", "Соглашение о торговле"),
        ("Стороны договора о торговле стали ближе друг к другу.", "Договор о торговле"),
        ("Меморандум о партнёрстве стали обсуждать в Брюсселе.", "Меморандум о партнёрстве"),
    ],
)  # fmt: skip
def test_a_genitive_noun_read_as_a_verb_ends_no_title(titles, text, title):
    assert title in {t for t, *_ in titles(text)}


@pytest.mark.parametrize(
    ("text", "title", "parties"),
    [
        # the building it was signed in is no title word
        ("Президент США Дональд Трамп и президент Южной Кореи Ли Чжэ Мён подписали совместную "
         "декларацию в Белом доме.", "Совместная декларация", ("state/KOR", "state/USA")),
        ("Франция и Индия подписали соглашение о сотрудничестве в области ядерной энергетики в "
         "Елисейском дворце.", "Соглашение о сотрудничестве в области ядерной энергетики",
         ("state/FRA", "state/IND")),
        ("Премьер-министры Японии и Вьетнама подписали меморандум о сотрудничестве в "
         "резиденции правительства.", "Меморандум о сотрудничестве", ("state/JPN", "state/VNM")),
        ("Египет и Турция подписали декларацию о стратегическом партнёрстве во дворце Чанкая.",
         "Декларация о стратегическом партнёрстве", ("state/EGY", "state/TUR")),
        ("Министры Чили и Перу подписали соглашение о торговле в здании МИД Чили.",
         "Соглашение о торговле", ("state/CHL", "state/PER")),
        ("Лидеры Сербии и Венгрии подписали договор о дружбе в Кремле.",
         "Договор о дружбе", ("state/HUN", "state/SRB")),
        # must not: a place the paper is about, or a building it is about, stays in its title
        ("Азербайджан и Казахстан подписали соглашение о сотрудничестве в Каспийском море.",
         "Соглашение о сотрудничестве в Каспийском море", ("state/AZE", "state/KAZ")),
        ("Бразилия и Аргентина подписали соглашение о реставрации дворца.",
         "Соглашение о реставрации дворца", ("state/ARG", "state/BRA")),
    ],
)  # fmt: skip
def test_the_building_of_a_signing_ends_its_title(titles, text, title, parties):
    assert {(t, p) for t, _, _, p in titles(text)} == {(title, parties)}
