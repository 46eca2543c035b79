"""A region's head in the accusative or genitive, the region's name after its kind
("принял губернатора провинции Онтарио Дуга Форда", "губернатора штата Керала Арифа
Мохаммада Хана"), holds the post: the tagger copies the region's nominative onto the name,
or reads its words in cases apart, and a word of the name read in the title's case (an
animate accusative's genitive form) tells it agrees, as the nominative and instrumental
already did. Must-nots: a name no word of which reads so ("Дуг Форд выиграл" after the
genitive title), a person's noun between ("вдову губернатора … Анну Смит") (sixty-ninth
pass, h-names154; own sentences about Canada, the USA, India with France, Mexico, Japan)."""

from __future__ import annotations

import pytest
from fact_reads import offices_by_name

CASES = [
    ("Президент Франции принял губернатора провинции Онтарио Дуга Форда.",
     {"Дуг Форд": {"губернатор state/CAN"}}),
    ("Президент Франции принял губернатора штата Техас Грега Эбботта.",
     {"Грег Эбботт": {"губернатор штата state/USA"}}),
    ("Премьер Японии поблагодарил губернатора штата Керала Арифа Мохаммада Хана.",
     {"Ариф Мохаммад Хан": {"губернатор штата state/IND"}}),
    ("Визит губернатора провинции Квебек Франсуа Лего в Мехико завершился.",
     {"Франсуа Лего": {"губернатор state/CAN"}}),
    # must not: a nominative after the genitive title; the widow is no governor
    ("Выборы губернатора провинции Онтарио Дуг Форд выиграл в третий раз.", {"Дуг Форд": set()}),
    ("Президент Мексики принял вдову губернатора штата Техас Анну Смит.", {"Анна Смит": set()}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "offices"), CASES)
def test_region_post_in_oblique_case(
    extraction_of, text: str, offices: dict[str, set[str]]
) -> None:
    """The region's head in an oblique case holds the post of the region's state."""
    held = offices_by_name(extraction_of(text, "2026-11-20", "offices"), with_state=True)
    assert {name: held.get(name, set()) for name in offices} == offices
