"""A numeric claim ("товарооборот составил 3,1 млрд долларов"), as read from one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from kg.model import Span

ClaimStatus = Literal["actual", "target", "forecast"]
Comparator = Literal["eq", "gt", "ge", "lt", "le", "approx"]


@dataclass
class Claim:
    key: str
    metric: str  # "товарооборот"
    value: Decimal
    unit: str  # ISO 4217, "percent", or the counted noun's lemma
    comparator: Comparator
    status: ClaimStatus
    period: str = ""
    speaker: str = ""  # person key
    states: list[str] = field(default_factory=list)
    quote: str = ""  # the source sentence
    evidence: list[Span] = field(default_factory=list)
    # the one document graph a stored claim is told in, "" for several or one just read
    # (`kg.links`): one text's own figures of a metric are never linked with each other
    told_once_in: str = field(default="", compare=False)
