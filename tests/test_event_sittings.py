"""A body's sitting is one event, a Meeting (the contract's kind) labelled by what it is
("Заседание межправительственной комиссии Чили и Перу", "Заседание Совета министров
Египта"), not "Встреча <state>", a meeting of a state the text does not tell; its participants
are the body's states (`hits._sitting_name`, `naming._label`). A sitting and a leaders'
meeting told in another sentence are two facts, not fused (`sameness.sitting_apart`); what is
told at the sitting ("обсудили на нём") stays one with it. Sentences of our own (Chile–Peru,
Egypt–Turkey, Italy–Spain; forty-seventh pass, h-events122)."""

from __future__ import annotations

import pytest
from fact_reads import state_keys

PAIR = "Чили и Перу — соседи, Перу покупает медь Чили. "

# (text, the meetings' labels and states, in order)
CASES = [
    (
        "В Лиме прошло заседание межправительственной комиссии Чили и Перу.",
        [("Заседание межправительственной комиссии Чили и Перу", {"state/CHL", "state/PER"})],
    ),
    (
        "Совет министров Египта собрался на заседание.",
        [("Заседание Совета министров Египта", {"state/EGY"})],
    ),
    (
        "Вчера в Каире прошло третье заседание египетско-турецкой межправительственной "
        "комиссии по торгово-экономическому сотрудничеству.",
        [
            (
                "Третье заседание египетско-турецкой межправительственной комиссии по "
                "торгово-экономическому сотрудничеству",
                {"state/EGY", "state/TUR"},
            )
        ],
    ),
    (
        PAIR + "В среду на заседании Центральной избирательной комиссии Чили объявили итоги "
        "голосования.",
        [("Заседание Центральной избирательной комиссии Чили", {"state/CHL"})],
    ),
    # two facts: the presidents' meeting and the commission's sitting of that day
    (
        "Президенты Чили и Перу встретились в Лиме. В тот же день прошло заседание "
        "межправительственной комиссии Чили и Перу.",
        [
            ("Встреча Перу и Чили", {"state/CHL", "state/PER"}),
            ("Заседание межправительственной комиссии Чили и Перу", {"state/CHL", "state/PER"}),
        ],
    ),
    # must not change: what is told at the sitting is the sitting; a meeting is a meeting;
    # a bare sitting names no body
    (
        "Заседание межправительственной комиссии Чили и Перу прошло в Лиме. Министры "
        "иностранных дел Чили и Перу обсудили на нём торговлю.",
        [("Заседание межправительственной комиссии Чили и Перу", {"state/CHL", "state/PER"})],
    ),
    (
        "Президент Перу провёл встречу с президентом Чили.",
        [("Встреча Перу и Чили", {"state/CHL", "state/PER"})],
    ),
    (
        PAIR + "В Сантьяго прошло заседание.",
        [("Встреча Перу и Чили", {"state/CHL", "state/PER"})],
    ),
]


@pytest.mark.parametrize(("text", "meetings"), CASES)
def test_a_sitting_is_labelled_by_its_body(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    meetings: list[tuple[str, set[str]]],
) -> None:
    read = [e for e in events(text, "2010-02-01") if e.kind in {"Meeting", "Talks"}]
    assert [(e.label, state_keys(e)) for e in read] == meetings


def test_a_sitting_after_a_meeting_is_not_its_day(events) -> None:  # noqa: ANN001
    text = (
        "Премьер-министр Италии Марио Бьянки встретился с премьер-министром Испании Хуаном "
        "Лопесом. В субботу Совет министров Италии собрался на заседание."
    )
    read = [(e.label, e.date) for e in events(text, "2013-11-18") if e.kind == "Meeting"]
    assert read == [
        ("Встреча Марио Бьянки и Хуана Лопеса", "2013-11-18"),
        ("Заседание Совета министров Италии", "2013-11-16"),
    ]
