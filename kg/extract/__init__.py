"""Facts read from one document: one package per kind of fact, registered in `registry`.

`common/` holds what several kinds read (dates, numbers, attribution, the document's
pair of states); `context.Context` is what every extractor is given.
"""
