"""A visit noun whose only word is a genitive naming the guest a greeting in the sentence
before met ("В аэропорту Найроби президента Замбии X встретил вице-президент Кении Y. Визит
президента Замбии продлится три дня") is that guest's trip, begun: hosted by the greeter's
state, with the greeter, on the greeting's day (`visits.greeted_before`), as a bare "Визит"
is. Must-nots: a visit of another traveller or to a place of its own, or one told as
another ("Предыдущий визит"). Sentences of our own about other states (sixtieth pass,
h-events203)."""

from __future__ import annotations

import pytest

ZAMBIA = (
    "14 мая в аэропорту Найроби президента Замбии Хакайнде Хичилему встретил вице-президент "
    "Кении Китуре Кинди. "
)
LAOS = (
    "3 сентября в аэропорту Ханоя премьер-министра Лаоса Сонсая Сипхандона встретил "
    "вице-премьер Вьетнама Чан Хонг Ха. "
)

# text, the document's day, (visitor, host, date, status, the greeter takes part)
CASES = [
    (ZAMBIA + "Визит президента Замбии продлится три дня.", "2025-05-15",
     ("person/khakaynde-khichilema", "state/KEN", "2025-05-14", "occurred", True)),
    (ZAMBIA + "Визит Хакайнде Хичилемы продлится три дня.", "2025-05-15",
     ("person/khakaynde-khichilema", "state/KEN", "2025-05-14", "occurred", True)),
    (LAOS + "Визит премьер-министра Лаоса продлится три дня.", "2025-09-04",
     ("person/sonsay-sipkhandon", "state/VNM", "2025-09-03", "occurred", True)),
    # must-nots: another traveller to a place of its own; a visit told as another (undated,
    # apart from the arrival the greeting tells, h-events214); another traveller, no place
    (LAOS + "Визит премьер-министра Вьетнама в Лаос запланирован на декабрь.", "2025-09-04",
     ("state/VNM", "state/LAO", "2025-12", "planned", False)),
    (ZAMBIA + "Предыдущий визит президента Замбии продлился неделю.", "2025-05-15",
     ("person/khakaynde-khichilema", "", "", "occurred", False)),
    (ZAMBIA + "Визит президента Уганды продлится два дня.", "2025-05-15",
     ("state/UGA", "", "", "planned", False)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "want"), CASES)
def test_the_greeted_guests_visit(events, text: str, day: str, want: tuple) -> None:
    # the greeting alone is the guest's arrival (sixty-second pass, h-events214): the visit
    # the second sentence tells is the last one read
    visit = [e for e in events(text, day) if e.kind == "Visit"][-1]
    greeters = {"person/kiture-kindi", "person/chan-khong-kha"}
    met = bool(greeters & set(visit.participants))
    assert (visit.visitor, visit.host, visit.date, visit.status, met) == want
