"""A visit turned back on the way did not take place, and its traveller stays in it
(events119): "развернул самолёт, летевший с визитом в X", "известен по развороту самолёта,
которым летел с визитом в X" are cancelled visits, as "X, направлявшийся с визитом в Y,
развернул самолёт" was; the one who flew is whoever turned the plane back, else the person the
sentence before tells of. Sentences of our own (Chile–Peru, Estonia–Latvia, Egypt–Turkey)."""

from __future__ import annotations

import pytest

# (text, the traveller, the host)
TURNED = [
    ("Премьер-министр Перу Хуан Перес развернул самолёт, летевший с визитом в Сантьяго, над "
     "Тихим океаном.", "person/khuan-peres", "state/CHL"),
    ("26 июня 2015 года умер бывший премьер-министр Перу Хуан Перес.\nИзвестен по развороту "
     "самолёта, которым летел с визитом в Сантьяго, над Тихим океаном, по причине "
     "бомбардировки Эквадора.", "person/khuan-peres", "state/CHL"),
    ("26 июня 2015 года умер бывший министр Эстонии Андрус Таммик. Известен по развороту "
     "самолёта, которым летел с визитом в Ригу, над Балтийским морем.",
     "person/andrus-tammik", "state/LVA"),
    # must keep: the traveller turns the plane back himself
    ("Премьер-министр Египта Ахмед Салех, направлявшийся с визитом в Анкару, развернул самолёт "
     "над морем.", "person/akhmed-salekh", "state/TUR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "traveller", "host"), TURNED)
def test_a_visit_turned_back_is_cancelled_with_its_traveller(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    traveller: str,
    host: str,
) -> None:
    (visit,) = [e for e in events(text, "2024-12-20") if e.kind.endswith("Visit")]
    assert visit.status == "cancelled"
    assert visit.visitor == traveller and visit.host == host
    assert traveller in visit.participants


# must keep: a flight with a visit that is not turned back
def test_a_flight_on_a_visit_goes_on(events) -> None:  # noqa: ANN001
    text = "Премьер-министр Перу Хуан Перес летел с визитом в Сантьяго."
    (visit,) = [e for e in events(text, "2024-12-20") if e.kind.endswith("Visit")]
    assert visit.status == "occurred"
