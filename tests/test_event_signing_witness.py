"""One in whose presence a paper is signed is no participant of its signing (sixty-eighth
pass, h-events260).

"… подписали соглашение в присутствии министра иностранных дел Чили Марии Лопес": the
parse hangs the witness's name on the second signer's title, so the Signing took her for
one of its participants. The agreement's signatories already left her out (h-agreements84).
Sentences of our own about other states."""

from __future__ import annotations

import pytest

_DAY = "2026-03-12"

# (text, a witness who takes no part, the signers who do)
WITNESSES = [
    ("Министр торговли Чили Хосе Гарсия и министр торговли Перу Луис Кастро подписали "
     "соглашение о торговле в присутствии министра иностранных дел Чили Марии Лопес.",
     "person/mariya-lopes", {"person/khose-garsiya", "person/luis-kastro"}),
    ("Соглашение о торговле подписали министр торговли Чили Хосе Гарсия и посол Перу Луис "
     "Кастро в присутствии президента Чили Габриэля Борича.",
     "person/gabriel-borich", {"person/khose-garsiya", "person/luis-kastro"}),
]  # fmt: skip

# must not: the signers named after a presence told before their titles keep their part
SIGNERS = [
    ("В присутствии президента Кении Уильяма Руто министр энергетики Кении Питер Очиенг и "
     "министр энергетики Танзании Ахмед Салим подписали меморандум о сотрудничестве.",
     {"person/piter-ochieng", "person/akhmed-salim"}),
]  # fmt: skip


def _signing(events, text: str):
    (signing,) = [e for e in events(text, _DAY) if e.kind == "Signing"]
    return signing


@pytest.mark.parametrize(("text", "witness", "signers"), WITNESSES)
def test_a_witness_takes_no_part(events, text: str, witness: str, signers: set) -> None:
    signing = _signing(events, text)
    assert witness not in signing.participants
    assert signers <= set(signing.participants)


@pytest.mark.parametrize(("text", "signers"), SIGNERS)
def test_signers_after_a_presence_take_part(events, text: str, signers: set) -> None:
    assert signers <= set(_signing(events, text).participants)
