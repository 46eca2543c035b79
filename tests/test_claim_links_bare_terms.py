"""Claim links: a bare "срок" names no act, only that something the sentence says lasted
that long ("живёт в Перу последние пять лет", "покинуть пост в течение двух лет"), so two
documents' bare terms are never the same quantity, even of one state; a named term ("срок
действия договора") is compared as before (forty-third pass, own cases)."""

from __future__ import annotations

from decimal import Decimal

from kg.extract.claims import Claim, link_claims


def _claim(key: str, metric: str, value: str) -> Claim:
    return Claim(key, metric, Decimal(value), "год", "eq", "actual", states=["state/CHL"])


def test_bare_terms_are_not_linked() -> None:
    assert link_claims([_claim("a", "срок", "5"), _claim("b", "срок", "2")]) == []


def test_named_terms_are_still_linked() -> None:
    pair = [_claim("a", "срок действия договора", "5"), _claim("b", "срок действия договора", "2")]
    assert link_claims(pair) == [("a", "conflicts", "b")]
