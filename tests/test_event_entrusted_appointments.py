"""A verb of entrusting with a post ("предложил X возглавить правительство", "поручила X
возглавить кабинет", "доверил X возглавить министерство"): X, in the dative, is appointed,
the verb's subject appoints (forty-ninth pass, h-events131). Must-nots: an errand that is
no post ("поручил министру подготовить доклад"). Sentences of our own about Turkey–Greece,
Peru–Ecuador, Egypt–Jordan."""

from __future__ import annotations

import pytest

# (text, the appointee, who appoints)
ENTRUSTED = [
    (
        "Президент Турции Реджеп Эрдоган предложил Ахмету Давутоглу возглавить правительство.",
        "person/ahmet-davutoglu",
        "person/recep-tayyip-erdogan",
    ),
    (
        "Президент Перу Дина Болуарте поручила Альберто Отароле возглавить кабинет министров.",
        "person/alberto-otarola",
        "person/dina-boluarte",
    ),
    (
        "Премьер-министр Греции Кириакос Мицотакис доверил Никосу Дендиасу возглавить "
        "министерство обороны.",
        "person/nikos-dendias",
        "person/Q552751",  # Кириакос Мицотакис
    ),
]


@pytest.mark.parametrize(("text", "appointee", "appointer"), ENTRUSTED)
def test_the_entrusted_is_appointed(events, text: str, appointee: str, appointer: str) -> None:
    (event,) = [e for e in events(text) if e.kind == "Appointment"]
    assert {appointee, appointer} <= set(event.participants)


NONE = [
    "Президент Египта Абдель Фаттах ас-Сиси поручил министру иностранных дел подготовить доклад.",
    "Король Иордании Абдалла II предложил президенту Египта провести переговоры.",
]


@pytest.mark.parametrize("text", NONE)
def test_an_errand_is_no_appointment(events, text: str) -> None:
    assert not [e for e in events(text) if e.kind == "Appointment"]
