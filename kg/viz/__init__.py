"""`kg viz`: the graph for visualisers, read from the store (`query`) into plain
dataclasses (`model`) and networkx (`network`), written as GraphML, GEXF, Cytoscape.js
JSON (`writers`) or one self-contained HTML page (`page`, `layout`)."""

FORMATS = ("graphml", "gexf", "cytoscape", "html")
# The node kinds drawn unless --include says otherwise (here, not in `model`: the command line
# reads it to list its options, and a build should not import the drawing code's classes).
DEFAULT_INCLUDE = ("person", "state", "organization", "agreement", "event")
