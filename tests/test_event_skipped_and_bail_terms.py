"""Status of events one skips and of a term of bail (pass forty-third, h-events107): one who
will skip their own event ("пропустит свою инаугурацию") tells no change of office ahead, and
their own meeting is off; another's event one skips ("пропустит саммит") keeps its status. A
term of bail ahead ("будет находиться под домашним арестом") is no arrest ahead; one held
under arrest in the past still is one. Sentences of our own about other states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

# text → kind it must not tell
SILENT = [
    ("Президент Чили Мишель Бачелет пропустит свою инаугурацию и останется в Лиме для "
     "лечения.", "Appointment"),
    ("Президент Чили Мишель Бачелет пропустит инаугурацию.", "Appointment"),
    ("Суд в Лиме выпустил под залог гражданина Чили Педро Сото. Сото будет находиться под "
     "домашним арестом и носить электронный браслет.", "Arrest"),
    ("Гражданин Чили Педро Сото останется под домашним арестом до суда.", "Arrest"),
]  # fmt: skip

# text → kind, status
STATUS = [
    ("Президент Чили Мишель Бачелет пропустит свою встречу с президентом Перу.", "Meeting",
     "cancelled"),
    # another's event one skips is still held
    ("Президент Чили Габриэль Борич пропустит саммит АТЭС в Лиме.", "Summit", "planned"),
    # held under arrest before: an arrest
    ("Гражданин Чили Педро Сото находился под домашним арестом в Лиме.", "Arrest", "occurred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), SILENT)
def test_no_event_ahead(events, text: str, kind: str) -> None:
    assert not of_kind(events(text), kind)


@pytest.mark.parametrize(("text", "kind", "status"), STATUS)
def test_status(events, text: str, kind: str, status: str) -> None:
    (event,) = of_kind(events(text), kind)
    assert event.status == status
