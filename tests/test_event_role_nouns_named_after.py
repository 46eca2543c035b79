"""A role noun the next sentence names ("освободил журналиста … . Им оказался X", "задержали
генерала. Им оказался X") is that person, the act's target, as one named before is
(`linking.role_holder`); a next sentence that names no one so, or another noun, gives none.
Sentences of our own about Peru, Chile, Egypt (pass forty-three, branch h-events106)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _acts(found: list[Event], kind: str) -> list[Event]:
    return [e for e in found if e.kind == kind]


NAMED_AFTER = [
    ("Президент Египта освободил журналиста, задержанного в прошлом месяце. Им оказался "
     "Ахмед Саид.", "Release", "person/akhmed-said"),
    ("Полиция Перу задержала генерала. Им оказался Хуан Перес.", "Arrest", "person/khuan-peres"),
    ("В Сантьяго задержали журналистку из Перу. Ей оказалась Мария Гомес.", "Arrest",
     "person/mariya-gomes"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "key"), NAMED_AFTER)
def test_a_role_noun_is_whom_the_next_sentence_names(events, text, kind, key) -> None:
    (act,) = _acts(events(text), kind)
    assert key in act.participants


NOT_NAMED = [  # must not: a next sentence that names the person otherwise, or no role noun
    ("Полиция Перу задержала генерала. Хуан Перес осудил задержание.", "Arrest",
     "person/khuan-peres"),
    ("Полиция Перу задержала двух человек. Им оказался Хуан Перес.", "Arrest",
     "person/khuan-peres"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "key"), NOT_NAMED)
def test_no_naming_sentence_names_no_one(events, text, kind, key) -> None:
    assert all(key not in a.participants for a in _acts(events(text), kind))
