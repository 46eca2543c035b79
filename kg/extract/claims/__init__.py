"""Numeric claims: a metric, a value with its unit and comparator, a period, a status.

`extract.py` reads them from the numbers `common.numbers` finds (terms of years through
`durations.py`; its docstring maps the modules that read each part of a claim),
`links.py` links claims across documents (`link_claims`), `rdf.py` maps them, the spec
below registers them.
"""

from __future__ import annotations

from kg.evaluate import SOURCES, Kind, same_code, same_name, same_period, same_value, similar
from kg.extract.claims.extract import extract_claims
from kg.extract.claims.fact import Claim
from kg.extract.claims.links import link_claims
from kg.extract.claims.rdf import claim_quads
from kg.extract.registry import FactKind, register

__all__ = ["Claim", "extract_claims", "link_claims"]

register(
    FactKind(
        name="claims",
        fact=Claim,
        ontology_class="NumericClaim",
        extract=extract_claims,
        quads=claim_quads,
        order=30,
        evaluation=Kind(
            "claims",
            lambda g, s: same_value(g["value"], s["value"]),
            {
                "metric": similar,
                "value": same_value,
                "unit": same_code,
                "comparator": same_code,
                "period": same_period,
                "status": same_code,
                "speaker": lambda g, s: same_name(g, s) if g else s == "",
                **SOURCES,
            },
            required=("value",),
            key="value",
        ),
    )
)
