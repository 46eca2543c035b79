"""An arrest of "руководитель ведомства" (the head of the agency) names again the one the
text titled a minister or a head before (forty-fourth pass, h-events113); a head of anything
else ("руководитель компании") names no one. Sentences of our own about other states."""

from __future__ import annotations

import pytest

_NAMED = (
    "Министр транспорта Египта Камель аль-Вазир был доставлен на допрос по подозрению в коррупции. "
)

# text, the persons of its one arrest
ARRESTS = [
    (_NAMED + "Задержание руководителя ведомства произошло в парламенте Египта.",
     ["person/kamel-al-vazir"]),
    (_NAMED + "Задержание главы ведомства произошло в парламенте Египта.",
     ["person/kamel-al-vazir"]),
    # must not: the head of a company is no one the text titled so
    (_NAMED + "Задержание руководителя компании произошло в парламенте Египта.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "told"), ARRESTS)
def test_agency_head_arrested(events, text: str, told: list) -> None:
    (arrest,) = [e for e in events(text, "2024-07-01") if e.kind == "Arrest"]
    assert [k for k in arrest.participants if k.startswith("person/")] == told
