"""natasha's navec embedding, loaded as the taggers use it: its id and quantized vectors.

natasha's `NewsEmbedding` also parses the 250,000-word vocabulary and precomputes norms
and centroid products for similarity queries. The slovnet taggers read neither (each has
its own word vocabulary), and the two took ~0.3 s CPU of every build that analyses a
document: a third of loading the models for a one-document build. Imported only where the
models load (`kg.nlp.models`).
"""

from __future__ import annotations

from natasha.data import NEWS_EMBEDDING
from navec import Navec
from navec.meta import Meta
from navec.navec import META, PQ_
from navec.pq import PQ
from navec.tar import Tar


class _TaggersPQ(PQ):
    """The quantized vectors (`indexes`, `codes`) the taggers look words up in."""

    def precompute(self) -> None:
        """Nothing: the norms and products serve similarity queries only."""


def load_embedding(path: str = "") -> Navec:
    """The embedding at `path` ("" = natasha's news embedding), without its vocabulary."""
    with Tar(path or NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        pq = _TaggersPQ.from_file(tar.load(PQ_))
    return Navec(meta, None, pq)
