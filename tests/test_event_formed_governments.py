"""A government one is entrusted with forming ("поручил X сформировать правительство") and a
post entrusted ("доверил X пост премьер-министра"): X, in the dative, is appointed, the
entrusting verb's subject appoints (fiftieth pass, h-events133). Must-nots: an errand that is
no post ("поручил министру подготовить доклад", "сформировать комиссию"), one's own forming
of a government, a task entrusted. Sentences of our own about Peru–Bolivia, Egypt, Iran–Turkey."""

from __future__ import annotations

import pytest

# (text, the appointee, who appoints)
ENTRUSTED = [
    (
        "Президент Боливии Луис Арсе поручил Давиду Чокеуанке сформировать кабинет министров.",
        "person/david-chokeuanka",
        "person/luis-arse",
    ),
    (
        "Президент Перу Дина Болуарте поручила Альберто Отароле сформировать правительство.",
        "person/alberto-otarola",
        "person/dina-boluarte",
    ),
    (
        "Президент Турции Реджеп Эрдоган доверил Ахмету Давутоглу пост премьер-министра.",
        "person/ahmet-davutoglu",
        "person/recep-tayyip-erdogan",
    ),
    (
        "Президент Ирана Хасан Рухани доверил пост министра иностранных дел Мохаммаду Зарифу.",
        "person/mohammad-javad-zarif",
        "person/hassan-rouhani",
    ),
]


@pytest.mark.parametrize(("text", "appointee", "appointer"), ENTRUSTED)
def test_the_entrusted_is_appointed(events, text: str, appointee: str, appointer: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text) if e.kind == "Appointment"]
    assert {appointee, appointer} <= set(event.participants)


NONE = [
    "Президент Египта Абдель Фаттах ас-Сиси поручил министру иностранных дел подготовить доклад.",
    "Президент Боливии Луис Арсе поручил министру обороны сформировать комиссию.",
    "Премьер-министр Турции Ахмет Давутоглу сформировал правительство.",
    "Президент Ирана Хасан Рухани доверил министру Мохаммаду Зарифу подготовку доклада.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_appointment(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text) if e.kind == "Appointment"]
