"""Participants from anaphora (seventy-second pass, h-events276): a titled plural that names no
one ("Лидеры посетили …", "После церемонии министры провели переговоры") stands for the last
two holders of its office the text names BEFORE it, never for ones named after; a state's
adjective on a bare title received or met ("принял саудовского министра", "провёл переговоры с
кенийским министром") stands for the one such person named before. Must-nots: a plural with
no one named before, a state of two such persons, a group, another office. Sentences of our
own about other pairs of states."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

DAY = "2025-06-10"


def _persons(read: list[Event], kind: str) -> list[str]:
    (event,) = [e for e in read if e.kind == kind]
    return sorted(p for p in event.participants if p.startswith("person/"))


def _states(read: list[Event], kind: str) -> list[str]:
    (event,) = [e for e in read if e.kind == kind]
    return sorted(p for p in event.participants if p.startswith("state/"))


@pytest.mark.parametrize(
    ("text", "kind", "persons"),
    [
        (
            "Премьер-министр Италии Джорджа Мелони 3 июня прибыла в Афины. В аэропорту её "
            "встретил премьер-министр Греции Кириакос Мицотакис. Лидеры посетили Акрополь и "
            "провели встречу с археологами. Накануне президент Италии Серджо Маттарелла "
            "направил президенту Греции Константиносу Тасуласу поздравительную телеграмму.",
            "Meeting",
            ["person/Q552751", "person/giorgia-meloni"],
        ),
        (
            "Министр иностранных дел Иордании Айман Сафади 5 июня выступил на церемонии "
            "открытия нового терминала в порту Акаба. На церемонии присутствовал и министр "
            "иностранных дел Ирака Фуад Хусейн. После церемонии министры провели переговоры.",
            "Talks",
            ["person/ayman-safadi", "person/fuad-khuseyn"],
        ),
        (
            "Министр экономики Чили Николас Грау во вторник открыл в Женеве чилийский "
            "павильон. Церемонию посетила министр экономики Перу Ана Мария Гонсалес. После "
            "церемонии министры обсудили торговлю.",
            "Talks",
            ["person/ana-mariya-gonsales", "person/nikolas-grau"],
        ),
    ],
)
def test_a_titled_plural_stands_for_the_two_named_before(
    events, text: str, kind: str, persons: list[str]
) -> None:
    assert _persons(events(text, DAY), kind) == persons


def test_a_plural_with_no_one_named_before_stays_states_only(events) -> None:
    text = (
        "Лидеры двух стран провели переговоры в Афинах. Президент Италии Серджо Маттарелла и "
        "президент Греции Константинос Тасулас обменялись телеграммами."
    )
    read = events(text, DAY)
    assert _persons(read, "Talks") == []
    assert _states(read, "Talks") == ["state/GRC", "state/ITA"]


@pytest.mark.parametrize(
    ("plural", "persons"),
    [
        # which of Ghana's two the bare plural means the text does not say: not both
        ("Министры двух стран", ["person/samuel-ablakva", "person/yasin-fall"]),
        # the office says which
        ("Министры иностранных дел двух стран", ["person/samuel-ablakva", "person/yasin-fall"]),
    ],
)
def test_two_ministers_of_one_state_are_not_both_taken(
    events, plural: str, persons: list[str]
) -> None:
    text = (
        "Министр иностранных дел Ганы Самуэль Аблаква и министр финансов Ганы Кейси Форсон "
        "прибыли в Дакар. Их встретил министр иностранных дел Сенегала Ясин Фалль. "
        f"{plural} провели переговоры."
    )
    assert _persons(events(text, DAY), "Talks") == persons


@pytest.mark.parametrize(
    ("text", "kind", "guest"),
    [
        (
            "Министр обороны Саудовской Аравии Халид бин Салман 2 июня выступил на оборонной "
            "выставке в Каире. Президент Египта Абдель Фаттах ас-Сиси на следующий день принял "
            "саудовского министра.",
            "Meeting",
            "person/khalid-bin-salman",
        ),
        (
            "Вице-премьер Китая Дин Сюэсян прибыл в Ханой. Премьер-министр Вьетнама Фам Минь "
            "Тинь в тот же день принял китайского вице-премьера.",
            "Meeting",
            "person/din-syuesyan",
        ),
        (
            "Министр иностранных дел Кении Мусалия Мудавади 4 июня выступил на форуме в Кампале. "
            "Президент Уганды Йовери Мусевени 5 июня провёл переговоры с кенийским министром.",
            "Talks",
            "person/musaliya-mudavadi",
        ),
    ],
)
def test_a_states_adjective_on_a_title_stands_for_the_one_named_before(
    events, text: str, kind: str, guest: str
) -> None:
    assert guest in _persons(events(text, DAY), kind)


SISI = "person/abdel-fattah-el-sisi"


SAUDI = "Министр обороны Саудовской Аравии Халид бин Салман 2 июня выступил на оборонной выставке"
RECEIVED = " в Каире. Президент Египта Абдель Фаттах ас-Сиси на следующий день принял "


@pytest.mark.parametrize(
    "text",
    [
        # two Saudi ministers named before: either may be the one received
        "Министр обороны Саудовской Аравии Халид бин Салман и министр финансов Саудовской "
        "Аравии Мухаммед аль-Джадаан 2 июня выступили на форуме"
        + RECEIVED
        + "саудовского министра.",
        SAUDI + RECEIVED + "саудовского посла.",  # another office
        SAUDI + RECEIVED + "саудовскую делегацию.",  # a group: the state, no person
    ],
)
def test_no_person_is_guessed_for_a_titled_adjective(events, text: str) -> None:
    read = events(text, DAY)
    assert _persons(read, "Meeting") == [SISI]
    assert _states(read, "Meeting") == ["state/EGY", "state/SAU"]
