"""An arrest the sentence before speaks of, and one whose only state is the citizenship of the
one detained (events100). "Премьер Чили обсудил задержание гражданина Перу X. Он был
арестован в Сантьяго" is one Arrest of X in Chile: "он" is the one whose arrest was spoken
of, as it was the one whose release was asked for; "после ареста X Y скрылся. Он был
арестован" stays Y. "Полиция задержала гражданина Мексики в Торонто" is Canada's arrest,
the place parsed as the noun's; the citizenship is never the arresting state. Sentences of
our own (Chile–Peru, Estonia–Latvia, Egypt–Turkey, Canada–Mexico)."""

from __future__ import annotations

import pytest

# (text, who is arrested, the arrest's state, who and which state are not in it)
SPOKEN = [
    ("Премьер Чили обсудил задержание гражданина Перу Хуана Переса. Он был арестован в "
     "Сантьяго в понедельник.", "person/khuan-peres", "state/CHL", {"state/PER"}),
    ("Министр иностранных дел Эстонии обсудил задержание гражданина Латвии Яниса Озолса. Он "
     "был задержан в Таллине во вторник.", "person/yanis-ozols", "state/EST", {"state/LVA"}),
    ("Президент Египта обсудил арест гражданина Турции Мехмета Йылмаза. Он был арестован в "
     "Каире.", "person/mekhmet-yylmaz", "state/EGY", {"state/TUR"}),
    ("Президент Чили Габриэль Борич осудил арест гражданина Перу Хуана Переса. Он был "
     "задержан в Лиме в январе.", "person/khuan-peres", "state/PER", {"person/gabriel-borich"}),
    ("Президент Чили Габриэль Борич прокомментировал задержание гражданки Перу Анны Лопес. "
     "Она была арестована в Лиме.", "person/anna-lopes", "state/PER",
     {"person/gabriel-borich"}),
    # must keep: an act the sentence before only dates by is not the one spoken of
    ("Хуан Перес скрылся после ареста Хорхе Варгаса. Он был арестован в Чили.",
     "person/khuan-peres", "state/CHL", {"person/khorkhe-vargas"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "held", "state", "not_in"), SPOKEN)
def test_he_arrested_is_whom_the_sentence_before_speaks_of(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    held: str,
    state: str,
    not_in: set[str],
) -> None:
    arrest = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"][-1]
    assert held in arrest.participants and state in arrest.participants
    assert not not_in & set(arrest.participants)


def test_an_arrest_spoken_of_then_told_is_one_event(events) -> None:  # noqa: ANN001
    text = ("Премьер Чили обсудил задержание гражданина Перу Хуана Переса. Он был арестован в "
            "Сантьяго в понедельник.")  # fmt: skip
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert arrest.location == "Сантьяго"


# (text, the arrest's state, the citizenship that is not it)
CITIZENS = [
    ("В Москве задержан гражданин Эстонии.", "state/RUS", "state/EST"),
    ("В Риге задержан гражданин Эстонии.", "state/LVA", "state/EST"),
    ("В Лиме арестована гражданка Чили.", "state/PER", "state/CHL"),
    ("В Таллине задержан гражданин Латвии.", "state/EST", "state/LVA"),
    ("Полиция задержала гражданина Мексики в Торонто.", "state/CAN", "state/MEX"),
    ("Полиция задержала гражданку Эстонии в Риге.", "state/LVA", "state/EST"),
    ("В Торонто задержаны двое граждан Мексики.", "state/CAN", "state/MEX"),
    # must keep: the authorities' state
    ("Полиция Латвии задержала гражданина Эстонии.", "state/LVA", "state/EST"),
]


@pytest.mark.parametrize(("text", "state", "citizen"), CITIZENS)
def test_a_citizens_arrest_is_the_places(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    state: str,
    citizen: str,
) -> None:
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert state in arrest.participants and citizen not in arrest.participants
