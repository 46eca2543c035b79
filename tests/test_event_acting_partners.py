"""The one met or called "с исполняющим обязанности X Y" (h-events254): the parser hangs
the title under "обязанности" and that under the participle "исполняющим", and the name
under the title was taken for someone's possessed, not the partner. Sentences of our own
(Chile–Peru, Egypt–Libya, Mongolia–Nepal)."""

from __future__ import annotations

import pytest
from fact_reads import person_keys

# (text, kind, the persons)
ACTING = [
    ("Президент Чили Габриэль Борич провёл телефонный разговор с исполняющим обязанности "
     "премьер-министра Перу Хуаном Пересом.", "PhoneCall",
     ["person/gabriel-borich", "person/khuan-peres"]),
    ("Министр иностранных дел Египта Бадр Абдель Ати провёл телефонный разговор с "
     "исполняющим обязанности главы МИД Ливии Ахмедом Салехом.", "PhoneCall",
     ["person/akhmed-salekh", "person/badr-abdel-ati"]),
    ("Премьер-министр Монголии Гомбожавын Занданшатар встретился с исполняющим обязанности "
     "министра иностранных дел Непала Арзу Рана Деуба.", "Meeting",
     ["person/arzu-rana-deuba", "person/gombozhavyn-zandanshatar"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "persons"), ACTING)
def test_an_acting_officer_is_the_partner(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    kind: str,
    persons: list[str],
) -> None:
    (event,) = [e for e in events(text, "2026-11-20") if e.kind == kind]
    assert sorted(person_keys(event)) == persons


def test_a_family_is_no_partner(events) -> None:  # noqa: ANN001 - the conftest fixture
    text = ("Президент Чили Габриэль Борич провёл телефонный разговор с семьёй "
            "премьер-министра Перу Хуана Переса.")  # fmt: skip
    (call,) = [e for e in events(text, "2026-11-20") if e.kind == "PhoneCall"]
    assert person_keys(call) == ["person/gabriel-borich"]
