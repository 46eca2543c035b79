"""A next round of a series ("Следующий раунд консультаций состоится в …") told after a
meeting of one of its sides with a third person is of the round told before by its noun,
not of the meeting told nearer (h-events149). Own sentences about other pairs of states,
dated 20 May 2025."""

from __future__ import annotations

import pytest

_DAY = "2025-05-20"

_ROUND_CL = (
    "Министры иностранных дел Чили и Перу Альберто ван Кларен и Эльмер Шиалер провели в Лиме "
    "очередной раунд консультаций. Ван Кларен также был принят президентом Перу Диной "
    "Болуарте. "
)
_ROUND_EJ = (
    "Министры иностранных дел Египта и Иордании Бадр Абдель Ати и Айман Сафади провели в "
    "Каире очередной раунд переговоров. Сафади также был принят президентом Египта Абдель "
    "Фаттахом ас-Сиси. "
)

# (text, the planned talks' persons)
ROUNDS = [
    (_ROUND_CL + "Следующий раунд консультаций состоится в Сантьяго в 2026 году.",
     ["person/alberto-van-klaren", "person/elmer-shialer"]),
    (_ROUND_EJ + "Следующий раунд переговоров пройдёт в Аммане в 2026 году.",
     ["person/ayman-safadi", "person/badr-abdel-ati"]),
    # must nots: no round told before, talks agreed on that are no next round: the talks or
    # the meeting told last
    ("Президент Кении Уильям Руто провёл в Найроби переговоры с президентом Уганды Йовери "
     "Мусевени. Следующий раунд консультаций пройдёт в Кампале в 2026 году.",
     ["person/uilyam-ruto", "person/yoveri-museveni"]),
    (_ROUND_EJ + "Стороны договорились провести консультации в Аммане в 2026 году.",
     ["person/abdel-fattah-el-sisi", "person/ayman-safadi"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons"), ROUNDS)
def test_next_round_persons(events, text: str, persons: list) -> None:
    read = [e for e in events(text, _DAY) if e.kind == "Talks" and e.status == "planned"]
    assert [[k for k in e.participants if k.startswith("person/")] for e in read] == [persons]
