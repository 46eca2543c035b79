"""The guest a participle of coming names, where the parser hung it on the host (the lead's
fifty-eighth pass; own sentences about Uganda–Tanzania, Japan–New Zealand, Mexico–Chile,
Egypt–Jordan).

"Президент Уганды X принял … президента Танзании Самию Сулуху Хасан, прибывшую в страну с
государственным визитом": slovnet hung "прибывшую" on the subject, and the visit ran from
Uganda to Tanzania with the host as visitor. A participle agrees with its noun in case,
number and gender (`kg/nlp/participle_heads.py`): it is set on the guest it agrees with.
Must-nots: a participle on the subject it agrees with, a guest of the host's own gender."""

from __future__ import annotations

import pytest

CASES = [
    ("Президент Уганды Йовери Мусевени принял в среду в Кампале президента Танзании Самию "
     "Сулуху Хасан, прибывшую в страну с государственным визитом.",
     "StateVisit", "Самии Сулуху Хасан", "state/UGA"),
    ("Премьер-министр Японии Фумио Кисида принял в Токио премьер-министра Новой Зеландии "
     "Джасинду Ардерн, прибывшую в страну с официальным визитом.",
     "OfficialVisit", "Джасинды Ардерн", "state/JPN"),
    # must not: the participle's own noun, a guest of the host's gender
    ("Президент Чили Габриэль Борич, прибывший в Мехико с официальным визитом, встретился с "
     "президентом Мексики Клаудией Шейнбаум.",
     "OfficialVisit", "Габриэля Борича", "state/MEX"),
    ("Президент Египта Абдель Фаттах ас-Сиси принял в Каире короля Иордании Абдаллу II, "
     "прибывшего в страну с рабочим визитом.",
     "WorkingVisit", "Абдаллы II", "state/EGY"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "visitor", "host"), CASES)
def test_the_guest_is_the_visitor(events, text: str, kind: str, visitor: str, host: str) -> None:
    """The visit is the guest's (its label names the visitor in the genitive) to the host."""
    (visit,) = [e for e in events(text, "2026-05-06") if e.kind == kind]
    assert visitor in visit.label and visit.host == host
