"""The agreements one text gives, as (title, status, parties, signatories) rows: one helper
for the agreement test files that assert those four fields."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.agreements import extract_agreements
from kg.model import Document

# the sorted parties of papers between pairs the test files tell of
CHL_PER = ("state/CHL", "state/PER")
SRB_HUN = ("state/HUN", "state/SRB")
KEN_UGA = ("state/KEN", "state/UGA")
KEN_TZA = ("state/KEN", "state/TZA")
EGY_JOR = ("state/EGY", "state/JOR")
LAO_VNM = ("state/LAO", "state/VNM")
KGZ_TJK = ("state/KGZ", "state/TJK")
LAO_THA = ("state/LAO", "state/THA")
KHM_VNM = ("state/KHM", "state/VNM")
ARM_GEO = ("state/ARM", "state/GEO")


def agreement_rows(analyse: Callable, text: str, date: str) -> set[tuple]:
    """`text` analysed as one document of `date`; each agreement kg reads as (title, status,
    parties, signatories)."""
    return {
        (a.title, a.status, tuple(a.parties), tuple(a.signatories))
        for a in extract_agreements(analyse(Document(id="t", text=text, date=date)))
    }


def dated_rows(analyse: Callable, text: str, date: str) -> set[tuple]:
    """`text` analysed as one document of `date`; each agreement kg reads as (title, status,
    date, parties): for the files that assert when a paper was signed and by whom."""
    facts = extract_agreements(analyse(Document(id="t", text=text, date=date)))
    return {(a.title, a.status, a.date, tuple(a.parties)) for a in facts}


def kind_rows(analyse: Callable, text: str, date: str) -> set[tuple]:
    """`text` analysed as one document of `date`; each agreement kg reads as (title, kind,
    parties): for the files that assert what kind of paper it is."""
    facts = extract_agreements(analyse(Document(id="t", text=text, date=date)))
    return {(a.title, a.kind, tuple(a.parties)) for a in facts}
