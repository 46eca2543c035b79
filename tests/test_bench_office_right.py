"""bench/ner.py's office matching: short forms spelled out as kg's table spells them, never
a deputy's office read as the head's; a compound title of its first noun's kind, a
description read past the state's adjective, "и. о." spelt out (h-offices46)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from ner import office_right  # noqa: E402

CASES = [
    # kg writes the short forms spelled out (kg/resolve/short_offices.tsv)
    ("генеральный прокурор", "генпрокурора Чили", True),
    ("начальник Генерального штаба вооруженных сил", "начальника Генштаба", True),
    ("государственный секретарь", "госсекретаря США", True),
    # must not: a deputy is not the head, nor a staff's chief the general staff's
    ("заместитель генерального прокурора", "генпрокурора", False),
    ("генеральный прокурор", "заместителя генпрокурора", False),
    ("начальник штаба", "начальника Генштаба", False),
    # h-offices46: a compound title is of its first noun's kind ("генерал-лейтенант" is a
    # general, "писатель-сатирик" a writer) ...
    ("генерал-лейтенант", "генерал", True),
    ("писатель-сатирик", "писателя", True),
    ("депутат-единоросс", "депутата Госдумы", True),
    # ... but not a deputy's, vice-, ex- or premier's compound, nor a governor-general
    ("вице-президент", "президента Чили", False),
    ("премьер-министр", "министра финансов", False),
    ("генерал-губернатор", "генерала", False),
    # ... nor one field's minister another's
    ("министр иностранных дел", "министра внутренних дел Перу", False),
    # ... a description with the state's adjective inside, the Russian premier's long title,
    # "и. о." spelt out, a dash spaced inside a compound
    ("премьер-министр", "глава чилийского правительства", True),
    ("премьер-министр", "председателя правительства Перу", True),
    ("исполняющий обязанности президента", "и.о. президента Перу", True),
    ("исполняющий обязанности президента", "и. о. президента Перу", True),
    ("директор-распорядитель", "директором - распорядителем фонда", True),
    # must not: the premier's long title is no chairman of another body
    ("председатель парламента", "председателя правительства Перу", False),
]


@pytest.mark.parametrize(("post", "profession", "right"), CASES)
def test_office_right(post: str, profession: str, right: bool) -> None:
    """A post reads as the gold profession only where its head and next word do."""
    assert office_right(post, profession) is right


def test_description_adjectives_stay() -> None:
    """A description that names its office by an adjective keeps it: the head of a tax
    agency is not the foreign minister."""
    assert not office_right("министр иностранных дел", "главы налогового ведомства Перу")
    assert office_right("министр иностранных дел", "главы внешнеполитического ведомства Перу")
    assert office_right("министр обороны", "главы военного ведомства Перу")
    assert not office_right("министр иностранных дел", "главы военного ведомства Перу")
