"""Where a title mention ends, on sentences of our own: the place of a post ("посол Дании
в Норвегии") is the title's, the goal of a trip ("визит президента Франции в Индию") and
the place after a title held at home ("встреча канцлера Германии в Польше") are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction

CASES = [
    # a trip's goal in the accusative ends the title before "в"
    ("Агентство сообщило о визите президента Франции в Индию.", "президента Франции"),
    ("Издание сообщило о поездке премьера Японии в Китай.", "премьера Японии"),
    ("Газета написала о визите министра иностранных дел Турции в Египет.",
     "министра иностранных дел Турции"),
    # a place in the prepositional after a title held at home is the sentence's, no post
    ("Переговоры министра иностранных дел Франции в Индии прошли успешно.",
     "министра иностранных дел Франции"),
    ("Выступление президента Бразилии в Аргентине транслировали.", "президента Бразилии"),
    ("Встреча канцлера Германии в Польше завершилась.", "канцлера Германии"),
    # the title and a bare name of one being: both name the person
    ("Агентство сообщило о поездке канцлера Германии в Польшу.", "канцлера Германии"),
]  # fmt: skip

# must keep: where the post is, in the prepositional, is the title's, so the name after it
# is its holder
POSTED = [
    ("Посол Дании в Норвегии Ханс Ларсен вручил верительные грамоты.", "Ханс Ларсен",
     ("посол", "state/DNK")),
    ("Вчера посол Бразилии в Аргентине Жоао Силва встретился с журналистами.", "Жоао Силва",
     ("посол", "state/BRA")),
    ("Посол Италии во Франции Марко Росси открыл выставку.", "Марко Росси",
     ("посол", "state/ITA")),
    # a post in a city the tagger finds, not a state (events77)
    ("Премьер-министр Индии принял посла Японии в Нью-Дели Оно Кэйити.", "Оно Кэйити",
     ("посол", "state/JPN")),
    ("Президент Аргентины принял посла Бразилии в Буэнос-Айресе Жулио Бителли.",
     "Жулио Бителли", ("посол", "state/BRA")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title"), CASES)
def test_title_mention_ends_where_its_post_does(
    extraction: Callable[[str, str], Extraction], text: str, title: str
) -> None:
    ex = extraction(text, "2024-05-01")
    persons = {e.key for e in ex.entities if e.type == "Person"}
    spans = {text[m.start : m.end] for m in ex.mentions if m.entity in persons}
    assert title in spans


@pytest.mark.parametrize(("text", "name", "holding"), POSTED)
def test_a_posts_place_stays_in_the_title(
    extraction: Callable[[str, str], Extraction], text: str, name: str, holding: tuple
) -> None:
    ex = extraction(text, "2024-05-01")
    names = {e.key: e.name for e in ex.entities}
    held = {(h.office, h.state) for h in ex.facts["offices"] if names[h.person] == name}
    assert holding in held
