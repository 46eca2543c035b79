"""A trip set out on and stopped by an arrest is cancelled only where the arrest was
elsewhere: arrested at the destination itself ("там", a city of the state, the state again)
he got there. Sentences of our own about Peru–Bolivia, Egypt–Turkey (pass forty-three,
branch h-events106)."""

from __future__ import annotations

from kg.extract.events import Event


def _kind(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.kind == kind]


def test_an_arrest_in_another_state_cuts_the_trip_short(events) -> None:
    for text in (
        "В марте Хуан Перес отправился в Перу, но в Боливии его арестовали.",
        "Мехмет Йылмаз вылетел в Египет, однако в Стамбуле его задержали.",
    ):
        (visit,) = _kind(events(text), "Visit")
        assert visit.status == "cancelled", text


def test_an_arrest_at_the_destination_leaves_the_trip_made(events) -> None:
    for text in (
        "В марте Хуан Перес отправился в Перу, но в Лиме его арестовали.",
        "В марте Хуан Перес отправился в Перу, но там его арестовали.",
        "Мехмет Йылмаз вылетел в Египет, однако в Каире его задержали.",
        "В марте Хуан Перес прибыл в Перу, где его арестовали.",
    ):
        (visit,) = _kind(events(text), "Visit")
        assert visit.status == "occurred", text
