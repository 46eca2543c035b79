"""The identity rule of events and agreements (`kg.extract.identity`): pairs of mentions
that must and must not be one fact, then the rule at work on sentences of our own."""

from __future__ import annotations

import pytest

from kg.extract.identity import Identity, same_fact

MACRON, SCHOLZ, TUSK = "person/macron", "person/scholz", "person/tusk"
FRA, DEU, POL = "state/FRA", "state/DEU", "state/POL"


def _id(**kw: object) -> Identity:
    base: dict[str, object] = {"kind": "talks", "document": "a", "doc_date": "2024-05-10"}
    return Identity(**(base | kw))  # type: ignore[arg-type]


def _p(*keys: str) -> frozenset[str]:
    return frozenset(keys)


MERGE = [
    (
        "same talks, one names fewer persons",
        _id(persons=_p(MACRON, SCHOLZ)),
        _id(persons=_p(MACRON)),
    ),
    ("day within the month", _id(date="2024-05-03"), _id(date="2024-05")),
    ("an undated mention names no one", _id(date="1963", parties=_p(FRA, DEU)), _id()),
    ("a planned visit called off", _id(status="planned"), _id(status="cancelled")),
    ("status unknown on one side", _id(status="occurred"), _id(status="")),
    ("a role left open", _id(roles=(MACRON, DEU)), _id(roles=(MACRON, ""))),
    ("the same city", _id(place="брюссель"), _id(place="брюссель")),
]

APART = [
    ("other kind", _id(kind="talks"), _id(kind="visit")),
    ("other persons", _id(persons=_p(MACRON, SCHOLZ)), _id(persons=_p(MACRON, TUSK))),
    ("other states", _id(parties=_p(FRA, DEU)), _id(parties=_p(FRA, POL))),
    ("other day", _id(date="2024-05-03"), _id(date="2024-05-04")),
    ("other month", _id(date="2024-05"), _id(date="2024-06-01")),
    ("occurred and planned", _id(status="occurred"), _id(status="planned")),
    ("never concluded and signed", _id(status="never"), _id(status="signed", date="2000")),
    ("other host", _id(roles=(MACRON, DEU)), _id(roles=(MACRON, POL))),
    ("other city", _id(place="брюссель"), _id(place="страсбург")),
    (
        "history and an undated present event",
        _id(date="1963-01-22", parties=_p(FRA, DEU)),
        _id(parties=_p(FRA, DEU), status="planned"),
    ),
]


@pytest.mark.parametrize(("why", "a", "b"), MERGE, ids=[m[0] for m in MERGE])
def test_must_merge(why: str, a: Identity, b: Identity) -> None:
    assert same_fact(a, b) and same_fact(b, a), why


@pytest.mark.parametrize(("why", "a", "b"), APART, ids=[m[0] for m in APART])
def test_must_not_merge(why: str, a: Identity, b: Identity) -> None:
    assert not same_fact(a, b) and not same_fact(b, a), why


def test_keys_across_documents() -> None:
    # an undated event between two states stays in its document
    pair = _p(FRA, DEU)
    assert _id(parties=pair).key("event") != _id(parties=pair, document="b").key("event")
    # named persons carry it across documents, announced in one and reported in another
    both = _p(MACRON, SCHOLZ)
    told = _id(persons=both, status="occurred", document="b")
    assert _id(persons=both, status="planned").key("event") == told.key("event")
    # two facts of one document on one plain key get keys of their own
    assert _id(persons=both, status="planned").key("event", apart=True) != told.key(
        "event", apart=True
    )
    # a dated event is keyed by its date, at the kind's precision
    day, other = _id(parties=pair, date="2024-05-03"), _id(parties=pair, date="2024-05-17")
    assert day.key("event") != other.key("event")
    assert day.key("event", 4) == _id(parties=pair, date="2024", document="b").key("event", 4)
    # a titled treaty: its title and parties identify it, dated or not
    treaty = _id(kind="Treaty", roles=("елисейский договор",), parties=pair, named=True)
    assert treaty.key("agreement") == _id(
        kind="Treaty", roles=("елисейский договор",), parties=pair, named=True, date="1963"
    ).key("agreement")
