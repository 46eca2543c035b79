"""A region's head in the accusative or genitive, the region's name after its kind
("принял губернатора провинции Онтарио Дуга Форда", "губернатора штата Керала Арифа
Мохаммада Хана"), holds the post: the tagger copies the region's nominative onto the name,
or reads its words in cases apart, and a word of the name read in the title's case (an
animate accusative's genitive form) tells it agrees, as the nominative and instrumental
already did. Must-nots: a name no word of which reads so ("Дуг Форд выиграл" after the
genitive title), a person's noun between ("вдову губернатора … Анну Смит") (sixty-ninth
pass, h-names154; own sentences about Canada, the USA, India with France, Mexico, Japan).

Two posts news names before officials that the table's training split lacked: a
ministry's permanent secretary in the Commonwealth's and Africa's governments ("постоянный
секретарь министерства торговли Ганы X": no mere "секретарь"), and the head of a region or a
city of Kazakhstan or Kyrgyzstan ("акимом Шымкента X": аким, Kazakhstan, the city's state).
Must-nots: a Russian first name "Аким" holds no post; a bare "секретарь" keeps its office
(sixty-ninth pass, h-names154; own sentences about Ghana, Kenya, India, Turkey)."""

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


POSTS = [
    ("Посол Индии встретился с постоянным секретарём министерства торговли Ганы Кваку "
     "Агьеманом.", {"Кваку Агьеман": {"постоянный секретарь министерства торговли state/GHA"}}),
    ("Постоянный секретарь министерства иностранных дел Кении Питер Кирими встретился с "
     "послом Индии.",
     {"Питер Кирими": {"постоянный секретарь министерства иностранных дел state/KEN"}}),
    ("Посол Турции встретился с акимом Шымкента Габитом Сыздыкбековым.",
     {"Габит Сыздыкбеков": {"аким state/KAZ"}}),
    # must not: the first name "Аким"; a secretary of no rank keeps his office
    ("Аким Иванов, житель Самары, выиграл турнир.", {"Аким Иванов": set()}),
    ("Секретарь министерства финансов Ганы Джон Оби встретился с послом Индии.",
     {"Джон Оби": {"секретарь министерства финансов state/GHA"}}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "offices"), CASES + POSTS)
def test_post_held(extraction_of, text: str, offices: dict[str, set[str]]) -> None:
    """The post read whole, of its region's, ministry's or city's state, in any case."""
    held = offices_by_name(extraction_of(text, "2026-11-20", "offices"), with_state=True)
    assert {name: held.get(name, set()) for name in offices} == offices
