"""A coordinated title's holder signs (fifty-fifth pass, h-agreements51): in "министр
энергетики Чили Диего Пардоу и министр энергетики и природных ресурсов Перу Хорхе Монтеро
подписали …" the parse hangs "Перу" and the second name on the first title, so the second
title had no holder of its own (`reading.apposed_person` looked for him right after the
title's words, where the state stands) and only the first signed. The name right after the
genitive state after a coordinated title is its holder. Must-nots: an unnamed second
minister gives no signer; a person named in another clause is none. Sentences of our own
about other pairs."""

from __future__ import annotations

import pytest

from kg.extract.agreements import read_agreements
from kg.model import Document

CASES = [
    ("На полях форума министр энергетики Чили Диего Пардоу и министр энергетики и природных "
     "ресурсов Перу Хорхе Монтеро подписали соглашение о поставках электроэнергии через Арику.",
     ("state/CHL", "state/PER"), ("person/diego-pardou", "person/khorkhe-montero")),
    ("На полях форума министр энергетики Египта Махмуд Исмат и министр энергетики и природных "
     "ресурсов Иордании Салех Харабшех подписали соглашение о поставках электроэнергии через "
     "Акабу.",
     ("state/EGY", "state/JOR"), ("person/makhmud-ismat", "person/salekh-kharabshekh")),
    ("На полях форума министр транспорта Вьетнама Чан Хонг Минь и министр общественных работ и "
     "транспорта Лаоса Вьенгсаван Сипандон подписали соглашение о строительстве железной "
     "дороги.",
     ("state/LAO", "state/VNM"), ("person/chan-khong-min", "person/vengsavan-sipandon")),
    # must-nots: no name after the second title, no signer of it
    ("На полях форума министр энергетики Чили Диего Пардоу и министр энергетики и природных "
     "ресурсов Перу подписали соглашение о поставках электроэнергии через Арику.",
     ("state/CHL", "state/PER"), ("person/diego-pardou",)),
    ("На полях форума министр энергетики Египта и министр энергетики и природных ресурсов "
     "Иордании подписали соглашение о поставках электроэнергии через Акабу, сообщил Махмуд "
     "Исмат.",
     ("state/EGY", "state/JOR"), ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "parties", "signers"), CASES)
def test_a_coordinated_titles_holder_signs(
    analyse,  # noqa: ANN001 - the conftest fixture
    text: str,
    parties: tuple[str, ...],
    signers: tuple[str, ...],
) -> None:
    [paper] = read_agreements(analyse(Document(id="t", text=text, date="2026-10-14"))).facts
    assert (tuple(sorted(paper.parties)), tuple(sorted(paper.signatories))) == (parties, signers)
