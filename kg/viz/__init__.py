"""`kg viz`: the graph for visualisers, read from the store (`query`) into plain
dataclasses (`model`) and networkx (`network`), written as GraphML, GEXF, Cytoscape.js
JSON (`writers`) or one self-contained HTML page (`page`, `layout`)."""

FORMATS = ("graphml", "gexf", "cytoscape", "html")
