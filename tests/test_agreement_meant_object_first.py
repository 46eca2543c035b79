"""A paper placed before the infinitive of an intention (fifty-fifth pass, h-agreements55).

"Стороны намерены подписать соглашение о …" is planned, but "Соглашение о … стороны намерены
подписать" was mentioned: the parse makes the paper the subject of "намерены" (or the object
of "планируют"), not the object of "подписать", and reads "стороны" as a genitive of the
topic ("Меморандум о туризме стороны"). The infinitive of no object of its own is now the
paper's predicate, and the title ends before the subject of the verb of intention. Must-nots:
a refusal or a negated intention stays mentioned, a signing told in the past stays signed, a
paper that lets others sign something else is not planned, and a "стороны" of a preposition
keeps its title. Sentences of our own about other pairs."""

from __future__ import annotations

import pytest

from kg.extract.agreements import read_agreements
from kg.model import Document

DAY = "2026-05-15"
ARG_URY = "Министры иностранных дел Аргентины и Уругвая встретились в Монтевидео. "
MAR_TUN = "Президенты Марокко и Туниса провели переговоры в Рабате. "
CZE_POL = "Премьер-министры Польши и Чехии провели переговоры в Праге. "

PAPERS = [
    (ARG_URY + "Соглашение о поставках газа стороны намерены подписать до конца года.",
     ("Соглашение о поставках газа", "planned", ("state/ARG", "state/URY"))),
    (MAR_TUN + "Меморандум о туризме стороны собираются подписать осенью.",
     ("Меморандум о туризме", "planned", ("state/MAR", "state/TUN"))),
    (CZE_POL + "Договор о транзите стороны планируют подписать в марте.",
     ("Договор о транзите", "planned", ("state/CZE", "state/POL"))),
    (ARG_URY + "Соглашение о поставках газа намерены подписать до конца года.",
     ("Соглашение о поставках газа", "planned", None)),
    # must-nots: refused, not meant, done, or another thing signed by it
    (ARG_URY + "Соглашение о поставках газа стороны отказались подписать.",
     ("Соглашение о поставках газа", "mentioned", None)),
    (MAR_TUN + "Протокол о торговле стороны не намерены подписывать.",
     ("Протокол о торговле", "mentioned", None)),
    (CZE_POL + "Соглашение о торговле стороны подписали в среду.",
     ("Соглашение о торговле", "signed", ("state/CZE", "state/POL"))),
    (ARG_URY + "Соглашение о торговле позволит сторонам подписать новые контракты.",
     ("Соглашение о торговле", "mentioned", None)),
    # must-not: "стороны" of a preposition stays in its title
    (CZE_POL + "Меморандум о гарантиях для принимающей стороны планируют подписать в марте.",
     ("Меморандум о гарантиях для принимающей стороны", "planned", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "paper"), PAPERS)
def test_a_paper_meant_to_be_signed_reads_as_after_its_verb(
    analyse, text: str, paper: tuple
) -> None:  # noqa: ANN001
    ctx = analyse(Document(id="t", text=text, date=DAY))
    [found] = read_agreements(ctx).facts
    title, status, parties = paper
    assert (found.title, found.status) == (title, status)
    if parties is not None:
        assert tuple(sorted(found.parties)) == parties
