"""Relief between states: the event kinds `Evacuation` (a state takes its people out of
another) and `AidDelivery` (a state sends another aid of a kind named), and the label of a
sitting of "стран — соседей X" (sixty-sixth pass, h-events246). Own sentences about pairs of
states other than the corpus's: the two states, label, status, date and place; a headline and
its body one evacuation; the sentences that look alike and must give none; builds with both
kinds validate."""

from __future__ import annotations

from pathlib import Path

import pytest
from fact_reads import built_of_class, of_kind, one_of_kind, state_keys

_DAY = "2026-12-08"  # a Tuesday

# text, the states, label, status, date
EVACUATIONS = [
    # the verb, its subject the state, "своих граждан" with a count
    ("Турция эвакуировала из Ливана 800 своих граждан.", {"state/TUR", "state/LBN"},
     "Эвакуация граждан Турции из Ливана", "occurred", _DAY),
    # the parse makes "более" the subject beside the state
    ("Турция эвакуировала из Ливана более 800 своих граждан.", {"state/TUR", "state/LBN"},
     "Эвакуация граждан Турции из Ливана", "occurred", _DAY),
    # a noun, the people's state in its genitive, its own day
    ("Эвакуация граждан Индии из Йемена завершилась в пятницу, сообщил МИД Индии.",
     {"state/IND", "state/YEM"}, "Эвакуация граждан Индии из Йемена", "occurred", "2026-12-04"),
    # a noun the verb's subject does
    ("Индия начала эвакуацию своих граждан из Украины.", {"state/IND", "state/UKR"},
     "Эвакуация граждан Индии из Украины", "occurred", _DAY),
    # a passive, the people's state in their genitive
    ("Из Ливии эвакуированы 300 граждан Туниса.", {"state/TUN", "state/LBY"},
     "Эвакуация граждан Туниса из Ливии", "occurred", _DAY),
    # out of a capital: its state
    ("Польша провела эвакуацию дипломатов из Бейрута.", {"state/POL", "state/LBN"},
     "Эвакуация граждан Польши из Ливана", "occurred", _DAY),
    # intended: ahead
    ("Франция намерена эвакуировать своих граждан из Нигера.", {"state/FRA", "state/NER"},
     "Эвакуация граждан Франции из Нигера", "planned", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "label", "status", "day"), EVACUATIONS)
def test_evacuations_with_their_states(events, text, states, label, status, day) -> None:
    evacuation = one_of_kind(events(text, _DAY), "Evacuation")
    assert state_keys(evacuation) == states
    assert evacuation.label == label
    assert (evacuation.status, evacuation.date) == (status, day)
    assert evacuation.location == ""


def test_headline_and_body_are_one_evacuation(events) -> None:
    text = (
        "Турция эвакуировала из Ливана более 800 своих граждан\n\n"
        "Власти Турции за последние трое суток эвакуировали из Ливана 812 граждан, сообщило во "
        "вторник министерство иностранных дел страны."
    )
    evacuation = one_of_kind(events(text, _DAY), "Evacuation")
    assert state_keys(evacuation) == {"state/TUR", "state/LBN"}
    assert (evacuation.status, evacuation.date) == ("occurred", _DAY)


# text, the states, label, status, date, location
DELIVERIES = [
    # aid counted in tonnes carried by a plane, sent to a city
    ("Япония направила в Манилу самолёт с 20 тоннами гуманитарной помощи.",
     {"state/JPN", "state/PHL"}, "Гуманитарная помощь Японии Филиппинам", "occurred", _DAY,
     "Манила"),
    # the receiver in the dative, food aid
    ("Саудовская Аравия передала Йемену 50 тонн продовольственной помощи.",
     {"state/SAU", "state/YEM"}, "Продовольственная помощь Саудовской Аравии Йемену",
     "occurred", _DAY, ""),
    # a humanitarian cargo sent to a state
    ("Турция доставила в Сирию гуманитарный груз.", {"state/TUR", "state/SYR"},
     "Гуманитарный груз Турции Сирии", "occurred", _DAY, "Сирия"),
    # a passive, the sender after "из"
    ("Гуманитарная помощь из Китая доставлена в Исламабад.", {"state/CHN", "state/PAK"},
     "Гуманитарная помощь Китая Пакистану", "occurred", _DAY, "Исламабад"),
    # ahead
    ("Китай направит Пакистану гуманитарную помощь.", {"state/CHN", "state/PAK"},
     "Гуманитарная помощь Китая Пакистану", "planned", "", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "label", "status", "day", "location"), DELIVERIES)
