"""spaCy imported without its command line, which kg never runs.

`import spacy` imports `spacy.cli` for the one name `spacy.info`, and with it typer,
weasel, requests and httpx: ~0.13 s CPU of the ~0.45 s the import costs, paid by every
build that reads a document (a build that changes one document costs ~1.7 s in all).
Here `spacy.cli` stands in as an empty package while spaCy imports, and is taken out of
`sys.modules` again at once, so a later `import spacy.cli` imports the real one and
`spacy.info` still works (it imports the real function when called).

`fast_russian_numbers` swaps a list of spaCy's Russian for a set with the same words.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def import_spacy() -> None:
    """Imports spaCy, unless it is imported already."""
    if "spacy" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package: `from .cli.info import info` looks inside it
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules.update(zip(_STAND_INS, (cli, info), strict=True))
    try:
        import spacy
    finally:
        for name in _STAND_INS:
            if sys.modules.get(name) in (cli, info):
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")  # `spacy.cli` is then the real package once imported


def _info(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - spaCy's own signature
    from spacy.cli.info import info

    return info(*args, **kwargs)


def fast_russian_numbers() -> None:
    """spaCy's Russian `like_num`, computed for every new word of the vocab, looks the word
    up in a list of 884 number words (`word in list`: 4.7 µs a word, 0.3 µs in a set; ~0.06 s
    CPU of the tokenizer's 0.28 s on 100 NEREL documents). The same words, as a frozenset:
    every `like_num` answer is the same."""
    from spacy.lang.ru import lex_attrs

    if not isinstance(lex_attrs._num_words, frozenset):
        lex_attrs._num_words = frozenset(lex_attrs._num_words)  # type: ignore[assignment]
