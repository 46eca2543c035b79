"""A title that names a post or what someone is refers to no one who holds it: the genitive
of a post noun ("выдвинет её на пост министра", "ушёл с поста президента") and a verb's
predicate in the instrumental ("может оказаться первым президентом", "оказался
президентом") link to no holder the text named before. A title of a person ("Позиция
министра", "В качестве министра") still does. Own sentences about Chile, Peru, Estonia and
Latvia (h-links71)."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def titled(ex: Extraction) -> list[tuple[str, str]]:
    """(the title as written, the person it is linked to) of each title mention."""
    names = {e.key: e.name for e in ex.entities}
    return [(m.text, names[m.entity]) for m in ex.mentions if m.via == "title"]


POSTS = [
    ("Министр иностранных дел Чили Альберто ван Клаверен прибыл в Лиму. Президент Габриэль "
     "Борич, как ожидается, выдвинет Антонию Урехолу на пост министра иностранных дел Чили.",
     []),
    ("Президент Перу Дина Болуарте посетила Чили. Сенатор Хосе Кастильо может оказаться "
     "первым президентом Перу из Куско.", []),
    ("Президент Перу Дина Болуарте посетила Чили. Кастильо оказался президентом Перу, "
     "которого никто не ждал.", []),
    ("Министр обороны Латвии Андрис Спрудс посетил Таллин. Кандидатуру Карса на должность "
     "министра обороны Латвии обсудят в Сейме.", []),
    # must not: a title of the person who holds it
    ("Министр иностранных дел Эстонии Маргус Цахкна прибыл в Ригу. Позиция министра "
     "иностранных дел Эстонии не изменилась.",
     [("министра иностранных дел Эстонии", "Маргус Цахкна")]),
    ("Министр иностранных дел Эстонии Маргус Цахкна прибыл в Ригу. В качестве министра "
     "иностранных дел Эстонии он подписал соглашение.",
     [("министра иностранных дел Эстонии", "Маргус Цахкна")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSTS)
def test_a_post_or_predicate_title_is_no_holder(
    extraction, text: str, expected: list[tuple[str, str]]
) -> None:  # noqa: ANN001
    assert titled(extraction(text, "2024-05-15")) == expected
