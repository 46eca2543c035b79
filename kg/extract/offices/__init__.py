"""Office holdings: every office a person is said to hold, as a dated fact.

`extract.py` reads them (a title beside a name, a title standing for its holder, a
gazetteer term of a person the text names), `rdf.py` maps them, the spec below registers
them. `persons.office` is the office of the most recent document that gives one.
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.offices.extract import extract_offices
from kg.extract.offices.fact import OfficeHolding
from kg.extract.offices.rdf import holding_quads
from kg.extract.registry import FactKind, register

__all__ = ["OfficeHolding", "extract_offices"]


def _read_once(ctx: Context) -> list[OfficeHolding]:
    """The document's holdings, read once: the events kind reads them again through
    `ctx.once(extract_offices)` (the state a person's office serves), which then finds them."""
    return ctx.once(extract_offices)


register(
    FactKind(
        name="offices",
        fact=OfficeHolding,
        ontology_class="OfficeHolding",
        extract=_read_once,
        quads=holding_quads,
        order=5,
    )
)
