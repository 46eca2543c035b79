"""Who and what an election or a ceremony is given, as the parse tells it: a bare title in
the genitive of elections names the post to fill, not its last holder ("выборы президента
в Перу" after "президент Перу X бежал"); elections of a post in a body the gazetteer knows
as no state's ("президента МОК") are no state's; "новые выборы" are another election than
the one held before; a power to call elections ("правом назначать выборы") is none; the
one a place is named after ("площади имени поэта X") takes no part in its ceremony.
Sentences of our own about Peru, Chile, Kenya, Czechia, Poland, Brazil (events95)."""

from __future__ import annotations

import pytest


def _elections(events, text: str, date: str = "") -> list:
    return [e for e in events(text, date) if e.kind == "Election"]


def test_a_title_of_the_post_elected_is_not_its_holder(events) -> None:
    text = (
        "Президент Перу Педро Кастильо бежал из страны. Совет заявил, что выборы президента "
        "в Перу должны быть проведены в течение 60 дней."
    )
    found = _elections(events, text)
    assert found and all("person/pedro-kastilo" not in e.participants for e in found)


def test_elections_in_a_stateless_body_are_no_state_s(events) -> None:
    text = (
        "Глава Олимпийского комитета Кении Пол Тергат заявил, что на выборах президента МОК "
        "его поддержит президент Кении Уильям Руто."
    )
    assert all("state/KEN" not in e.participants for e in _elections(events, text))


# must not drop: a winner named at the post elected, a state's own elections, one who speaks
# at a naming, a premier's leaving in the text's state
KEPT = [
    ("Педро Кастильо победил на выборах президента Перу.", "Election", "person/pedro-kastilo"),
    ("На выборах президента Кении победил Уильям Руто.", "Election", "state/KEN"),
    ("На церемонии открытия площади имени Адама Мицкевича в Праге выступил министр культуры "
     "Польши Ян Ковальский.", "Ceremony", "person/yan-kovalskiy"),
    ("Премьер-министр Андрус Ансип ушёл в отставку. Эстония готовится к выборам, в Эстонии "
     "выберут новый парламент.", "Resignation", "state/EST"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "key"), KEPT)
def test_who_takes_part_stays(events, text: str, kind: str, key: str) -> None:
    assert any(key in e.participants for e in events(text) if e.kind == kind)


def test_new_elections_are_not_the_ones_held(events) -> None:
    text = (
        "В октябре 2022 года Лула с большим отрывом победил на президентских выборах своего "
        "соперника Жаира Болсонару. Если Лула не сможет приступить к исполнению обязанностей, "
        "новые выборы должны быть проведены в течение 30 дней."
    )
    held = [e for e in _elections(events, text) if e.date == "2022-10"]
    assert [e.status for e in held] == ["occurred"]


def test_new_elections_are_not_later_ones_of_untold_tense(events) -> None:
    text = (
        "Если Лула не сможет приступить к исполнению обязанностей, новые выборы должны быть "
        "проведены в течение 30 дней. Тем временем стало известно, что сторонники президента "
        "Бразилии победили в большинстве штатов на губернаторских выборах."
    )
    found = [e for e in _elections(events, text) if "state/BRA" in e.participants]
    assert found and all(e.status == "occurred" for e in found)


def test_new_elections_told_again_ahead_are_one(events) -> None:  # must not drop
    text = "Президент Чили назначил новые выборы. Выборы пройдут 5 мая."
    assert [e.status for e in _elections(events, text, "2024-05-02")] == ["planned"]


def test_new_elections_called_are_planned(events) -> None:  # must not drop
    found = _elections(events, "Президент Чили Габриэль Борич назначил новые выборы на 10 мая.")
    assert [e.status for e in found] == ["planned"]


def test_a_power_to_call_elections_is_no_election(events) -> None:
    for text in (
        "Президент Чили обладает правом распускать парламент и назначать новые выборы.",
        "Президент Чили получил право назначать досрочные выборы.",
    ):
        assert not _elections(events, text)


def test_a_power_used_calls_elections(events) -> None:  # must not drop
    text = "Президент Чили воспользовался правом и назначил досрочные выборы."
    assert _elections(events, text)


def test_whom_a_place_is_named_after_takes_no_part(events) -> None:
    text = (
        "24 марта 2019 года в столице Чехии Праге состоялась торжественная церемония открытия "
        "площади имени великого польского поэта Адама Мицкевича."
    )
    found = [e for e in events(text) if e.kind == "Ceremony"]
    assert found and all("person/adam-mitskevich" not in e.participants for e in found)


# a post of the UN, told as such by the titles or the gazetteer, is no state's: neither that
# of a title resolved to another holder of it, nor that of the state the text is about
UN_POSTS = [
    ("Совет Безопасности ООН поддержал назначение бывшего премьер-министра Перу Педро "
     "Кастильо на пост генсека ООН. В 1950 году Генассамблея продлила срок полномочий первого "
     "генсека ООН норвежца Трюгве Ли.", "Appointment", "state/PER"),
    ("Бывший премьер-министр Чили назначен генсеком ООН. Нынешний генсек Пан Ги Мун сложит "
     "полномочия 31 декабря 2016 года. Чили приветствует это решение, в Чили довольны.",
     "Resignation", "state/CHL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "state"), UN_POSTS)
def test_a_post_of_the_un_is_no_state_s(events, text: str, kind: str, state: str) -> None:
    found = [e for e in events(text) if e.kind == kind]
    assert found and all(state not in e.participants for e in found)
