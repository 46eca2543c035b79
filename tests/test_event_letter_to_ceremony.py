"""A leader who "направил участникам церемонии приветственное письмо" takes no part in the
ceremony, and his letter (read out there) takes its day; the three of "В ней приняли
участие X, Y и Z" all take part (seventy-first pass, h-events271). Must-nots: a letter to
a person keeps no day of the ceremony; one who spoke at the ceremony takes part. Sentences
of our own about other states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-03-12"
_CEREMONY = (
    "АСУНСЬОН, 12 марта. Церемония открытия моста через реку Парана состоялась в четверг в "
    "Энкарнасьоне. В ней приняли участие президент Парагвая Сантьяго Пенья, президент "
    "Аргентины Хавьер Милей и министр иностранных дел Бразилии Мауро Виейра.\n"
)
_STATES = {"state/PRY", "state/ARG", "state/BRA"}

# text, the sender's key
CASES = [
    (_CEREMONY + "Президент Уругвая Яманду Орси направил участникам церемонии приветственное "
     "письмо, которое зачитал Виейра.", "person/yamandu-orsi"),
    (_CEREMONY + "Премьер-министр Испании Педро Санчес направил участникам церемонии "
     "поздравительную телеграмму.", "person/pedro-sanchez"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sender"), CASES)
def test_a_letter_to_a_ceremony_is_sent_from_afar_on_its_day(
    events, text: str, sender: str
) -> None:
    found = events(text, _DAY)
    (ceremony,) = of_kind(found, "Ceremony")
    (letter,) = of_kind(found, "Message")
    assert set(ceremony.participants) >= _STATES
    assert sender not in ceremony.participants
    assert letter.date == ceremony.date == _DAY


def test_a_letter_to_a_person_takes_no_ceremony_day(events) -> None:
    text = _CEREMONY + "Президент Уругвая Яманду Орси ранее направил Пенье письмо."
    (letter,) = of_kind(events(text, _DAY), "Message")
    assert letter.date != _DAY


def test_a_speaker_at_the_ceremony_takes_part(events) -> None:
    text = _CEREMONY + "На церемонии выступил президент Уругвая Яманду Орси."
    (ceremony,) = of_kind(events(text, _DAY), "Ceremony")
    assert "person/yamandu-orsi" in ceremony.participants
