"""Days an event is set for, a capital told by its state, observers sent, summits by sides.

"поездку, запланированную на пятницу", "встреча, намеченная на четверг": the weekday the
event is set for, ahead of the text; so is the weekday of one "должен был посетить … в
четверг" (a trip called off). "В столице Ирландии" is in Dublin, not in Ireland. "Сьерра-Леоне
направит на выборы наблюдателей" holds no elections of its own. A headline "Саммит X и Y"
names no summit of its own: it is the one the text tells, and "Лидеры обсудили" after it is
what was discussed there, no talks of their own. "Он и его коллега X подписали": X signs
too. "Саммит X и Y, который должен был пройти в ноябре" (or "планировалось провести"):
November. Sentences of our own
about other pairs of states, with cases that must not change."""

from __future__ import annotations

import pytest
from fact_reads import of_kind


@pytest.mark.parametrize(
    ("text", "date", "kind", "day"),
    [
        (
            "Президент Чада отменил поездку в Нигер, запланированную на пятницу.",
            "2025-11-27",  # a Thursday
            "Visit",
            "2025-11-28",
        ),
        (
            "Встреча министров обороны Чада и Нигера, намеченная на четверг, отменена.",
            "2025-04-15",  # a Tuesday
            "Meeting",
            "2025-04-17",
        ),
        (
            "Президент Чада отменил визит в Нигер. Он должен был посетить Ниамей в четверг.",
            "2025-04-15",
            "Visit",
            "2025-04-17",
        ),
        # must not change: a weekday told as done is the one before
        (
            "Президент Чада в пятницу посетил Нигер с официальным визитом.",
            "2025-04-15",
            "OfficialVisit",
            "2025-04-11",
        ),
    ],
)
def test_the_weekday_an_event_is_set_for(events, text: str, date: str, kind: str, day: str) -> None:
    (event,) = of_kind(events(text, date), kind)
    assert event.date == day


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("В столице Ирландии открылся ирландско-исландский деловой форум.", "Дублин"),
        (
            "В столице Ирландии прошли переговоры министров торговли Ирландии и Исландии.",
            "Дублин",
        ),
        # must not change: the name told beside it
        (
            "В столице Ирландии Дублине прошли переговоры министров торговли Ирландии и Исландии.",
            "Дублин",
        ),
    ],
)
def test_a_capital_told_by_its_state_is_the_place(events, text: str, place: str) -> None:
    (event,) = [e for e in events(text) if e.kind in {"Forum", "Talks"}]
    assert event.location == place


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Парламентские выборы в Гвинее пройдут в марте. Сьерра-Леоне направит на выборы "
            "наблюдателей.",
            [["state/GIN"]],
        ),
        (
            "Парламентские выборы в Гвинее пройдут в марте. Сьерра-Леоне направит на выборы "
            "группу наблюдателей.",
            [["state/GIN"]],
        ),
        # must not change: a state that holds them
        ("Сьерра-Леоне проведет выборы в марте.", [["state/SLE"]]),
    ],
)
def test_who_sends_observers_holds_no_elections(events, text: str, held: list) -> None:
    read = of_kind(events(text, "2025-01-10"), "Election")
    assert [e.participants for e in read] == held


SUMMIT = (
    "Саммит Бельгии и Нидерландов\n"
    "Премьер-министр Бельгии Жан Дюпон и премьер-министр Нидерландов Питер Янсен провели в "
    "среду в Антверпене двусторонний саммит. Лидеры обсудили транспорт."
)


def test_a_headline_summit_of_two_states_is_the_one_told(events) -> None:
    read = events(SUMMIT, "2025-09-10")
    (summit,) = of_kind(read, "Summit")
    assert (summit.date, summit.location) == ("2025-09-10", "Антверпен")
    assert {"state/BEL", "state/NLD"} <= set(summit.participants)
    assert not of_kind(read, "Talks")


def test_summits_of_bodies_keep_their_names(events) -> None:
    """Must not change: two bodies' summits named in one text are two."""
    text = (
        "Премьер-министр Бельгии Жан Дюпон в среду принял участие в саммите НАТО в Гааге. "
        "В пятницу он примет участие в саммите ЕС в Брюсселе."
    )
    assert len(of_kind(events(text, "2025-09-10"), "Summit")) == 2


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        (
            "Глава МИД Чехии Петр Новотны в понедельник прибыл в Братиславу. Он и его коллега "
            "Юрай Ковач подписали меморандум о транспорте.",
            {"person/petr-novotny", "person/yuray-kovach"},
        ),
        (
            "Глава МИД Чехии Петр Новотны в понедельник прибыл в Братиславу. Он и его "
            "словацкий коллега Юрай Ковач подписали меморандум о транспорте.",
            {"person/petr-novotny", "person/yuray-kovach"},
        ),
        # must not change: a pronoun alone signs alone
        (
            "Глава МИД Чехии Петр Новотны в понедельник прибыл в Братиславу. Он подписал "
            "меморандум о транспорте.",
            {"person/petr-novotny"},
        ),
    ],
)
def test_who_is_joined_to_a_pronoun_signs_too(events, text: str, signers: set[str]) -> None:
    (signing,) = of_kind(events(text, "2025-02-17"), "Signing")
    persons = {k for k in signing.participants if k.startswith("person/")}
    assert persons == signers


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Саммит Чада и Нигера, который должен был пройти в Нджамене в ноябре, отменен.",
            "Summit",
            "2025-11",
        ),
        (
            "Визит президента Чада в Нигер, который должен был пройти в декабре, отменен.",
            "Visit",
            "2025-12",
        ),
        (
            "Переговоры министров обороны Чада и Нигера, которые должны были пройти в "
            "Ниамее в декабре, отменены.",
            "Talks",
            "2025-12",
        ),
        # the infinitive of holding under a verb of planning, the clause hung on a side
        (
            "Саммит Евросоюз — Индия, который планировалось провести в Брюсселе в апреле "
            "2026 года, был отменён.",
            "Summit",
            "2026-04",
        ),
        # must not change: a summit's month in a clause on the talks' topic is not theirs
        (
            "Министры иностранных дел Чада и Нигера обсудили подготовку к саммиту, который "
            "пройдет в Ниамее в декабре.",
            "Talks",
            "2025-10-20",  # the news day, not the summit's month
        ),
    ],
)
def test_a_clause_of_holding_on_the_event_dates_it(events, text: str, kind: str, day: str) -> None:
    (event,) = of_kind(events(text, "2025-10-20"), kind)
    assert event.date == day
