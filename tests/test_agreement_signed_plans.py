"""A plan the sides sign is a paper, a Programme (fifty-fifth pass, h-agreements51):
"стороны приняли совместную декларацию и подписали план действий на 2026–2030 годы" gave the
declaration only ("план" was no head of `agreement_kinds.tsv`). A "план" under a word that
signs it, with words of its own, is one, titled with the years it is for where no topic
tells it ("План действий на 2026–2030 годы", also a roadmap's: "Дорожная карта на 2027
год"); a programme titled by its topic keeps its title ("Программа сотрудничества").
Must-nots: a plan never signed ("план действий правительства", "утвердило план"), a bare
"подписали план", a plan one side signs ("Губернатор области подписал план мероприятий …"),
a signed plan's term is no date. Sentences of our own about other pairs."""

from __future__ import annotations

import pytest

DAY = "2026-07-07"

CASES = [
    ("Испания и Португалия подписали план действий на 2026–2030 годы.",
     {("План действий на 2026–2030 годы", "Programme", "signed", "", ("state/ESP", "state/PRT"))}),
    ("По итогам переговоров Кения и Танзания приняли совместное заявление и подписали план "
     "совместных действий на 2027–2029 годы.",
     {("Совместное заявление", "Declaration", "signed", DAY, ("state/KEN", "state/TZA")),
      ("План совместных действий на 2027–2029 годы", "Programme", "signed", "",
       ("state/KEN", "state/TZA"))}),
    ("Чили и Перу подписали соглашение о транзите и план действий по развитию торговли.",
     {("Соглашение о транзите", "Agreement", "signed", "", ("state/CHL", "state/PER")),
      ("План действий по развитию торговли", "Programme", "signed", "",
       ("state/CHL", "state/PER"))}),
    ("Кения и Танзания подписали дорожную карту на 2027 год.",
     {("Дорожная карта на 2027 год", "Programme", "signed", "", ("state/KEN", "state/TZA"))}),
    # a programme titled by its topic keeps its title, as before
    ("Чили и Перу подписали программу сотрудничества на 2026–2028 годы.",
     {("Программа сотрудничества", "Programme", "signed", "", ("state/CHL", "state/PER"))}),
    # must-nots: no plan signed, no paper
    ("Испания и Португалия обсудили план действий правительства Испании по борьбе с пожарами.",
     set()),
    ("Правительство Кении утвердило план действий на 2026–2030 годы.", set()),
    ("Министры Чили и Перу подписали план.", set()),
    # must-nots: a plan one side signs is its own, as a roadmap is (`reading.SIDED`)
    ("Губернатор области подписал план мероприятий по газификации.", set()),
    ("Правительство Кении подписало план действий по борьбе с засухой.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "papers"), CASES)
def test_a_signed_plan_is_a_programme(extraction_of, text: str, papers: set) -> None:  # noqa: ANN001
    read = extraction_of(text, DAY, "agreements").facts["agreements"]
    found = {(a.title, a.kind, a.status, a.date, tuple(sorted(a.parties))) for a in read}
    assert found == papers
