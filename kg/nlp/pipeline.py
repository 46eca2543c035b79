"""The spaCy pipeline: razdel tokens, natasha analyses, pymorphy3 lemmas, gazetteer spans.

Every component is a registered factory that declares what it assigns and requires
(`nlp.analyze_pipes()` checks the order); paths reach the components through their
config, never through globals, so the pipeline a config describes is the pipeline
that runs, in this process or in a worker.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.nlp.spacy_import import (
    builtins_unregistered,
    fast_russian_numbers,
    import_slovnet,
    import_spacy,
    read_attributes_only,
)

import_spacy()  # without what kg never runs (~0.2 s), before a module below imports spaCy
import_slovnet()  # without ipymarkup, before a module below imports slovnet

from spacy.lang.ru import Russian  # noqa: E402
from spacy.language import Language  # noqa: E402
from thinc.api import Config  # noqa: E402

from kg.nlp import gazetteer_matcher as _gazetteer  # noqa: E402, F401 - registers the matcher
from kg.nlp import lemmatizer as _lemmatizer  # noqa: E402, F401 - registers the lemmatizer
from kg.nlp import natasha_components as _natasha  # noqa: E402, F401 - registers components
from kg.nlp.tokenizer import TOKENIZER  # noqa: E402

PIPES = ("natasha_morph", "natasha_syntax", "pymorphy_lemmatizer", "natasha_ner")

# `spacy.blank("ru", config=…)`'s config, filled here from Russian's defaults: `spacy.blank`
# fills and resolves every section, training's too, and its loggers' defaults import
# spacy-legacy and tqdm (~0.02 s CPU of every build that reads a document); only the
# [nlp] section (tokenizer, vectors, hooks) is resolved to make the pipeline.
_CONFIG = Config(Russian.default_config).merge({"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


def build_pipeline(
    gazetteers: tuple[str, ...] = (), models: Mapping[str, Mapping[str, str]] | None = None
) -> Language:
    """A new pipeline on every call (the models behind it load once per process).

    `gazetteers` are the user's gazetteer files; `models` overrides a natasha component's
    config, e.g. `{"natasha_ner": {"model": "/path/slovnet_ner.tar"}}`."""
    fast_russian_numbers()
    with builtins_unregistered():
        nlp = Russian.from_config(_CONFIG, auto_fill=False)
        read_attributes_only(nlp.vocab)
        for name in PIPES:
            nlp.add_pipe(name, config=dict((models or {}).get(name, {})))
        nlp.add_pipe("gazetteer_matcher", config={"gazetteers": list(gazetteers)})
    return nlp
