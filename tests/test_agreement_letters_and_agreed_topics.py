"""Papers of the sixty-ninth pass (h-agreements86): letters of intent and the topics of
arrangements.

- "подписали письмо о намерениях по …" is a paper, a memorandum-like one (`письмо
  Memorandum of:намерение` in `agreement_kinds.tsv`); "Тогда" after a sentence that tells a
  visit dates it by the visit (`dates._then`). Not a letter sent, one side's letter of
  support, nor one side's intentions ("о намерениях правительства").
- A settled "договорились о X …" is titled by X without the words of when, on what
  condition or under whose eye it is done, its coordinated topics kept
  (`arrangements._how_done`, `_bridged`); a bare "документ" of those words is its own paper.
- A participle before a topic's noun stays in the title ("о продлении действующего валютного
  свопа"), and the term of the agreed thing ("сроком на три года") makes it no arrangement
  about a term (`arrangements._of_no_arrangement`, `title_ends.genitive_noun`).

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document

DAY = "2026-02-03"


def _rows(analyse, text: str) -> set[tuple]:
    """(title, kind, status, date, parties) of each agreement `text` gives."""
    facts = extract_agreements(analyse(Document(id="t", text=text, date=DAY)))
    return {(a.title, a.kind, a.status, a.date, tuple(a.parties)) for a in facts}


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("В прошлом году президент Вьетнама посетил Сеул с государственным визитом. Тогда "
         "стороны также подписали письмо о намерениях по строительству атомной электростанции.",
         ("Письмо о намерениях по строительству атомной электростанции", "Memorandum", "signed",
          "2025", ("state/KOR", "state/VNM"))),
        ("Египет и Греция подписали письмо о намерениях по созданию энергетического коридора.",
         ("Письмо о намерениях по созданию энергетического коридора", "Memorandum", "signed",
          "", ("state/EGY", "state/GRC"))),
    ],
)  # fmt: skip
def test_a_letter_of_intent_is_a_paper(analyse, text, row):
    assert row in _rows(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Президент Чили направил письмо президенту Перу.",
        "Премьер-министр Греции направил президенту Кипра письмо о поддержке.",
        "Эстония и Латвия подписали письмо о поддержке совместной заявки.",
        "Депутаты подписали открытое письмо о намерениях правительства.",
    ],
)
def test_a_letter_sent_or_of_one_side_is_none(analyse, text):
    assert not any(row[0].startswith("Письмо") for row in _rows(analyse, text))


_SIGNED = "Agreement", "signed", DAY


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Армения и Азербайджан договорились о прекращении огня в течение десяти дней после "
         "подписания документа и об обмене пленными под контролем Международного комитета "
         "Красного Креста.",
         ("Договорённость о прекращении огня и об обмене пленными", *_SIGNED,
          ("state/ARM", "state/AZE"))),
        ("Судан и Южный Судан договорились об открытии границы через десять дней и о "
         "возобновлении торговли.",
         ("Договорённость об открытии границы и о возобновлении торговли", *_SIGNED,
          ("state/SDN", "state/SSD"))),
        ("Эфиопия и Эритрея договорились об обмене пленными под контролем ООН.",
         ("Договорённость об обмене пленными", *_SIGNED, ("state/ERI", "state/ETH"))),
        ("Армения и Азербайджан договорились о прекращении огня после подписания документа.",
         ("Договорённость о прекращении огня", *_SIGNED, ("state/ARM", "state/AZE"))),
        ("Турция и Катар договорились о продлении действующего валютного свопа сроком на три "
         "года.",
         ("Договорённость о продлении действующего валютного свопа", *_SIGNED,
          ("state/QAT", "state/TUR"))),
        ("Турция и Катар подписали соглашение о продлении действующего валютного свопа сроком "
         "на три года.",
         ("Соглашение о продлении действующего валютного свопа", "Agreement", "signed", "",
          ("state/QAT", "state/TUR"))),
        # must-nots: a place or a transfer "под контроль" is the topic's own
        ("Сербия и Венгрия договорились о транзите газа через Румынию.",
         ("Договорённость о транзите газа через Румынию", *_SIGNED,
          ("state/HUN", "state/SRB"))),
        ("Египет и Судан договорились о передаче объектов под контроль правительства.",
         ("Договорённость о передаче объектов под контроль правительства", *_SIGNED,
          ("state/EGY", "state/SDN"))),
    ],
)  # fmt: skip
def test_an_arrangement_is_titled_by_what_is_agreed(analyse, text, row):
    assert _rows(analyse, text) == {row}


@pytest.mark.parametrize(
    "text",
    [
        "Бразилия и Аргентина обсудили возможность продления валютного свопа.",
        "Турция и Катар договорились о сроках продления валютного свопа.",
    ],
)
def test_no_arrangement_of_a_term_or_a_possibility(analyse, text):
    assert not _rows(analyse, text)
