"""Names right after a plural title subject that the parser hung on a word after the verb
("Министры иностранных дел Сербии и Косова X и Y в четверг парафировали в Брюсселе текст
…": X and Y hung on "текст") are the subject's, who initial. Own sentences about
Serbia–Kosovo, Georgia–Armenia, Vietnam–Indonesia, Ethiopia–Eritrea (seventy-first pass,
h-events270)."""

from __future__ import annotations

import pytest

# (text, the initialling's persons)
INITIALLED = [
    ("Министры иностранных дел Сербии и Косова Марко Джурич и Донника Гярвалла-Шварц в "
     "четверг парафировали в Брюсселе текст соглашения о нормализации отношений. Церемония "
     "прошла в присутствии верховного представителя ЕС Каи Каллас.",
     ["person/donnika-gyarvalla-shvarts", "person/kaja-kallas", "person/marko-dzhurich"]),
    ("Министры иностранных дел Грузии и Армении Мака Бочоришвили и Арарат Мирзоян в четверг "
     "парафировали в Тбилиси текст соглашения о делимитации границы.",
     ["person/ararat-mirzoyan", "person/mak-bochorishvili"]),
    # must not: names the parser hung on the subject stay its own
    ("Министры торговли Вьетнама и Индонезии Нгуен Хонг Зьен и Будди Сантосо в среду "
     "парафировали в Джакарте текст соглашения о торговле рисом.",
     ["person/buddi-santoso", "person/nguen-khong-zen"]),
    ("Министры иностранных дел Эфиопии и Эритреи Гедион Тимотеос и Осман Салех в "
     "понедельник парафировали в Асмэре текст мирного договора.",
     ["person/gedion-timoteos", "person/osman-salekh"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "persons"), INITIALLED)
def test_names_astray_initial(events, text: str, persons) -> None:
    (initialling,) = [e for e in events(text, "2025-06-05") if e.kind == "Initialling"]
    assert sorted(k for k in initialling.participants if k.startswith("person/")) == persons


_WITH_KALLAS = (
    "Министры иностранных дел Сербии и Косова Марко Джурич и Донника Гярвалла-Шварц в "
    "четверг парафировали в Брюсселе текст соглашения о нормализации отношений. Церемония "
    "прошла в присутствии верховного представителя ЕС Каи Каллас."
)
_WITH_MACRON = (
    "Министры иностранных дел Грузии и Армении Мака Бочоришвили и Арарат Мирзоян в четверг "
    "парафировали в Тбилиси текст соглашения о делимитации границы. Церемония прошла в "
    "присутствии президента Франции Эмманюэля Макрона."
)
_TALKS = (
    "Министры иностранных дел Грузии и Армении Мака Бочоришвили и Арарат Мирзоян провели в "
    "четверг переговоры в Тбилиси. Церемония прошла в присутствии президента Франции "
    "Эмманюэля Макрона."
)


@pytest.mark.parametrize(
    ("text", "present"),
    [(_WITH_KALLAS, "person/kaja-kallas"), (_WITH_MACRON, "person/Q3052772")],
)
def test_ceremony_of_initialling_folds(events, text: str, present: str) -> None:
    """ "Церемония прошла в присутствии X" after an initialling tells it again: X takes part."""
    read = events(text, "2025-06-05")
    (initialling,) = [e for e in read if e.kind == "Initialling"]
    assert present in initialling.participants
    assert not [e for e in read if e.kind == "Ceremony"]


def test_ceremony_after_talks_stays(events) -> None:
    """Must not: a ceremony after talks is no initialling's."""
    assert [e.kind for e in events(_TALKS, "2025-06-05")] == ["Talks", "Ceremony"]
