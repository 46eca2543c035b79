"""Agreements: treaties, agreements, declarations, memoranda, protocols, programmes.

`extract.py` reads them (titles in `titles.py`, with title_words.py, title_ends.py and
non_titles.py, status in `status.py`, unsettled arrangements in `arrangements.py`, its other
concerns in the modules its docstring lists), `rdf.py` maps them, the spec below registers
them.
"""

from __future__ import annotations

from kg.evaluate import SOURCES, Kind, same_code, same_date, same_names, similar
from kg.extract.agreements.extract import extract_agreements, read_agreements
from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.rdf import agreement_quads
from kg.extract.agreements.reading import AgreementReading
from kg.extract.registry import FactKind, register

__all__ = ["Agreement", "AgreementReading", "extract_agreements", "read_agreements"]

register(
    FactKind(
        name="agreements",
        fact=Agreement,
        ontology_class="Agreement",
        extract=read_agreements,
        facts=lambda reading: reading.facts,
        quads=agreement_quads,
        order=10,
        evaluation=Kind(
            "agreements",
            lambda g, s: similar(g["title"], s["title"]),
            {
                "title": similar,
                "kind": same_code,
                "status": same_code,
                "date": same_date,
                "parties": same_names,
                "signatories": same_names,
                **SOURCES,
            },
            lists=("parties", "signatories"),
            required=("title",),
            key="title",
        ),
    )
)
