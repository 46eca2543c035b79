"""spaCy imported without its command line, which kg never runs.

`import spacy` imports `spacy.cli` for the one name `spacy.info`, and with it typer,
weasel, requests and httpx: ~0.13 s CPU of the ~0.45 s the import costs, paid by every
build that reads a document (a build that changes one document costs ~1.7 s in all).
Here `spacy.cli` stands in as an empty package while spaCy imports, and is taken out of
`sys.modules` again at once, so a later `import spacy.cli` imports the real one and
`spacy.info` still works (it imports the real function when called).

Two more imports serve only what kg never runs (~0.03 s CPU of ~0.25 s): confection
imports `pydantic.v1` only to recognise pydantic-v1 schemas, and spaCy 3.8's schemas are
pydantic v2, so it finds none missing while spaCy imports (confection expects it may be
absent); `tqdm`, imported by spaCy's training loggers (and reading its own version from
the package metadata), is a stand-in that imports the real one at its first attribute.
srsly's YAML functions, which only spaCy's command line calls, stand in for its YAML module
and its vendored ruamel.yaml (~0.01 s CPU): each imports the real one at its first call.

slovnet, imported once spaCy is (`import_slovnet`), goes without ipymarkup, as its markup
module allows: ipymarkup (with intervaltree and sortedcontainers, ~7 ms CPU) only draws a
markup in a notebook, which kg never asks for; a later `import ipymarkup` imports it.

spaCy's `spacy.pipeline` package imports every built-in component (the parser, the entity
linker, the span categorizer, … ~30 modules), and building any pipeline registers them all
and fills spaCy's registry, which imports them again with the tokenizers of Japanese,
Korean, Thai, Vietnamese and Chinese: ~0.08-0.1 s CPU of every build that reads a document,
for components kg never makes (its pipeline is its own components, tokenizer and spaCy's
vectors, registered where they are defined). The package stands in for itself here
(`_PipelinePackage`): its submodules import as ever, `Lemmatizer` (all that spaCy's Russian
imports of it) comes from its own module, and any other name asked of it runs the real
`__init__` first. `builtins_unregistered` builds kg's pipeline without the registrations
(forty-first pass, h-perf81); a later pipeline of other components registers them as spaCy
does.

`fast_russian_numbers` swaps a list of spaCy's Russian for a set with the same words;
`read_attributes_only` keeps a vocab from computing the word attributes kg never reads,
and the others again for a word an earlier document wrote.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.vocab import Vocab

_STAND_INS = ("spacy.cli", "spacy.cli.info", "tqdm", "pydantic.v1", "srsly._yaml_api")
_YAML_NAMES = ("read_yaml", "write_yaml", "yaml_dumps", "yaml_loads", "is_yaml_serializable")


class _Deferred(types.ModuleType):
    """A module imported at the top of spaCy's modules but used only in what kg never calls
    (training): the real one is imported at the first attribute asked of it."""

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever the module holds
        if sys.modules.get(self.__name__) is self:  # still standing in: no real one yet
            raise AttributeError(name)
        return getattr(importlib.import_module(self.__name__), name)


def import_spacy() -> None:
    """Imports spaCy, unless it is imported already."""
    if "spacy" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package: `from .cli.info import info` looks inside it
    info = types.ModuleType("spacy.cli.info")
    info.info = _deferred_call("spacy.cli.info", "info")  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    yaml = types.ModuleType("srsly._yaml_api")
    for name in _YAML_NAMES:
        setattr(yaml, name, _deferred_call("srsly._yaml_api", name))
    stand_ins = (cli, info, _Deferred("tqdm"), None, yaml)  # None: "no such module" to an import
    for name, module in zip(_STAND_INS, stand_ins, strict=True):
        if name not in sys.modules:  # one imported already stays
            sys.modules[name] = module  # type: ignore[assignment]
    pipeline = _PipelinePackage.made()
    if pipeline is not None and _PIPELINE not in sys.modules:
        sys.modules[_PIPELINE] = pipeline  # stays: it is the package, its __init__ deferred
    try:
        import spacy
    finally:
        for name, module in zip(_STAND_INS, stand_ins, strict=True):
            if name in sys.modules and sys.modules[name] is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")  # `spacy.cli` is then the real package once imported


_PIPELINE = "spacy.pipeline"
_FACTORIES = "spacy.pipeline.factories"
# The names of `spacy.pipeline` that spaCy's modules kg imports ask of the package, by the
# submodule each is defined in: anything else runs the package's own `__init__` first.
_PIPELINE_NAMES = {"Lemmatizer": "lemmatizer"}


class _PipelinePackage(types.ModuleType):
    """spaCy's `spacy.pipeline` package, whose `__init__` (every built-in component) runs at
    the first name asked of it that is not in `_PIPELINE_NAMES` nor one of its submodules
    already imported."""

    @classmethod
    def made(cls) -> _PipelinePackage | None:
        """The package, its `__init__` not yet run; None where spaCy is not a plain folder."""
        spacy = importlib.util.find_spec("spacy")
        if spacy is None or not spacy.submodule_search_locations:
            return None
        folder = os.path.join(next(iter(spacy.submodule_search_locations)), "pipeline")
        init = os.path.join(folder, "__init__.py")
        spec = importlib.util.spec_from_file_location(
            _PIPELINE, init, submodule_search_locations=[folder]
        )
        if spec is None or spec.loader is None or not os.path.isfile(init):
            return None
        package = cls(_PIPELINE)
        package.__spec__, package.__loader__ = spec, spec.loader
        package.__file__, package.__path__, package.__package__ = init, [folder], _PIPELINE
        return package

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever the package holds
        if name in _PIPELINE_NAMES:
            module = importlib.import_module(f"{_PIPELINE}.{_PIPELINE_NAMES[name]}")
            return getattr(module, name)
        if self.__dict__.get("_kg_initialised"):
            raise AttributeError(name)
        self._kg_initialised = True
        assert self.__spec__ is not None and self.__spec__.loader is not None
        self.__spec__.loader.exec_module(self)
        return getattr(self, name)


@contextmanager
def builtins_unregistered() -> Iterator[None]:
    """kg's pipeline built without spaCy's built-in components registered and its registry
    filled (which import every component): kg's own are registered where they are defined,
    and the only function of spaCy its config names, `spacy.Vectors.v1`, with spaCy's vectors.
    Afterwards the first pipeline or registry look-up of anything else does both, as ever."""
    from spacy import registrations

    if registrations.REGISTRY_POPULATED or _FACTORIES in sys.modules:
        yield
        return
    factories = types.ModuleType(_FACTORIES)
    factories.register_factories = lambda: None  # type: ignore[attr-defined]
    sys.modules[_FACTORIES] = factories
    registrations.REGISTRY_POPULATED = True
    try:
        yield
    finally:
        registrations.REGISTRY_POPULATED = False
        if sys.modules.get(_FACTORIES) is factories:
            del sys.modules[_FACTORIES]


def import_slovnet() -> None:
    """Imports slovnet, unless it is imported already, with ipymarkup missing while it does:
    `slovnet.markup` then leaves out the two functions that draw a markup."""
    if "slovnet" in sys.modules or "ipymarkup" in sys.modules:
        return
    sys.modules["ipymarkup"] = None  # type: ignore[assignment] # None: "no such module"
    try:
        import slovnet  # noqa: F401 - imported for kg's modules that use it
    finally:
        if "ipymarkup" in sys.modules and sys.modules["ipymarkup"] is None:
            del sys.modules["ipymarkup"]


def _deferred_call(module: str, name: str) -> Callable[..., Any]:
    """`module.name`, imported at its first call (once its stand-in has left sys.modules)."""

    def call(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - whatever it returns
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def fast_russian_numbers() -> None:
    """spaCy's Russian `like_num`, computed for every new word of the vocab, looks the word
    up in a list of 884 number words (`word in list`: 4.7 µs a word, 0.3 µs in a set; ~0.06 s
    CPU of the tokenizer's 0.28 s on 100 NEREL documents). The same words, as a frozenset:
    every `like_num` answer is the same."""
    from spacy.lang.ru import lex_attrs

    if not isinstance(lex_attrs._num_words, frozenset):
        lex_attrs._num_words = frozenset(lex_attrs._num_words)  # type: ignore[assignment]


# The lexical attributes kg reads of a token (`lower_`, `is_alpha`, `is_space`, `is_punct`,
# `is_quote`, `like_num`), and the language, which spaCy asks its vocab for.
_READ = ("LOWER", "IS_ALPHA", "IS_SPACE", "IS_PUNCT", "IS_QUOTE", "LIKE_NUM", "LANG")


def read_attributes_only(vocab: Vocab) -> Vocab:
    """`vocab`, computing for each new word only the attributes kg reads (`_READ`).

    spaCy works out ~25 attributes for every word the first time a vocab sees it (each
    document's words again, since a build reads each document in a memory zone): its shape,
    whether it looks like a URL or an e-mail, its stop-word flag, its norm, prefix and
    suffix, … Of ~0.14 s CPU for the ~10,000 distinct words of 100 NEREL documents, those
    kg never reads are two thirds; the others are the same values as before. Those it
    reads are each a function of the word's string alone; `like_num`, most of their cost,
    answers a word of letters by one set lookup (`_letters_by_lookup`)."""
    from spacy.attrs import IDS, LIKE_NUM

    keep = {IDS[name] for name in _READ}
    getters = vocab.lex_attr_getters  # type: ignore[attr-defined] # public, not in spaCy's stub
    vocab.lex_attr_getters = {  # type: ignore[attr-defined]
        a: _letters_by_lookup(get) if a == LIKE_NUM else get
        for a, get in getters.items()
        if a in keep
    }
    return vocab


def _letters_by_lookup(like_num: Callable[[str], bool]) -> Callable[[str], bool]:
    """spaCy's Russian `like_num`, a word of letters alone (most words) answered by its last
    test, whether the word is a number word: none of its signs, digits, "%" or "/" can be in
    such a word. ~0.3 µs a word against ~2.4 µs, so no cache: the 2,048 words it kept (0.32
    MB of a 400-document build's peak, ~1,800 filled after 10 documents) answered 36 % of
    its 70,000 calls, the memory zone a build reads each document in freeing its lexemes."""
    from spacy.lang.ru import lex_attrs

    fast_russian_numbers()
    number_words = lex_attrs._num_words

    def like_number(text: str) -> bool:
        return text.lower() in number_words if text.isalpha() else like_num(text)

    return like_number
