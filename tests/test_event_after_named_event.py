""" "После церемонии X и Y провели встречу" takes the day and place of the ceremony the report
told, however far back and though a mention of no day ("направил участникам церемонии
письмо") and a dated act of another time ("Соглашение подписали 5 мая 2023 года") come
between (seventy-first pass, h-events271). Must-nots: a meeting dated by its own words keeps
its day and takes no place of an act of another day; with no ceremony told, "После церемонии"
stays the signing's told just before, at its place.
Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-03-12"
_CEREMONY = (
    "АСУНСЬОН, 12 марта. Церемония открытия моста через реку Парана состоялась в четверг в "
    "Энкарнасьоне. В ней приняли участие президент Парагвая Сантьяго Пенья и президент "
    "Аргентины Хавьер Милей.\n"
    "Президент Уругвая Яманду Орси направил участникам церемонии приветственное письмо.\n"
)
_SIGNED = "Соглашение о строительстве моста стороны подписали 5 мая 2023 года в Буэнос-Айресе.\n"
_SUMMIT = (
    "МОНТЕВИДЕО, 12 марта. Саммит МЕРКОСУР прошёл в четверг в Монтевидео. В работе саммита "
    "участвовали президент Бразилии Луис Инасиу Лула да Силва и президент Уругвая Яманду "
    "Орси.\nДекларацию о свободной торговле страны подписали 10 июня 2021 года в Асунсьоне.\n"
)

# text, the kind of the event asked, its (date, location)
CASES = [
    (_CEREMONY + _SIGNED + "После церемонии Пенья и Милей провели двустороннюю встречу.",
     "Meeting", (_DAY, "Энкарнасьон")),
    (_SUMMIT + "После саммита Лула да Силва и Орси провели переговоры о торговле.",
     "Talks", (_DAY, "Монтевидео")),
    # must-nots: a day of its own; no ceremony told: the signing's just before
    (_CEREMONY + _SIGNED + "После церемонии Пенья и Милей провели встречу 10 марта.",
     "Meeting", ("2026-03-10", "")),
    ("АСУНСЬОН, 12 марта. Соглашение о строительстве моста президенты Парагвая и Аргентины "
     "подписали 5 мая 2023 года в Буэнос-Айресе.\nПосле церемонии Сантьяго Пенья и Хавьер "
     "Милей провели двустороннюю встречу.", "Meeting", ("2023-05-05", "Буэнос-Айрес")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "when"), CASES)
def test_after_a_ceremony_takes_its_day_and_place(
    events, text: str, kind: str, when: tuple[str, str]
) -> None:
    (event,) = of_kind(events(text, _DAY), kind)
    assert (event.date, event.location) == when
