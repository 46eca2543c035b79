"""Links between claims of all documents: two claims on the same metric, unit, period,
status and states (at least one: a figure naming no state is about someone only its own text
knows), not both told by one document alone, agree within 5 % of the larger value, else
conflict; a bound agrees with a value it admits. `kg.derived` versions the derived graph by
this module's code.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from decimal import Decimal
from itertools import combinations

from kg.extract.claims.durations import PERSONAL_METRICS
from kg.extract.claims.fact import Claim

AGREE_TOLERANCE = Decimal("0.05")
# a prison term names no person, a bare "срок" no act ("живёт в Перу пять лет"): each is of
# something only its own text says, so no other text's figure is the same quantity
_UNNAMED = PERSONAL_METRICS | {"срок"}
_POINTS = {"eq", "approx"}
_BOUNDS = {
    "gt": lambda v, x: v > x,
    "ge": lambda v, x: v >= x,
    "lt": lambda v, x: v < x,
    "le": lambda v, x: v <= x,
}


def link_claims(
    claims: list[Claim], among: Collection[str] | None = None
) -> list[tuple[str, str, str]]:
    """(key_a, "agrees"|"conflicts", key_b) for claims on the same metric, unit, period,
    status and states, key_a < key_b. Two values agree within 5 % of the larger; a bound
    ("более 20 тыс.") agrees with a value that satisfies it; two bounds are linked only
    when alike, so the two ends of a range ("10–15 %") never conflict. A person's prison
    term names no person in its metric and a bare "срок" no act, so those are not compared,
    nor a figure that names no state: "двое детей", "20 лет стажа" are of a person only its
    document knows. Two claims one and the same document alone tells are not compared
    either: a text does not contradict itself, its two figures of one metric are of two
    things ("в 20 из 23 штатов", a part and its whole; two houses' votes). With
    `among`, only the links of those keys: k changed claims cost k·n comparisons in a group of
    n, not n²."""
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        if c.metric not in _UNNAMED and c.states:
            groups.setdefault((_metric_id(c), c.unit, c.period, c.status), []).append(c)
    out = []
    for group in groups.values():
        unique = sorted({c.key: c for c in group}.values(), key=lambda c: c.key)
        for a, b in _pairs(unique, among):
            if a.told_once_in and a.told_once_in == b.told_once_in:
                continue  # one text's own figures: a part and its whole, two houses
            relation = _relation(a, b)
            if relation:
                out.append((a.key, relation, b.key))
    return out


def _pairs(unique: list[Claim], among: Collection[str] | None) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (a, b) of a group sorted by key, a.key < b.key: all of them, or those with a
    claim in `among`."""
    if among is None:
        yield from combinations(unique, 2)
        return
    for a in (c for c in unique if c.key in among):
        for b in unique:
            if b.key != a.key and (b.key not in among or a.key < b.key):
                yield (a, b) if a.key < b.key else (b, a)


def _relation(a: Claim, b: Claim) -> str | None:
    top = max(abs(a.value), abs(b.value))
    close = top == 0 or abs(a.value - b.value) <= AGREE_TOLERANCE * top
    bounds = [c for c in (a, b) if c.comparator not in _POINTS]
    if not bounds:
        return "agrees" if close else "conflicts"
    if len(bounds) == 2:
        return "agrees" if a.comparator == b.comparator and close else None
    bound = bounds[0]
    point = b if bound is a else a
    return "agrees" if close or _BOUNDS[bound.comparator](point.value, bound.value) else "conflicts"


def _metric_id(c: Claim) -> tuple[str, tuple[str, ...]]:
    return c.metric, tuple(sorted(c.states))
