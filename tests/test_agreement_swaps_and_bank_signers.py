"""Papers of the sixty-eighth pass (h-agreements85): titles and signers of central banks' swaps.

- "о продлении двустороннего валютного свопа сроком на пять лет": the noun the tagger reads as
  a participle after genitive adjectives agreeing with its noun reading is the topic's noun, so
  the title is not cut at "о продлении" (`title_ends.genitive_noun`).
- "Документ подписали председатель Центрального банка Чили X и президент Центрального
  резервного банка Перу Y" after the two banks signed: the signers sign the banks' paper, whose
  parties stay the banks (`references.signers_for_bodies`); a holder whose name the parse hung on
  the first title is found past a body's genitive name ("… банка Перу Хулио Веларде") and after
  a participle that is an office ("управляющий Народным банком …", `reading._name_after_own_words`).

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, agreement_rows

DAY = "2026-12-04"
BANKS = ("org/tsentralnyy-bank-chili", "org/tsentralnyy-rezervnyy-bank-peru")
SIGNERS = ("person/khulio-velarde", "person/rosanna-kosta")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Индонезия и Малайзия подписали соглашение о продлении двустороннего валютного свопа "
         "сроком на три года.", "Соглашение о продлении двустороннего валютного свопа"),
        ("Турция и Катар подписали протокол о продлении действия двустороннего валютного свопа "
         "сроком на пять лет.", "Протокол о продлении действия двустороннего валютного свопа"),
        ("Центральный банк Чили и Центральный резервный банк Перу в четверг подписали соглашение "
         "о продлении двустороннего валютного свопа сроком на пять лет.",
         "Соглашение о продлении двустороннего валютного свопа"),
        # must-nots: a noun the tagger reads right, a verb with a predicate of its own
        ("Египет и Иордания подписали соглашение о продлении аренды военной базы сроком на 25 "
         "лет.", "Соглашение о продлении аренды военной базы"),
        ("Участники соглашения о торговле новыми стали партнёрами Чили и Перу.",
         "Соглашение о торговле"),
    ],
)  # fmt: skip
def test_a_process_keeps_its_object_read_as_a_participle(analyse, text, title):
    assert title in {t for t, *_ in agreement_rows(analyse, text, DAY)}


_SIGNED = ("Центральный банк Чили и Центральный резервный банк Перу подписали соглашение о "
           "валютном свопе. ")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (_SIGNED + "Документ подписали председатель Центрального банка Чили Росанна Коста и "
         "президент Центрального резервного банка Перу Хулио Веларде.",
         ("Соглашение о валютном свопе", "signed", BANKS, SIGNERS)),
        (_SIGNED + "Подписи под документом поставили председатель Центрального банка Чили "
         "Росанна Коста и президент Центрального резервного банка Перу Хулио Веларде.",
         ("Соглашение о валютном свопе", "signed", BANKS, SIGNERS)),
        (_SIGNED + "Документ подписали председатель Центрального банка Чили Росанна Коста и "
         "управляющий Центральным резервным банком Перу Хулио Веларде, который находится в "
         "Сантьяго с визитом.",
         ("Соглашение о валютном свопе", "signed", BANKS, SIGNERS)),
        # must-not: the states' paper keeps its states, its signers' bodies no parties
        ("Чили и Перу подписали соглашение о торговле. Документ подписали министр финансов Чили "
         "Марио Марсель и президент Центрального резервного банка Перу Хулио Веларде.",
         ("Соглашение о торговле", "signed", CHL_PER,
          ("person/khulio-velarde", "person/mario-marsel"))),
    ],
)  # fmt: skip
def test_the_banks_paper_takes_signers_told_after(analyse, text, row):
    assert row in agreement_rows(analyse, text, DAY)


def test_signers_of_other_states_sign_no_banks_paper(analyse):
    text = (_SIGNED + "Документ подписали министр финансов Аргентины Луис Капуто и министр "
            "экономики Уругвая Габриэль Одоне.")  # fmt: skip
    rows = agreement_rows(analyse, text, DAY)
    assert ("Соглашение о валютном свопе", "signed", BANKS, ()) in rows
