"""bench/ner.py's office matching: short forms spelled out as kg's table spells them, never
a deputy's office read as the head's."""

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
]


@pytest.mark.parametrize(("post", "profession", "right"), CASES)
def test_office_right(post: str, profession: str, right: bool) -> None:
    """A post reads as the gold profession only where its head and next word do."""
    assert office_right(post, profession) is right
