"""Ceremonies and inaugurations told by their nouns (sixty-third pass, h-events223).

Credentials handed over ("вручил верительные грамоты президенту X", "вручение копий
верительных грамот министру") are a Ceremony labelled "Вручение верительных грамот" and the
envoy's name, dated by the verb's clause, between the envoy, the receiver and both states; a
following "Церемония прошла в …" is the same ceremony. An inauguration of a named president
one was not invited to is that president's Appointment, held; a bare "церемония" after it is
that inauguration, and refusing to send a delegation to it calls nothing off. Sentences of our
own (Peru–Colombia, Egypt–Turkey, Estonia–Latvia, Portugal–Brazil, Venezuela–Colombia)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

HANDED = [
    ("Посол Перу в Колумбии Хорхе Рамирес вручил в понедельник верительные грамоты "
     "президенту Колумбии Густаво Петро. Церемония прошла в президентском дворце в Боготе.",
     "Вручение верительных грамот Хорхе Рамиреса", "2024-03-11", "occurred",
     {"state/PER", "state/COL"}, "person/gustavo-petro"),
    ("Чрезвычайный и полномочный посол Египта в Турции Амр Хамза вручил копии верительных "
     "грамот министру иностранных дел Турции Хакану Фидану.",
     "Вручение верительных грамот Амра Хамзы", "2024-03-14", "occurred",
     {"state/EGY", "state/TUR"}, "person/hakan-fidan"),
    ("Вручение верительных грамот послом Эстонии президенту Латвии Эдгару Ринкевичу "
     "состоялось 5 марта в Риге.",
     "Вручение верительных грамот", "2024-03-05", "occurred", {"state/EST", "state/LVA"}, ""),
    ("Посол Португалии Луиш Фариа вручит верительные грамоты президенту Бразилии Луису "
     "Инасиу Луле да Силве в пятницу.",
     "Вручение верительных грамот Луиша Фариа", "2024-03-15", "planned",
     {"state/PRT", "state/BRA"}, "person/luiz-inacio-lula-da-silva"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "date", "status", "states", "receiver"), HANDED)
def test_credentials_handed_over_are_one_ceremony(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    label: str,
    date: str,
    status: str,
    states: set[str],
    receiver: str,
) -> None:
    (rite,) = of_kind(events(text, "2024-03-14"), "Ceremony")
    assert (rite.label, rite.date, rite.status) == (label, date, status)
    assert state_keys(rite) == states
    assert not receiver or receiver in rite.participants


def test_the_ceremony_told_after_is_the_handing_over(events) -> None:  # noqa: ANN001
    (rite,) = of_kind(events(HANDED[0][0], "2024-03-14"), "Ceremony")
    assert "Богот" in rite.location
    assert rite.label.startswith("Вручение верительных грамот")


# must keep: an award ceremony and an honorary certificate are no credentials
KEPT = [
    ("Церемония вручения наград прошла в Лиссабоне в присутствии президента Португалии "
     "Марселу Ребелу ди Соузы.", ["Церемония вручения наград"]),
    ("Президент Бразилии вручил почётную грамоту послу Португалии.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), KEPT)
def test_other_handings_keep_their_reading(
    events,  # noqa: ANN001
    text: str,
    labels: list[str],
) -> None:
    assert [e.label for e in of_kind(events(text, "2024-03-14"), "Ceremony")] == labels


NOT_INVITED = [
    "В 2018 году президент Венесуэлы Николас Мадуро не получил приглашения на инаугурацию "
    "президента Колумбии Ивана Дуке, и правительство Венесуэлы отказалось направить на "
    "церемонию свою делегацию.",
    "В 2018 году президент Венесуэлы Николас Мадуро не получил приглашения на инаугурацию "
    "президента Колумбии Ивана Дуке. Правительство Венесуэлы отказалось направить на "
    "церемонию свою делегацию.",
]


@pytest.mark.parametrize("text", NOT_INVITED)
def test_an_inauguration_one_was_not_invited_to_was_held(
    events,  # noqa: ANN001
    text: str,
) -> None:
    found = events(text, "2024-03-14")
    assert not of_kind(found, "Ceremony")  # "на церемонию" is the inauguration
    (rite,) = of_kind(found, "Appointment")
    assert (rite.date, rite.status) == ("2018", "occurred")
    assert "person/ivan-duke" in rite.participants
    assert state_keys(rite) == {"state/COL"}


# must keep: an inauguration put off, one's own skipped, an event called off by its holder
@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("Инаугурация президента Колумбии Ивана Дуке перенесена.", []),
        ("Президент Колумбии Иван Дуке пропустит свою инаугурацию.", []),
        ("Президент Колумбии Иван Дуке отказался провести встречу с президентом Венесуэлы.",
         ["cancelled"]),
        ("Президент Колумбии должен был посетить Венесуэлу в мае, но отменил поездку.",
         ["cancelled"]),
    ],
)  # fmt: skip
def test_other_offs_keep_their_status(
    events,  # noqa: ANN001
    text: str,
    statuses: list[str],
) -> None:
    found = [e for e in events(text, "2024-03-14") if e.kind != "Ceremony"]
    assert [e.status for e in found] == statuses


# a guest left out or staying away tells nothing of the summit; one's own summit refused is off
GUESTS = [
    ("В мае правительство Венесуэлы отказалось направить делегацию на саммит в Боготе.",
     "occurred"),
    ("В мае 2023 года президент Эквадора не получил приглашения на саммит в Боготе.",
     "occurred"),
    ("Президент Эквадора получил приглашение на саммит в Боготе.", "planned"),
    ("Правительство Венесуэлы отказалось провести саммит в Каракасе.", "cancelled"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "status"), GUESTS)
def test_a_guests_part_is_not_the_summits(
    events,  # noqa: ANN001
    text: str,
    status: str,
) -> None:
    (summit,) = of_kind(events(text, "2024-03-14"), "Summit")
    assert summit.status == status
