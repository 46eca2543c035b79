"""An agreement between states or organizations, as read from one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kg.model import Span

AgreementKind = Literal["Treaty", "Agreement", "Declaration", "Memorandum", "Protocol", "Programme"]
AgreementStatus = Literal["signed", "planned", "negotiating", "mentioned"]


@dataclass
class Agreement:
    key: str
    title: str  # nominative
    kind: AgreementKind
    status: AgreementStatus
    date: str = ""
    place: str = ""
    parties: list[str] = field(default_factory=list)  # entity keys
    signatories: list[str] = field(default_factory=list)  # person keys
    evidence: list[Span] = field(default_factory=list)
