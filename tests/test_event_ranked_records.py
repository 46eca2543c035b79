"""Issue 8, events that were not held (events90): a rank on a title with a participle in the
instrumental after it ("стала вторым монархом в истории Дании, отметившим 50-летие
правления") is a record among the office's holders, no change of office, however the
parser hangs the participle; a rank alone ("стал седьмым президентом") stays one. Sentences
of our own about other states."""

from __future__ import annotations

import pytest

RECORDS = [
    "Королева Дании Маргрете, ставшая вторым монархом в истории Дании, отметившим 50-летие "
    "правления, посетила Осло.",
]


@pytest.mark.parametrize("text", RECORDS)
def test_a_ranked_record_is_no_appointment(events, text: str) -> None:
    assert not [e for e in events(text) if e.kind == "Appointment"]


# must not: a rank alone, or a clause after it that is no participle, leaves the news
NEWS = [
    "Карлос Перес стал седьмым президентом Чили.",
    "Карлос Перес стал вторым президентом Чили, сообщили в парламенте Чили.",
]


@pytest.mark.parametrize("text", NEWS)
def test_a_ranked_office_taken_is_an_appointment(events, text: str) -> None:
    (event,) = [e for e in events(text) if e.kind == "Appointment"]
    assert "state/CHL" in event.participants
