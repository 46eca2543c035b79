"""Bare "стороны" of an event dated in a year before the document's are the two states of
then, not the persons who met today in the sentence before; a signing of today's news, or of
a day of the document's week, keeps them. Sentences of our own about Chile–Peru, Egypt–Jordan
and Kenya–Uganda (fifty-fourth pass, h-events160). So are leaders, heads of state and "они"
that name no one (who may not have held office then); persons the earlier year's own
sentence names stay (h-events161)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

_CHILE_PERU = (
    "Президент Чили Габриэль Борич и президент Перу Дина Болуарте провели переговоры в Лиме "
    "во вторник. "
)
_EGYPT_JORDAN = (
    "Президент Египта Абдель Фаттах ас-Сиси и король Иордании Абдалла II провели переговоры "
    "в Каире в среду. "
)
_KENYA_UGANDA = (
    "Президент Кении Уильям Руто и президент Уганды Йовери Мусевени встретились в Найроби. "
)


def _signing(events: list[Event]) -> Event:
    (signing,) = [e for e in events if e.kind == "Signing"]
    return signing


def _persons(e: Event) -> list[str]:
    return [p for p in e.participants if p.startswith("person/")]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            _CHILE_PERU + "В 2019 году стороны подписали соглашение о свободной торговле.",
            ["state/CHL", "state/PER"],
        ),
        (
            _EGYPT_JORDAN + "В 2017 году стороны подписали соглашение о поставках газа.",
            ["state/EGY", "state/JOR"],
        ),
        (
            _EGYPT_JORDAN + "Пять лет назад стороны подписали соглашение о поставках газа.",
            ["state/EGY", "state/JOR"],
        ),
        (
            _KENYA_UGANDA
            + "Стороны подписали соглашение о строительстве нефтепровода в 2016 году.",
            ["state/KEN", "state/UGA"],
        ),
        (
            _KENYA_UGANDA + "В марте 2016 года стороны подписали соглашение о нефтепроводе.",
            ["state/KEN", "state/UGA"],
        ),
        # leaders and heads of state that name no one (h-events161)
        (
            _CHILE_PERU + "В 2018 году лидеры двух стран подписали меморандум о сотрудничестве.",
            ["state/CHL", "state/PER"],
        ),
        (
            _EGYPT_JORDAN + "В 2017 году главы государств подписали соглашение о поставках газа.",
            ["state/EGY", "state/JOR"],
        ),
        (
            _KENYA_UGANDA
            + "В 2016 году президенты двух стран подписали соглашение о нефтепроводе.",
            ["state/KEN", "state/UGA"],
        ),
    ],
)
def test_sides_of_an_earlier_year_are_the_states_alone(
    events, text: str, states: list[str]
) -> None:
    signing = _signing(events(text, "2026-05-13"))
    assert not _persons(signing)
    assert signing.participants == states


@pytest.mark.parametrize(
    "text",
    [
        _CHILE_PERU + "Стороны также подписали меморандум о сотрудничестве.",
        _EGYPT_JORDAN + "В среду стороны подписали соглашение о поставках газа.",
        _KENYA_UGANDA + "В понедельник стороны подписали соглашение о нефтепроводе.",
        _CHILE_PERU + "Лидеры двух стран также подписали меморандум о сотрудничестве.",
        _EGYPT_JORDAN + "В среду лидеры подписали соглашение о поставках газа.",
        _KENYA_UGANDA + "Они также подписали соглашение о нефтепроводе.",
        # "они" of an earlier year: the persons themselves, whom the text says acted then
        _CHILE_PERU + "В 2018 году они подписали меморандум о сотрудничестве.",
        _EGYPT_JORDAN + "Пять лет назад они подписали соглашение о поставках газа.",
    ],
)
def test_sides_of_todays_news_keep_the_leaders(events, text: str) -> None:
    assert len(_persons(_signing(events(text, "2026-05-13")))) == 2


def test_a_person_the_earlier_years_sentence_names_stays(events) -> None:
    text = (
        _KENYA_UGANDA
        + "В 2016 году лидеры двух стран и президент Танзании Джон Магуфули подписали соглашение "
        "о нефтепроводе."
    )
    assert _persons(_signing(events(text, "2026-05-13"))) == ["person/dzhon-magufuli"]
