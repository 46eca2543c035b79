"""A ceremony and an aid delivery read by the news they belong to (sixty-ninth pass,
h-events262). Own sentences about pairs of states other than the corpus's: a bare ceremony
after a background act of an earlier year is the signing told as the news, with those at it;
a ceremony named "встречи" takes the day of the arrival told before it, and "На ней
присутствовали X" joins X to it; an aid delivery "в порт Y" is placed in Y, counted in tonnes
of a plural "грузов" it is one delivery, and those who hand the aid over after it take part;
the look-alikes that must not read so."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, person_keys, state_keys

_DAY = "2025-06-19"  # a Thursday

_SIGNED = (
    "Министры иностранных дел Перу и Чили Хавьер Гонсалес и Альберто ван Кларен подписали в "
    "среду в Лиме соглашение о границе. Стороны обсудили торговлю. Переговоры прошли в "
    "дружеской атмосфере. Товарооборот вырос на 10%.\n\n"
)

# text after the signing, the person at the ceremony
AT_THE_SIGNING = [
    # a participle after the background act of 2019
    ("В 2019 году Чили передала Перу исторический архив. Посол Чили в Перу Кристиан Барросо, "
     "присутствовавший на церемонии, выразил надежду на развитие связей.",
     "person/kristian-barroso"),
    # a bare "На церемонии присутствовал" after an opening of 2021
    ("В 2021 году Чили и Перу открыли пункт пропуска «Чакальюта». На церемонии присутствовал "
     "посол Чили в Перу Кристиан Барросо.", "person/kristian-barroso"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), AT_THE_SIGNING)
def test_a_ceremony_after_a_background_act_is_the_news_signing(events, text, person) -> None:
    found = events(_SIGNED + text, _DAY)
    assert not of_kind(found, "Ceremony")
    signing = one_of_kind(found, "Signing")
    assert (signing.date, signing.location) == ("2025-06-18", "Лима")
    assert person in signing.participants


# text, the ceremony's label and date
CEREMONIES_KEPT = [
    # no news signing: a bare ceremony, not dated by the background act
    ("Египет в среду передал Судану партию зерна. Товарооборот вырос на 10%.\n\nВ 2021 году "
     "Египет передал Судану патрульный катер. На церемонии присутствовал министр обороны "
     "Судана.", "Церемония", ""),
    # a ceremony of its own year stays the act's
    (_SIGNED + "В 2019 году Чили передала Перу исторический архив. В 2019 году на церемонии "
     "присутствовал посол Чили в Перу Кристиан Барросо.",
     "Церемония передачи исторического архива", "2019"),
    # an act of the report's year keeps its ceremony
    (_SIGNED + "Во вторник Чили передала Перу исторический архив. На церемонии присутствовал "
     "посол Чили в Перу Кристиан Барросо.",
     "Церемония передачи исторического архива", "2025-06-17"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "day"), CEREMONIES_KEPT)
def test_a_ceremony_not_of_the_news_signing(events, text, label, day) -> None:
    ceremony = one_of_kind(events(text, _DAY), "Ceremony")
    assert (ceremony.label, ceremony.date) == (label, day)


_ARRIVED = "2026-02-03"  # a Tuesday

# text, label, date, place, persons, states
WELCOMED = [
    # a sentence between, a paragraph's break, "На ней присутствовали"
    ("Первые четыре вертолёта H145 прибыли в понедельник на авиабазу Карши. Контракт на их "
     "поставку Ташкент и Париж заключили в мае 2023 года.\n\nЦеремонию встречи вертолётов "
     "провёл министр обороны Узбекистана Баходир Курбанов. На ней присутствовали посол Франции "
     "в Узбекистане Николя Ферран и представители компании Airbus.",
     "Церемония встречи вертолётов", "2026-02-02", "авиабаза Карши",
     ["person/bakhodir-kurbanov", "person/nikolya-ferran"], {"state/UZB", "state/FRA"}),
    # the sentence before, "На ней присутствовал"
    ("Первые два корабля прибыли в среду в порт Умм-Каср. Церемонию встречи кораблей провёл "
     "министр обороны Ирака Сабит аль-Аббаси. На ней присутствовал посол Италии в Ираке "
     "Маурицио Греганти.", "Церемония встречи кораблей", "2026-01-28", "Умм-Каср",
     ["person/mauritsio-greganti", "person/sabit-al-abbasi"], {"state/IRQ", "state/ITA"}),
    # a handover, the ceremony named by it
    ("Турция в понедельник передала Азербайджану патрульный корабль. Церемонию передачи "
     "корабля провёл министр обороны Азербайджана Закир Гасанов.",
     "Церемония передачи корабля", "2026-02-02", "", ["person/zakir-gasanov"],
     {"state/AZE", "state/TUR"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "day", "place", "persons", "states"), WELCOMED)
def test_a_named_ceremony_takes_its_acts_day(
    events, text, label, day, place, persons, states
) -> None:
    ceremony = one_of_kind(events(text, _ARRIVED), "Ceremony")
    assert (ceremony.label, ceremony.date, ceremony.location) == (label, day, place)
    assert person_keys(ceremony) == persons
    assert state_keys(ceremony) == states


def test_those_present_at_another_event_named_are_its(events) -> None:
    text = (
        "Первые два корабля прибыли в среду в порт Умм-Каср. Церемонию встречи кораблей провёл "
        "министр обороны Ирака Сабит аль-Аббаси. На переговорах присутствовал посол Италии в "
        "Ираке Маурицио Греганти."
    )
    ceremony = one_of_kind(events(text, _ARRIVED), "Ceremony")
    assert person_keys(ceremony) == ["person/sabit-al-abbasi"]


def test_a_visits_arrival_gives_no_day_to_its_welcome(events) -> None:
    text = (
        "Президент Египта прибыл в понедельник в Хартум. Церемонию встречи провёл президент Судана."
    )
    ceremony = one_of_kind(events(text, _ARRIVED), "Ceremony")
    assert ceremony.date != "2026-02-02"


_AID_DAY = "2025-12-02"  # a Tuesday

# text, location, persons
AID = [
    ("Корабль ВМС Японии доставил во вторник в порт Манилы 30 тонн гуманитарных грузов.\n\n"
     "Груз передал послу Филиппин в Японии Микаэле Фернандес министр обороны Японии Гэн "
     "Накатани.", "Манила", ["person/gen-nakatani", "person/mikaela-fernandes"]),
    ("Самолёт МЧС России доставил в аэропорт Бишкека 40 тонн гуманитарных грузов. Помощь "
     "передал министру по чрезвычайным ситуациям Киргизии Борису Ефимову посол России в "
     "Киргизии Алексей Кривцов.", "Бишкек",
     ["person/aleksey-krivtsov", "person/boris-efimov"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "location", "persons"), AID)
def test_aid_brought_to_a_port_and_handed_over(events, text, location, persons) -> None:
    delivery = one_of_kind(events(text, _AID_DAY), "AidDelivery")
    assert (delivery.location, person_keys(delivery)) == (location, persons)


def test_aid_handed_over_after_another_event_is_not_the_deliverys(events) -> None:
    text = (
        "Корабль ВМС Японии доставил в порт Манилы гуманитарный груз. Министры обороны двух "
        "стран провели переговоры. Груз передал послу Филиппин в Японии Микаэле Фернандес "
        "министр обороны Японии Гэн Накатани."
    )
    assert person_keys(one_of_kind(events(text, _AID_DAY), "AidDelivery")) == []


def test_a_plural_cargo_uncounted_is_no_delivery(events) -> None:
    assert not of_kind(
        events("Индия ежегодно направляет Непалу гуманитарные грузы.", _AID_DAY), "AidDelivery"
    )
