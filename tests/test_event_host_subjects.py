"""A place that is the subject of "принять" holds the gathering its object is: "Лима примет
форум АТЭС" is a forum in Lima. Not a union or a body that hosts, nor what one takes part in
or what a gathering itself takes in. Sentences of our own (events84)."""

from __future__ import annotations

import pytest

# (text, the gathering's kind, its place)
HOSTED = [
    ("Лима примет форум АТЭС в ноябре.", "Forum", "Лима"),
    ("В следующем году Каир примет встречу министров иностранных дел Египта и Туниса.",
     "Meeting", "Каир"),
    ("Индонезия примет саммит АСЕАН в мае.", "Summit", "Индонезия"),
    ("Следующий саммит Меркосур примет Уругвай.", "Summit", "Уругвай"),
    ("В 2026 году Осака примет у себя конференцию по торговле Японии и Вьетнама.", "Forum",
     "Осака"),
    # the gathering's own city wins over the state that hosts it
    ("Бразилия примет саммит БРИКС в Рио-де-Жанейро в июле.", "Summit", "Рио-де-Жанейро"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "place"), HOSTED)
def test_the_host_subject_is_the_place(events, text: str, kind: str, place: str) -> None:
    assert [e.location for e in events(text) if e.kind == kind] == [place]


# must not: one who takes part, a person or a union that hosts, a gathering's own act
NOT_HOSTED = [
    ("Уругвай примет участие в саммите Меркосур.", "Уругвай"),
    ("Президент Перу примет участников форума АТЭС.", "Перу"),
    ("Евросоюз примет саммит с Японией в июле.", "Европейский союз"),
    ("Саммит НАТО примет Швецию в альянс.", "Швеция"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), NOT_HOSTED)
def test_no_place_from_who_takes_part_or_a_union(events, text: str, place: str) -> None:
    assert place not in {e.location for e in events(text)}
