"""A place inside what talks are about is not where they are held (sixty-fourth pass,
h-events237): "переговоры о положении в Нагорном Карабахе", "по ситуации в Сомали" have no
place of their own; "в Аммане" on the verb, or on the talks after their topic, still places
them. Sentences of our own (Armenia–France, Egypt–Jordan, Ethiopia–Kenya)."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind

PLACES = [
    ("Президенты Армении и Франции провели переговоры о положении в Нагорном Карабахе.", ""),
    ("Премьер-министр Эфиопии Абий Ахмед провёл переговоры с президентом Кении Уильямом Руто "
     "по ситуации в Сомали.", ""),
    ("Министры иностранных дел Египта и Иордании провели в Аммане переговоры о ситуации в "
     "Газе.", "Амман"),
    ("Встреча министров иностранных дел Египта и Иордании по безопасности на Синайском "
     "полуострове прошла в Каире.", "Каир"),
    ("Переговоры министров иностранных дел Египта и Иордании прошли в Аммане.", "Амман"),
    # a second "в" the parse hangs on the topic is the talks' place
    ("Министры иностранных дел Египта и Иордании провели переговоры о вступлении в ОПЕК в "
     "Аммане.", "Амман"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_a_topics_place_is_not_the_talks(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    place: str,
) -> None:
    talks = one_of_kind(events(text, "2026-11-14"), "Talks", "Meeting")
    assert talks.location == place
