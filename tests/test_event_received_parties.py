"""A host who receives a state's delegation or guests meets them: "Делегацию Египта во главе
с X принял Y" is a meeting of Y and X, and of both states, as "принял министра Египта X" is.
Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

# text, who meets (None: no meeting at all)
CASES = [
    ("Делегацию Бразилии во главе с министром иностранных дел Мауро Виейрой 12 марта принял "
     "президент Аргентины Хавьер Милей.",
     {"person/javier-milei", "person/mauro-vieira", "state/ARG", "state/BRA"}),
    ("Делегацию Египта во главе с министром иностранных дел Бадром Абдель Атой принял в "
     "Анкаре президент Турции Реджеп Тайип Эрдоган.",
     {"person/recep-tayyip-erdogan", "person/badr-abdel-ata", "state/EGY", "state/TUR"}),
    ("Вьетнамскую делегацию принял в Токио премьер-министр Японии Фумио Кисида.",
     {"person/fumio-kishida", "state/JPN", "state/VNM"}),
    # a state's guests by its adjective in the plural
    ("Французских гостей принял в Нью-Дели премьер-министр Индии Нарендра Моди.",
     {"person/narendra-modi", "state/IND", "state/FRA"}),
    ("Премьер-министр Чехии Петр Фиала принял австрийских гостей в Праге.",
     {"person/petr-fiala", "state/CZE", "state/AUT"}),
    # a union's officer receives, the name parsed apart from the title
    ("Молдавскую делегацию принял в Брюсселе глава Евросовета Шарль Мишель.",
     {"person/charles-michel", "state/MDA"}),
    ("Делегацию Грузии принял генеральный секретарь НАТО Йенс Столтенберг.",
     {"person/jens-stoltenberg", "state/GEO"}),
    # the state's adjective the parse hangs apart from the delegation (as a subject or an
    # object of its own)
    ("Индонезийскую делегацию принимал министр торговли Малайзии.",
     {"state/IDN", "state/MYS"}),
    ("Перуанскую делегацию в Сантьяго принимал министр иностранных дел Чили Альберто ван "
     "Кларен.",
     {"state/CHL", "state/PER"}),
    # must not: guests of no state the text names, nor a host of no state or union
    ("Новую делегацию принимал министр торговли Малайзии.", None),
    ("Гостей принял в Токио премьер-министр Японии Фумио Кисида.", None),
    ("Турецких гостей принял в Москве лидер партии Иван Петров.", None),
    ("Сербскую делегацию принял председатель комиссии.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "met"), CASES)
def test_a_received_delegation_is_met(events, text: str, met: set[str] | None) -> None:
    meetings = [e for e in events(text) if e.kind == "Meeting"]
    if met is None:
        assert not meetings
    else:
        (meeting,) = meetings
        assert met <= set(meeting.participants)


# Guests of a gathering (its genitive or "на" it) are people, not their state's delegation;
# a state's guests, with no gathering, are its delegation (CASES).
GATHERING_GUESTS = [
    ("Японские гости кинофестиваля посетили Лувр.", "state/JPN"),
    ("Мэр Лиссабона встретился с японскими гостями фестиваля.", "state/JPN"),
    ("Испанские гости форума побывали в Каире.", "state/ESP"),
    ("Канадские гости на выставке встретились с министром культуры Чили.", "state/CAN"),
]


@pytest.mark.parametrize(("text", "state"), GATHERING_GUESTS)
def test_guests_of_a_gathering_are_no_state(events, text: str, state: str) -> None:
    assert all(state not in e.participants for e in events(text))
