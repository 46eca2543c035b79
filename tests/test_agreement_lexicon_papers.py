"""Papers of the abbreviation lexicon (agreement_abbreviations.tsv) told the way general news
tells them (agr34): a title the text words its own way with the lexicon's abbreviation in
brackets after it is that one paper, and a bare head that a later sentence signs by the
lexicon paper's own signers stands for it. Sentences of our own about other pairs, with
must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import dated_rows

START = (
    "Договор о мерах по дальнейшему сокращению и ограничению стратегических наступательных "
    "вооружений"
)
INF = "Договор о ликвидации ракет средней и меньшей дальности"
CFE = "Договор об обычных вооружённых силах в Европе"


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, date, parties) of each agreement kg reads."""
    return lambda text: dated_rows(analyse, text, "2025-06-10")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the text's own wording and the bracketed abbreviation: one paper, the lexicon's
        ("Россия приостановила участие в Договоре о стратегических наступательных вооружениях "
         "(СНВ-3). Договор был подписан в Праге в 2010 году.",
         {(START, "mentioned", "2010", ("state/RUS", "state/USA"))}),
        ("США и Россия продлили Договор о сокращении наступательных вооружений (СНВ-3) на пять "
         "лет.",
         {(START, "mentioned", "", ("state/RUS", "state/USA"))}),
        ("Великобритания приостановила участие в Договоре об обычных вооружениях (ДОВСЕ).",
         {(CFE, "mentioned", "", ("state/GBR",))}),
        # must not: a paper of another kind whose title ends in the lexicon paper's name
        ("Индия и Франция подписали соглашение о мониторинге соблюдения Договора о "
         "нераспространении ядерного оружия (ДНЯО).",
         {("Соглашение о мониторинге соблюдения Договора о нераспространении ядерного оружия",
           "signed", "", ("state/FRA", "state/IND")),
          ("Договор о нераспространении ядерного оружия", "mentioned", "", ())}),
        ("Судан и Южный Судан подписали протокол о совместном присоединении к Договору о "
         "всеобъемлющем запрещении ядерных испытаний (ДВЗЯИ).",
         {("Протокол о совместном присоединении к Договору о всеобъемлющем запрещении ядерных "
           "испытаний", "signed", "", ("state/SDN", "state/SSD")),
          ("Договор о всеобъемлющем запрещении ядерных испытаний", "mentioned", "", ())}),
        # must not: words in brackets that name no lexicon paper, or an abbreviation apart
        ("Бразилия и Аргентина подписали соглашение о ядерных гарантиях (второе за десятилетие).",
         {("Соглашение о ядерных гарантиях", "signed", "", ("state/ARG", "state/BRA"))}),
        ("Бразилия и Аргентина подписали соглашение о ядерных гарантиях, а позже присоединились "
         "к ДНЯО.",
         {("Соглашение о ядерных гарантиях", "signed", "", ("state/ARG", "state/BRA")),
          ("Договор о нераспространении ядерного оружия", "mentioned", "",
           ("state/ARG", "state/BRA"))}),
    ],
)  # fmt: skip
def test_a_bracketed_abbreviation_names_the_title_before_it(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bare head a later sentence signs by the lexicon paper's own signers is that paper
        ("США вышли из ДРСМД. Договор был подписан в 1987 году Михаилом Горбачёвым и Рональдом "
         "Рейганом.",
         {(INF, "mentioned", "1987", ("state/SUN", "state/USA"))}),
        ("Вашингтон вышел из Договора о ликвидации ракет средней и меньшей дальности. Договор был "
         "подписан в 1987 году Михаилом Горбачёвым и Рональдом Рейганом.",
         {(INF, "mentioned", "1987", ("state/SUN", "state/USA"))}),
        # a paper open to any state: any signers may be its
        ("Россия вышла из Договора об обычных вооружённых силах в Европе. Договор был подписан "
         "в Париже в 1990 году Михаилом Горбачёвым и Джорджем Бушем.",
         {(CFE, "mentioned", "1990", ("state/RUS", "state/SUN", "state/USA"))}),
        # must not: a bare head of two other sides is not the lexicon paper
        ("США вышли из ДРСМД. В 2019 году Япония и Индия подписали договор.",
         {(INF, "mentioned", "", ("state/SUN", "state/USA")),
          ("Договор между Индией и Японией", "signed", "2019", ("state/IND", "state/JPN"))}),
    ],
)  # fmt: skip
def test_a_bare_head_signed_by_a_lexicon_papers_sides_is_that_paper(read, text, found):
    assert read(text) == found