def test_aid_deliveries_with_their_states(events, text, states, label, status, day, location):
    delivery = one_of_kind(events(text, _DAY), "AidDelivery")
    assert state_keys(delivery) == states
    assert delivery.label == label
    assert (delivery.status, delivery.date, delivery.location) == (status, day, location)


# text, the kind it must not tell
NOT_TOLD = [
    # a state's own people moved inside it: no second state
    ("Власти Ливана эвакуировали жителей из Бейрута.", "Evacuation"),
    # things, no people
    ("Турция эвакуировала технику из Сирии.", "Evacuation"),
    # a topic of talks
    ("Турция обсудила с Ливаном эвакуацию граждан.", "Evacuation"),
    # a delegation, a note, a letter sent: what they are, no aid
    ("Япония направила в Манилу делегацию во главе с министром иностранных дел.", "AidDelivery"),
    ("МИД Японии направил Филиппинам ноту протеста.", "AidDelivery"),
    ("Премьер-министр Японии направил письмо президенту Филиппин.", "AidDelivery"),
    # aid called for, allocated or talked of: not sent
    ("Япония призвала оказать гуманитарную помощь Филиппинам.", "AidDelivery"),
    ("Япония выделила Филиппинам гуманитарную помощь на 10 млн долларов.", "AidDelivery"),
    ("Министры обсудили доставку гуманитарной помощи на Филиппины.", "AidDelivery"),
    # sent by a body of no state
    ("ООН направила на Филиппины гуманитарную помощь.", "AidDelivery"),
    # no kind of aid named
    ("Япония передала Филиппинам два патрульных катера.", "AidDelivery"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_TOLD)
def test_sentences_that_tell_no_relief(events, text, kind) -> None:
    assert not of_kind(events(text, _DAY), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("МИД Японии направил Филиппинам ноту протеста.", "Message"),
        ("Премьер-министр Японии направил письмо президенту Филиппин.", "Message"),
    ],
)
def test_papers_sent_stay_messages(events, text, kind) -> None:
    assert one_of_kind(events(text, _DAY), kind)


# text, kind, label: a noun of states and the dashed noun that says which are one name
MEMBERS = [
    ("В четверг в Найроби состоится совещание глав МИД стран — соседей Сомали.", "Meeting",
     "Совещание глав МИД стран — соседей Сомали"),
    ("В Брюсселе пройдёт саммит глав государств — членов ЕС.", "Summit",
     "Саммит глав государств — членов ЕС"),
    ("В Париже прошла конференция стран — доноров Украины.", "Forum",
     "Конференция стран — доноров Украины"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "label"), MEMBERS)
def test_sitting_of_states_named_by_a_dash(events, text, kind, label) -> None:
    assert one_of_kind(events(text, _DAY), kind).label == label


def test_sitting_of_a_states_neighbours_has_that_state(events) -> None:
    text = "В четверг в Найроби состоится совещание глав МИД стран — соседей Сомали."
    assert "state/SOM" in state_keys(one_of_kind(events(text, _DAY), "Meeting"))


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Турция эвакуировала из Ливана 800 своих граждан.", "Evacuation"),
        ("Турция доставила в Сирию гуманитарный груз.", "AidDelivery"),
    ],
)
def test_a_build_with_relief_validates(tmp_path: Path, text: str, cls: str) -> None:
    ok, report, found = built_of_class(tmp_path, f"date {_DAY}\n{text}\n", cls)
    assert ok, report
    assert found
