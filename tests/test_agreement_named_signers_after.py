"""A plural title that signs a paper names its signers after its words ("Документ подписали
министры энергетики двух стран A и B", the parse hanging the names on a word of the title):
both persons sign the paper the sentence before named, the pair's states its parties (each
of the papers, after a plural "Документы": h-agreements45). A title naming no one and a
meeting of the named persons give no signers. Sentences of our own about other pairs
(agreements41)."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows

KEN_ETH = ("state/ETH", "state/KEN")
PER_BOL = ("state/BOL", "state/PER")
PERU = "Президенты Перу и Боливии провели переговоры в Лиме. "


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Президенты Кении и Эфиопии провели переговоры в Аддис-Абебе. Стороны также подписали "
         "соглашение о строительстве линии электропередачи. Документ подписали министры "
         "энергетики двух стран Опийо Ванджи и Хабтаму Итефа.",
         {("Соглашение о строительстве линии электропередачи", "signed", KEN_ETH,
           ("person/khabtamu-itefa", "person/opiyo-vandzhi"))}),
        (PERU + "Стороны подписали соглашение о торговле. Соглашение подписали министры "
         "торговли двух стран Эльмер Шиалер и Селинда Соса.",
         {("Соглашение о торговле", "signed", PER_BOL,
           ("person/elmer-shialer", "person/selinda-sosa"))}),
        # two papers before, "Документы" opening the next sentence: the names sign both
        # (fifty-third pass, h-agreements45: `listed.signing_told_before`)
        (PERU + "Стороны подписали соглашение о торговле и меморандум о туризме. Документы "
         "подписали министры иностранных дел двух стран Эльмер Шиалер и Селинда Соса.",
         {("Соглашение о торговле", "signed", PER_BOL,
           ("person/elmer-shialer", "person/selinda-sosa")),
          ("Меморандум о туризме", "signed", PER_BOL,
           ("person/elmer-shialer", "person/selinda-sosa"))}),
        # must not: the named ministers meet, they sign nothing
        (PERU + "Стороны подписали соглашение о торговле. Министры торговли двух стран Эльмер "
         "Шиалер и Селинда Соса провели отдельную встречу.",
         {("Соглашение о торговле", "signed", PER_BOL, ())}),
        # must not: a name in a clause on the title is no signer
        (PERU + "Стороны подписали соглашение о торговле. Документ подписали министры "
         "торговли двух стран, назначенные президентом Перу Диной Болуарте.",
         {("Соглашение о торговле", "signed", PER_BOL, ())}),
        # must not: a title naming no one names no signer
        (PERU + "Стороны подписали соглашение о торговле. Документ подписали министры торговли "
         "двух стран.",
         {("Соглашение о торговле", "signed", PER_BOL, ())}),
    ],
)  # fmt: skip
def test_a_plural_titles_names_after_it_sign_the_paper(analyse, text, rows):
    found = agreement_rows(analyse, text, "2025-03-06")
    assert {(t, s, tuple(sorted(p)), tuple(sorted(g))) for t, s, p, g in found} == rows
