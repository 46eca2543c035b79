"""Holders of one office told in plural with their states ("Министры иностранных дел Греции
и Турции провели переговоры") stand for the one holder of that office of each state the
event's sentence or the one after names in its paragraph ("Глава МИД Греции
X назвал встречу конструктивной"): talks that listed only the states. Sentences of our own
about other pairs of states, with holders of other offices, a state's two holders and a
paragraph break that must add no one."""

from __future__ import annotations

import pytest

# text, the persons the talks have: the holder the sentence after names
CASES = [
    ("Министры иностранных дел Греции и Турции 3 сентября провели переговоры в Анкаре. Глава "
     "МИД Греции Йоргос Герапетритис назвал встречу конструктивной.", 1),
    ("Премьер-министры Японии и Вьетнама 28 апреля провели переговоры в Ханое. Японский "
     "премьер Сигэру Исиба предложил расширить сотрудничество.", 1),
    ("Министры обороны Индии и Франции 20 мая провели переговоры в Париже. Министр обороны "
     "Индии Раджнатх Сингх назвал их успешными.", 1),
]  # fmt: skip

# must not: a holder of another office, a holder in another paragraph
NO_ONE = [
    "Министры иностранных дел Египта и Турции 20 мая провели переговоры в Каире. Президент "
    "Египта Абдель Фаттах ас-Сиси выступил с речью.",
    "Министры финансов Бразилии и Аргентины 20 мая провели переговоры. Министр иностранных "
    "дел Бразилии Мауро Виейра прокомментировал встречу.",
    "Министр иностранных дел Египта Бадр Абдель Аты выступил в парламенте.\n\nМинистры "
    "иностранных дел Египта и Турции 20 мая провели переговоры в Каире.",
    # "министры" of no office: not any minister near
    "Министры Японии и Филиппин провели переговоры в Маниле 12 марта 2024 года. Тем временем "
    "министр финансов Японии Сюнъити Судзуки выступил в Токио с докладом о бюджете.",
    # the sentence before tells another, earlier meeting of other holders
    "В 2021 году министр иностранных дел Греции Никос Дендиас встретился в Анкаре с министром "
    "иностранных дел Турции Мевлютом Чавушоглу. В марте 2024 года министры иностранных дел "
    "Греции и Турции провели переговоры в Афинах.",
]


def _persons(events, text: str) -> int:
    (talks,) = [e for e in events(text, "2025-09-10") if e.kind == "Talks"]
    return sum(p.startswith("person/") for p in talks.participants)


@pytest.mark.parametrize(("text", "persons"), CASES)
def test_titled_sides_are_their_holders_near(events, text: str, persons: int) -> None:
    assert _persons(events, text) == persons


@pytest.mark.parametrize("text", NO_ONE)
def test_no_holder_of_the_office_near_adds_no_one(events, text: str) -> None:
    assert _persons(events, text) == 0
