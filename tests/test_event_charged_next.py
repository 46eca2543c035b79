"""One arrested by a role noun ("гражданин Турции был арестован") is the person the next
sentence opens with as the one charged ("36-летний X обвиняется в …"): forty-fourth pass
(h-events113), sentences of our own about other states."""

from __future__ import annotations

import pytest

_ARRESTED = (
    "Как сообщило министерство юстиции Египта, гражданин Турции был арестован в четверг по "
    "обвинению в контрабанде. "
)

# text, the persons of its one arrest
ARRESTS = [
    (_ARRESTED + "36-летний Мехмет Йылмаз обвиняется в перевозке оружия.",
     ["person/mekhmet-yylmaz"]),
    (_ARRESTED + "Мехмет Йылмаз подозревается в перевозке оружия.", ["person/mekhmet-yylmaz"]),
    # must not: the next sentence's person is no one charged
    (_ARRESTED + "Посол Турции Мехмет Йылмаз выразил протест.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), ARRESTS)
def test_arrested_one_charged_next(events, text: str, told: list) -> None:
    arrests = [e for e in events(text, "2024-07-01") if e.kind == "Arrest"]
    assert [k for e in arrests for k in e.participants if k.startswith("person/")] == told
