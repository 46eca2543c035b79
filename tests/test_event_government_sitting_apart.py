"""A government's sitting named bare ("Решение было принято на заседании кабинета министров")
after that government acting is its state's, held, on that day, and no part of a meeting agreed
later; a summit on whose sidelines an agreed meeting is to be held lies ahead too. Own sentences
about Canada–Australia–Japan, New Zealand–Fiji (seventy-first pass, h-events270)."""

from __future__ import annotations

import pytest

_CANADA = (
    "Канада ввела новые пошлины против Китая\nОТТАВА, 3 октября 2025 года — "
    "Рейтер.\nПравительство Канады в среду объявило о введении пошлин на китайскую сталь. "
    "Решение было принято на заседании кабинета министров.\nМинистр иностранных дел Канады "
    "Анита Ананд в тот же день провела телефонный разговор с министром иностранных дел "
    "Австралии Пенни Вонг. Стороны договорились провести трёхстороннюю встречу с Японией "
    "на полях саммита G20."
)
_ZEALAND = (
    "ВЕЛЛИНГТОН, 5 июня 2025 года. Правительство Новой Зеландии во вторник утвердило новую "
    "программу помощи Фиджи. Программа была одобрена на заседании "
    "правительства.\n\nПремьер-министр Новой Зеландии Кристофер Лаксон провёл телефонный "
    "разговор с премьер-министром Фиджи Ситивени Рабукой. Лидеры договорились провести "
    "встречу на полях саммита тихоокеанских островов."
)
_AHEAD = (
    "ОТТАВА, 3 октября 2025 года. Правительство Канады в среду объявило о введении пошлин "
    "на китайскую сталь. Заседание кабинета министров, на котором будет рассмотрен ответ "
    "Пекина, пройдёт на следующей неделе."
)

# (text, report's day, the sitting's (day, status, participants), the other meetings' statuses)
SITTINGS = [
    (_CANADA, "2025-10-03", ("2025-10-01", "occurred", ["state/CAN"]), ["planned"]),
    (_ZEALAND, "2025-06-05", ("2025-06-03", "occurred", ["state/NZL"]), ["planned"]),
    # must not: a sitting told ahead stays ahead
    (_AHEAD, "2025-10-03", ("2025-10", "planned", ["state/CAN"]), []),
]


@pytest.mark.parametrize(("text", "today", "sitting", "others"), SITTINGS)
def test_government_sitting_apart(events, text: str, today: str, sitting, others) -> None:
    read = events(text, today)
    (held,) = [e for e in read if e.kind == "Meeting" and e.label.startswith("Заседание")]
    assert (held.date, held.status, sorted(held.participants)) == sitting
    met = [e.status for e in read if e.kind == "Meeting" and e not in (held,)]
    assert met == others


@pytest.mark.parametrize("text", [_CANADA, _ZEALAND])
def test_summit_of_agreed_meeting_ahead(events, text: str) -> None:
    (summit,) = [e for e in events(text, "2025-10-03") if e.kind == "Summit"]
    assert (summit.status, summit.participants) == ("planned", [])


# must not: a joint body's sitting keeps its states; a summit whose sidelines held a meeting
_JOINT = (
    "Правительство Канады в среду объявило о введении пошлин на китайскую сталь. Решение "
    "было принято на заседании межправительственной комиссии Канады и "
    "Мексики.\n\nПремьер-министр Канады Марк Карни и президент Мексики Клаудия Шейнбаум в "
    "пятницу встретились на полях саммита G20 в Йоханнесбурге."
)


def test_joint_sitting_and_held_summit_kept(events) -> None:
    read = events(_JOINT, "2025-10-03")
    (sitting,) = [e for e in read if e.label.startswith("Заседание")]
    (summit,) = [e for e in read if e.kind == "Summit"]
    assert (sitting.status, sorted(sitting.participants)) == (
        "occurred",
        ["state/CAN", "state/MEX"],
    )
    assert summit.status == "occurred"
