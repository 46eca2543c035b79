"""An event in a state's other seat of government ("Ла-Пас" beside Bolivia's "Сукре", "Гаага"
beside "Амстердам", "Котону" beside "Порто-Ново"): the seat is read as a capital, so the
state it is the seat of takes part, as it does in any capital (fiftieth pass, h-events134).
Must-nots: a namesake the sentence places in another state ("в мексиканском Ла-Пасе"), a
police of another state named in the seat. Sentences of our own about Bolivia–Peru,
Netherlands–Belgium, Benin–Togo."""

from __future__ import annotations

import pytest

ARRESTS = [
    # (text, the place, states that must take part, states that must not)
    ("В Ла-Пасе полиция задержала 40 человек.", "Ла-Пас", {"state/BOL"}, {"state/PER"}),
    ("В Ла-Пасе прошла акция протеста, полиция задержала 40 человек.", "Ла-Пас",
     {"state/BOL"}, set()),
    ("Во время протестов в Ла-Пасе полиция задержала двух граждан Перу.", "Ла-Пас",
     {"state/BOL"}, {"state/PER"}),
    # must not: a namesake in another state
    ("В мексиканском Ла-Пасе полиция задержала 40 человек.", "Ла-Пас", {"state/MEX"},
     {"state/BOL"}),
    # must not: a police of another state keeps its state
    ("В Гааге полиция Бельгии задержала 40 человек.", "Гаага", {"state/BEL"}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "wanted", "unwanted"), ARRESTS)
def test_a_seat_is_a_capital(  # noqa: ANN001
    events, text: str, place: str, wanted: set[str], unwanted: set[str]
) -> None:
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert event.location == place
    assert wanted <= set(event.participants)
    assert not unwanted & set(event.participants)
