"""A delegation's leader named by a verb of leading rather than "во главе с": in a relative
clause on the delegation ("делегация Туниса, которую возглавил министр X") or as the next
sentence's subject with the delegation or "её" as its object ("Её возглавил X", "Делегацию
возглавлял X", "Возглавила делегацию X") takes part in its visit or meeting, as the leader
of "во главе с" does. Sixty-first pass, h-orgs74; own sentences about Tunisia–Morocco,
Kenya–Uganda, Ghana–Togo. Must-nots: another body led in the next sentence
("Министерство торговли Туниса возглавляет X"), a relative clause of leading on another
noun ("на заседание комиссии, которую возглавляет X")."""

from __future__ import annotations

import pytest

# text, who takes part in the event, who must not
CASES = [
    ("Делегация Туниса прибыла в Рабат. Её возглавил министр торговли Туниса Ахмед Салем.",
     {"person/akhmed-salem"}, set()),
    ("В Рабат прибыла делегация Туниса. Делегацию возглавлял министр торговли Ахмед Салем.",
     {"person/akhmed-salem"}, set()),
    ("В Рабат прибыла делегация Туниса, которую возглавила министр торговли Лейла Бен Али.",
     {"person/leyla-ben-ali"}, set()),
    ("В Аккру прибыла делегация Того. Возглавила делегацию министр торговли Того Роза Менса.",
     {"person/roza-mensa"}, set()),
    ("Делегацию Кении, которую возглавил министр иностранных дел Мусалия Мудавади, принял "
     "президент Уганды.",
     {"person/musaliya-mudavadi"}, set()),
    # must not: another body led, a person named with no verb of leading
    ("В Рабат прибыла делегация Туниса. Министерство торговли Туниса возглавляет Ахмед "
     "Салем.",
     set(), {"person/akhmed-salem"}),
    ("В Рабат прибыла делегация Туниса на заседание комиссии, которую возглавляет министр "
     "торговли Марокко Омар Хилали.",
     set(), {"person/omar-khilali"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "members", "others"), CASES)
def test_a_delegations_leader_by_a_verb_takes_part(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    members: set[str],
    others: set[str],
) -> None:
    found = [e for e in events(text, "2024-05-10") if e.kind in {"Visit", "Meeting"}]
    taking_part = {k for e in found for k in e.participants}
    assert found and members <= taking_part and not others & taking_part
