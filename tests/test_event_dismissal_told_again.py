"""A dismissal told as coming by a verb ("заявил, что уволит своего зятя X") and then by its
noun ("Его увольнение вносит путаницу …") is one event, which took place: "Его" stands for the
one the verb dismisses (its object), not for who dismisses, though that one is the subject of
the sentence before. Two dismissals of two people stay two. Sentences of our own (forty-seventh
pass, h-events124)."""

from __future__ import annotations

TURKEY = (
    "Президент Турции уволил зятя\n\n"
    "Президент Турции заявил, что уволит своего зятя Берата Албайрака, являющегося "
    "руководителем государственной компании «Боташ». Эрдоган обвинил руководителей холдинга в "
    "том, что они неправильно повели себя в условиях забастовки, в результате которой погибли "
    "по меньшей мере 16 человек. Его увольнение также вносит некоторую путаницу в планы по "
    "смене власти."
)


def _dismissals(events, text: str) -> list:
    return [e for e in events(text, "2017-10-26") if e.kind == "Resignation"]


def test_dismissal_ahead_and_its_noun_are_one(events) -> None:
    (one,) = _dismissals(events, TURKEY)
    assert "person/berat-albayrak" in one.participants
    assert one.status == "occurred"


def test_his_dismissal_is_the_dismissed_ones(events) -> None:
    text = (
        "Президент Египта заявил, что уволит своего зятя Ахмеда Саида, руководителя "
        "государственной компании «Петроджет». Его увольнение вносит путаницу в планы по смене "
        "власти."
    )
    (one,) = _dismissals(events, text)
    assert "person/akhmed-said" in one.participants


def test_two_dismissals_of_two_people_stay_two(events) -> None:
    text = (
        "Президент Египта уволил министра финансов Ахмеда Саида. Его увольнение вызвало "
        "протесты. Через неделю президент уволил министра энергетики Мохамеда Шакера."
    )
    found = _dismissals(events, text)
    assert len(found) == 2
    assert {k for e in found for k in e.participants} >= {
        "person/akhmed-said",
        "person/mokhamed-shaker",
    }
