"""Content negotiation: the request's Accept header as kg's format names, preferred first."""

from __future__ import annotations

RESULT_MEDIA = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
}


def accepted(header: str | None, known: dict[str, str]) -> tuple[str, ...]:
    """The format names of `known` that `header` accepts, by falling quality, then in the
    header's order; `*/*` (or no header) adds them all, in `known`'s order."""
    ranges = []
    for position, item in enumerate((header or "*/*").split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranges.append((-quality, position, media.lower()))
    names: list[str] = []
    for _, _, media in sorted(ranges):
        main = media.split("/")[0]
        for known_media, name in known.items():
            fits = media in ("*/*", known_media) or (
                media == f"{main}/*" and known_media.startswith(f"{main}/")
            )
            if fits and name not in names:
                names.append(name)
    return tuple(names)
