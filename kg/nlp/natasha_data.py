"""The files of natasha's packaged news models, found without importing natasha.

kg reads natasha's model files with slovnet and navec and uses nothing else of natasha,
whose package imports all of it on the way to `natasha.data`: razdel's segmenter,
pymorphy2's vocabulary, yargy's grammars (~70 modules, ~0.02 s CPU of every build that
reads a document). The file names are natasha's own (`natasha.data`).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

NEWS_FILES = {
    "embedding": "emb/navec_news_v1_1B_250K_300d_100q.tar",
    "morph": "model/slovnet_morph_news_v1.tar",
    "syntax": "model/slovnet_syntax_news_v1.tar",
    "ner": "model/slovnet_ner_news_v1.tar",
}


def news_file(name: str) -> str:
    """The path of natasha's news model `name` (a key of NEWS_FILES)."""
    return str(_data_dir() / NEWS_FILES[name])


@cache
def _data_dir() -> Path:
    spec = importlib.util.find_spec("natasha")  # a top-level package: found, not imported
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("No module named 'natasha'", name="natasha")
    return Path(next(iter(spec.submodule_search_locations))) / "data"
