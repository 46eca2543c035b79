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
