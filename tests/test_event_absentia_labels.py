"""An arrest in absentia is labelled "Заочный арест X", not "Задержание X" (forty-first
pass, h-fix41b, own sentences); a detention keeps "Задержание"."""

from __future__ import annotations

import pytest

CASES = [
    ("Суд Сантьяго заочно арестовал бизнесмена Хуана Переса.", "Заочный арест"),
    ("Бизнесмен Андрус Таммик был заочно арестован судом Таллина.", "Заочный арест"),
    # must keep: a detention told plainly
    ("В понедельник в Лиме задержан гражданин Чили Хуан Перес.", "Задержание"),
]


@pytest.mark.parametrize(("text", "head"), CASES)
def test_absentia_arrest_label(events, text: str, head: str) -> None:  # noqa: ANN001
    (arrest,) = [e for e in events(text, "2024-05-10") if e.kind == "Arrest"]
    assert arrest.label.startswith(head + " "), arrest.label
