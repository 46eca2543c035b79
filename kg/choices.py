"""The formats `kg query` offers, named apart from `kg.sparql`, which evaluates them: the
command line lists them in its options before it runs any command, and `kg build` (above
all one that finds nothing changed) should not pay for importing the query worker
(multiprocessing, its sockets, thread pools). A test checks they are `kg.sparql`'s."""

QUERY_FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld", "rdfxml")
