"""Elections won by one named at a post's ballot are labelled by the post, as elections are
by their ballot or place, not by the winner ("Выборы генерального секретаря ОАГ", not
"Выборы Марии Гомес"); the post ends before a clause on it. Sentences of our own about
Peru, Chile, Egypt, Turkey (pass forty-three, branch h-events106)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _elections(found: list[Event]) -> list[Event]:
    return [e for e in found if e.kind == "Election"]


LABELS = [
    ("На выборах генерального секретаря ОАГ победила Мария Гомес, министр иностранных дел "
     "Перу.", "Выборы генерального секретаря ОАГ"),
    ("На выборах генерального секретаря ОАГ, которые прошли в Лиме, победила Мария Гомес.",
     "Выборы генерального секретаря ОАГ"),
    ("На выборах президента Турции победил Мехмет Йылмаз.", "Выборы президента Турции"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_elections_won_are_labelled_by_the_post(events, text: str, label: str) -> None:
    (election,) = _elections(events(text))
    assert election.label == label


KEPT = [  # must not change: a ballot's own words, one elected to a post
    ("Мехмет Йылмаз победил на президентских выборах в Турции.", "Президентские выборы"),
    ("Мария Гомес избрана генеральным секретарём ОАГ.", "Избрание Марии Гомес на пост"),
    ("Парламентские выборы в Чили прошли 5 мая.", "Парламентские выборы в Чили"),
]


@pytest.mark.parametrize(("text", "label"), KEPT)
def test_other_election_labels_stay(events, text: str, label: str) -> None:
    (election,) = _elections(events(text))
    assert election.label.startswith(label)
