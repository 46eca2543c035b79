"""Congratulations on taking office, entering office told with its ceremony, old signings told
by a participle (sixty-fifth pass, h-events241).

A change of office one congratulates on ("поздравил X с вступлением в должность", "направил
поздравительную телеграмму президенту X по случаю его вступления в должность") is the
addressee's, never the sender's: the person congratulated, or where the text names none, the
post the addressee's title names, with its state alone. "X вступил в должность. Церемония
прошла в Y" is one Appointment held in Y, no Ceremony of its own. A paper's signing told by a
participle or a passive clause of it and dated years before the news ("обсудили выполнение
соглашения, подписанного в 2023 году") takes the states, not the persons of today's talks, only
those the clause itself names. Sentences of our own (Indonesia–Malaysia, India–Nepal,
Egypt–Tunisia, Chile–Argentina, Serbia, Nepal, Zimbabwe)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, person_keys, state_keys

DAY = "2026-11-20"

CONGRATULATED = [
    ("Президент Индонезии Прабово Субианто направил поздравительную телеграмму президенту "
     "Малайзии по случаю его вступления в должность.",
     "Appointment", "Назначение на пост президента Малайзии", {"state/MYS"}, []),
    ("Премьер-министр Индии Нарендра Моди поздравил нового премьер-министра Непала с "
     "вступлением в должность.",
     "Appointment", "Назначение на пост премьер-министра Непала", {"state/NPL"}, []),
    ("Президент Египта Абдель Фаттах ас-Сиси направил поздравление президенту Туниса по "
     "случаю его инаугурации.",
     "Appointment", "Назначение на пост президента Туниса", {"state/TUN"}, []),
    ("Президент Чили Габриэль Борич поздравил Хавьера Милея с избранием на пост президента "
     "Аргентины.",
     "Election", "Избрание Хавьера Милея на пост президента Аргентины", {"state/ARG"},
     ["person/javier-milei"]),
    ("Президент Египта Абдель Фаттах ас-Сиси направил телеграмму президенту Алжира "
     "Абдельмаджиду Теббуну по случаю его переизбрания.",
     "Election", "Переизбрание Абдельмаджида Теббуну", {"state/DZA"},
     ["person/abdelmadzhid-tebbunu"]),
    ("Президент Египта Абдель Фаттах ас-Сиси поздравил президента Алжира с переизбранием.",
     "Election", "Переизбрание в Алжире", {"state/DZA"}, []),
]  # fmt: skip


Change = tuple[str, str, str, set[str], list[str]]  # text, kind, label, states, persons


@pytest.mark.parametrize("case", CONGRATULATED)
def test_the_congratulated_one_takes_office(events, case: Change) -> None:  # noqa: ANN001
    text, kind, label, states, persons = case
    change = one_of_kind(events(text, DAY), kind)
    assert change.label == label
    assert (state_keys(change), person_keys(change)) == (states, persons)


# must keep: a holder the text names, one's own entry into office, no change of office
KEPT = [
    ("Президент Индонезии Прабово Субианто направил поздравительную телеграмму президенту "
     "Малайзии Анвару Ибрагиму по случаю его вступления в должность.",
     ["person/anvar-ibragim"]),
    ("Президент Сербии Александр Вучич вступил в должность президента.",
     ["person/aleksandar-vucic"]),
    ("Президент Сербии Александр Вучич провёл приём по случаю своего вступления в должность.",
     ["person/aleksandar-vucic"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons"), KEPT)
def test_a_named_or_own_holder_is_kept(
    events,  # noqa: ANN001
    text: str,
    persons: list[str],
) -> None:
    assert person_keys(one_of_kind(events(text, DAY), "Appointment")) == persons


def test_congratulating_on_an_accession_is_no_change_of_office(events) -> None:  # noqa: ANN001
    text = "Премьер-министр Индии Нарендра Моди поздравил премьер-министра Непала с вступлением "
    text += "Непала в ВТО."
    assert not of_kind(events(text, DAY), "Appointment")


ENTERED = [
    ("Президент Сербии Александр Вучич вступил в должность президента. Церемония прошла в "
     "Белграде.", "Белград"),
    ("Эммерсон Мнангагва вступил в должность президента Зимбабве. Церемония прошла на "
     "национальном стадионе в Хараре.", "Хараре"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), ENTERED)
def test_the_ceremony_after_entering_office_is_its_place(
    events,  # noqa: ANN001
    text: str,
    place: str,
) -> None:
    found = events(text, DAY)
    assert not of_kind(found, "Ceremony")
    assert place in one_of_kind(found, "Appointment").location


def test_a_named_ceremony_stays_its_own(events) -> None:  # noqa: ANN001
    text = "Хорхе Рамирес вступил в должность посла Перу в Колумбии. Церемония открытия "
    text += "выставки прошла в Боготе."
    found = events(text, DAY)
    assert [e.label for e in of_kind(found, "Ceremony")] == ["Церемония открытия выставки"]
    assert not one_of_kind(found, "Appointment").location


CALL = (
    "Министр иностранных дел Индонезии Сугионо провёл телефонный разговор с министром "
    "иностранных дел Малайзии Мохамадом Хасаном. "
)
MET = (
    "Министр иностранных дел Чили Альберто ван Кларен встретился в Сантьяго с министром "
    "иностранных дел Аргентины Пабло Киркой. "
)
OLD_SIGNINGS = [
    (CALL + "Стороны обсудили ход выполнения соглашения о сотрудничестве в области "
     "энергетики, подписанного в 2023 году.", {"state/IDN", "state/MYS"}, []),
    (CALL + "Стороны обсудили выполнение соглашения, которое было подписано в 2021 году.",
     {"state/IDN", "state/MYS"}, []),
    (MET + "Министры обсудили реализацию меморандума о торговле, подписанного в 2022 году "
     "президентами двух стран.", {"state/CHL", "state/ARG"}, []),
    (MET + "Министры обсудили реализацию меморандума о торговле, подписанного в 2022 году "
     "Габриэлем Боричем и Альберто Фернандесом.", {"state/CHL", "state/ARG"},
     ["person/alberto-fernandez", "person/gabriel-borich"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "persons"), OLD_SIGNINGS)
def test_an_old_signing_told_by_its_paper_takes_no_talks_persons(
    events,  # noqa: ANN001
    text: str,
    states: set[str],
    persons: list[str],
) -> None:
    signing = one_of_kind(events(text, DAY), "Signing")
    assert (state_keys(signing), person_keys(signing)) == (states, persons)


def test_a_signing_of_the_day_keeps_the_talks_persons(events) -> None:  # noqa: ANN001
    text = MET + "Министры обсудили реализацию меморандума о торговле, подписанного сегодня."
    signing = one_of_kind(events(text, DAY), "Signing")
    assert person_keys(signing) == ["person/alberto-van-klaren", "person/pablo-kirka"]
