"""A speaker who recalls an old signing ("X напомнил, что соглашение было подписано …") is no
participant of it; one who says they signed it is (sixty-sixth pass, h-events248). Own
sentences."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind, person_keys, state_keys

_DAY = "2026-12-04"

# text, the speaker's key, states the signing keeps
RECALLED = [
    ("Министр иностранных дел Эквадора Габриэла Соммерфельд напомнила, что меморандум о "
     "сотрудничестве был подписан главами МИД Эквадора и Перу в марте 2023 года в Кито.",
     "person/gabriela-sommerfeld", {"state/ECU", "state/PER"}),
    ("Министр Ганы Джон Абдулай напомнил, что соглашение было подписано президентом Ганы "
     "Нана Акуфо-Аддо и президентом Того Фором Гнассингбе в 2022 году.",
     "person/dzhon-abdulai", {"state/GHA", "state/TGO"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker", "states"), RECALLED)
def test_the_speaker_is_no_signer(events, text, speaker, states) -> None:
    signing = one_of_kind(events(text, _DAY), "Signing")
    assert not [k for k in person_keys(signing) if k.split("/")[1][:6] == speaker[7:13]]
    assert states <= state_keys(signing)


def test_one_who_says_they_signed_signs(events) -> None:
    text = "Президент Перу заявил, что подписал соглашение с Боливией."
    assert state_keys(one_of_kind(events(text, _DAY), "Signing")) == {"state/PER", "state/BOL"}
