"""Extraditions told by their noun, "выдача" among them, and diplomatic incidents: the noun
that is itself the subject of "состоялась" names no one who acts ("Экстрадиция X в Уругвай
состоялась": X is sent, Uruguay receives, no one acts); a first name that does not decline
leaves the name a genitive ("Хосе Мартинеса"); the state one is sent to is no place of the
act; "выдача виз/кредитов/помощи" is no extradition. A summons, recall or expulsion right
after the sentence that dates the quarrel it answers takes that day, and one summoned "в
МИД" is summoned by the ministry named before. Sentences of our own about
other states (sixty-fourth pass, h-events238)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, person_keys, state_keys

DATE = "2026-11-20"  # a Friday
HEAD = "Отношения двух стран обострились.\n\n"

# text, the Expulsion's label, its states, whether a person is acted on, its place
EXTRADITIONS = [
    ("Экстрадиция Хосе Мартинеса в Уругвай состоялась 3 ноября.",
     "Экстрадиция Хосе Мартинеса в Уругвай", {"state/URY"}, True, ""),
    ("Экстрадиция Хорхе Гарсии в Эквадор состоится в декабре.",
     "Экстрадиция Хорхе Гарсии в Эквадор", {"state/ECU"}, True, ""),
    ("Экстрадиция Пабло Гомеса в Перу состоялась в среду.",
     "Экстрадиция Пабло Гомеса в Перу", {"state/PER"}, True, ""),
    ("Испания выдала Уругваю Хосе Мартинеса по запросу уругвайской прокуратуры.",
     "Экстрадиция Хосе Мартинеса в Уругвай", {"state/ESP", "state/URY"}, True, ""),
    # the sending state told before is the act's, one act with the receiving state's day
    ("Италия выдала Аргентине Хорхе Гомеса по запросу аргентинского суда. Экстрадиция "
     "Хорхе Гомеса в Аргентину состоялась 3 ноября.",
     "Экстрадиция Хорхе Гомеса в Аргентину", {"state/ARG", "state/ITA"}, True, ""),
    ("Выдача Хорхе Гомеса Аргентине состоялась 4 ноября.",
     "Экстрадиция Хорхе Гомеса в Аргентину", {"state/ARG"}, True, ""),
    ("Выдача бывшего генерала Луиса Кампоса в Перу состоится в декабре.",
     "Экстрадиция Луиса Кампоса в Перу", {"state/PER"}, True, ""),
    # must-nots: an arrest's place stays, an expulsion from a state is by that state
    ("Высылка трёх дипломатов Ирана из Германии состоялась в понедельник.",
     "Высылка дипломатов Ирана из Германии", {"state/DEU", "state/IRN"}, False, ""),
]  # fmt: skip

# "выдача" of things: no extradition
NOT_EXTRADITIONS = [
    "Посольство Германии приостановило выдачу виз гражданам Ирана.",
    "Выдача виз гражданам Ирана возобновилась 4 ноября.",
    "Выдача кредитов в Турции выросла в октябре.",
    "Выдача гуманитарной помощи жителям Газы началась 3 ноября.",
    "Выдача паспортов гражданам Молдавии прошла 3 ноября.",
    "Банк объявил о выдаче кредитов малому бизнесу Кении.",
]

# text, kind, its date, its states
INCIDENTS = [
    (HEAD + "В четверг МИД Японии выразил протест Китаю в связи с инцидентом у островов. "
     "Временный поверенный в делах Китая был вызван в МИД, где ему вручили ноту протеста.",
     "Summons", "2026-11-19", {"state/CHN", "state/JPN"}),
    (HEAD + "В среду Литва заявила протест Белоруссии. Посол Белоруссии был вызван в МИД Литвы.",
     "Summons", "2026-11-18", {"state/BLR", "state/LTU"}),
    (HEAD + "Во вторник Польша выразила недовольство позицией Венгрии. Варшава отозвала своего "
     "посла из Будапешта для консультаций.", "Recall", "2026-11-17", {"state/HUN", "state/POL"}),
    ("Временный поверенный в делах Китая был вызван во вторник в МИД Японии.",
     "Summons", "2026-11-17", {"state/CHN", "state/JPN"}),
    # must-nots: a day long before, an act ahead, the day of another paragraph
    (HEAD + "10 мая 2015 года Япония и Китай подписали договор. Посол Китая был вызван в МИД "
     "Японии.", "Summons", "", {"state/CHN", "state/JPN"}),
    (HEAD + "В четверг МИД Японии выразил протест Китаю. Посол Китая будет вызван в МИД Японии.",
     "Summons", "", {"state/CHN", "state/JPN"}),
    (HEAD + "В четверг МИД Японии выразил протест Китаю.\n\nПосол Китая был вызван в МИД Японии.",
     "Summons", "", {"state/CHN", "state/JPN"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "states", "person", "place"), EXTRADITIONS)
def test_an_extraditions_roles(events, text, label, states, person, place) -> None:
    (act,) = of_kind(events(text, DATE), "Expulsion")
    assert (act.label, state_keys(act), bool(person_keys(act)), act.location) == (
        label,
        states,
        person,
        place,
    )


@pytest.mark.parametrize("text", NOT_EXTRADITIONS)
def test_a_handing_out_of_things_is_no_extradition(events, text) -> None:
    assert of_kind(events(text, DATE), "Expulsion") == []


@pytest.mark.parametrize(("text", "kind", "date", "states"), INCIDENTS)
def test_a_diplomatic_acts_day_and_sides(events, text, kind, date, states) -> None:
    (act,) = of_kind(events(text, DATE), kind)
    assert (act.date, state_keys(act)) == (date, states)
