"""A signing by the delegations of the report's two sides ("Делегации двух стран (обеих стран,
Ганы и Того) подписали …", also bare "Делегации подписали") is the sides' own, as "Стороны
подписали" is: of no day of its own, it is held at the talks, meeting or sitting of those
sides told before, on its day and at its place, and its paper takes that day. Must-nots:
delegations of another pair, of one state, of many states or of members ("стран-участниц") keep
the day the report gives and no place. Own sentences about Ghana–Togo and Peru–Ecuador
(sixty-fourth pass, h-events235)."""

from __future__ import annotations

import pytest

DAY = "2026-11-20"
MEETING = (
    "Министр иностранных дел Ганы Самуэль Аблаква встретился в Ломе с министром иностранных "
    "дел Того Робертом Дусси. Стороны обсудили вопросы торговли и безопасности."
)
SITTING = "В четверг в Аккре прошло заседание межправительственной комиссии Ганы и Того."
TALKS = (
    "Президент Перу Хосе Херонимо 18 ноября провёл в Кито переговоры с президентом Эквадора "
    "Даниэлем Нобоа."
)
MEMO = "меморандум о сотрудничестве в сфере туризма."

# (text, the Signing's (date, place, states))
CASES = [
    (f"{MEETING} Делегации двух стран подписали {MEMO}",
     ("2026-11-20", "Ломе", {"state/GHA", "state/TGO"})),
    (f"{MEETING} Делегации Ганы и Того подписали {MEMO}",
     ("2026-11-20", "Ломе", {"state/GHA", "state/TGO"})),
    (f"{MEETING} Делегации подписали {MEMO}", ("2026-11-20", "Ломе", {"state/GHA", "state/TGO"})),
    (f"{SITTING} Делегации двух стран подписали {MEMO}",
     ("2026-11-19", "Аккра", {"state/GHA", "state/TGO"})),
    (f"{SITTING} Делегации обеих стран подписали {MEMO}",
     ("2026-11-19", "Аккра", {"state/GHA", "state/TGO"})),
    (f"{TALKS} Делегации двух стран подписали соглашение о пограничной торговле.",
     ("2026-11-18", "Кито", {"state/PER", "state/ECU"})),
    # must-nots: another pair's, one state's, many states' delegations
    (f"{SITTING} Делегации Кении и Уганды подписали {MEMO}",
     ("2026-11-20", "", {"state/KEN", "state/UGA"})),
    (f"{SITTING} Делегации Ганы подписали {MEMO}", ("2026-11-20", "", {"state/GHA", "state/TGO"})),
    (f"{SITTING} Делегации 20 стран подписали декларацию о сотрудничестве в сфере туризма.",
     ("2026-11-20", "", set())),
    (f"{SITTING} Делегации стран-участниц подписали {MEMO}", ("2026-11-20", "", set())),
]  # fmt: skip


@pytest.mark.parametrize(("text", "signing"), CASES)
def test_delegations_signing(extraction_of, text, signing) -> None:
    read = extraction_of(text, DAY, "events").facts
    (event,) = [e for e in read["events"] if e.kind == "Signing"]
    states = {p for p in event.participants if p.startswith("state/")}
    assert (event.date, event.location, states) == signing
    assert [a.date for a in read["agreements"]] == [signing[0]]
