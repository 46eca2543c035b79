"""Issue 11, item 4 (fifty-sixth pass, h-perf57): the derived graph is held as N-Quads text
from each step of its derivation on and loaded as text into a store without it (`NQuads`,
`KgStore.replace_graph`): pyoxigraph's objects of ~25,000 derived quads held ~17 MB at 400
NEREL documents through the later reads and the write, the `--jobs 2` parent's peak. The
store it leaves is the one the objects leave, quad for quad, and the count the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_runs import dated_corpus, nquads
from pyoxigraph import BlankNode, Literal, NamedNode, Quad

import kg.derived
from kg.build import run_build
from kg.rdf import PENDING_GRAPH
from kg.store import KgStore, NQuads

G = NamedNode("https://example.org/derived")
OTHER = NamedNode("https://example.org/other")
P = NamedNode("https://example.org/p")


def _q(n: int, value: str, graph: NamedNode = G) -> Quad:
    return Quad(NamedNode(f"https://example.org/s{n}"), P, Literal(value, language="ru"), graph)


# Literals N-Quads escapes: a line break, a quote, a backslash, a carriage return.
QUADS = [
    _q(1, "Мексика и Аргентина"),
    _q(2, "строка\nвторая"),
    _q(3, 'он сказал: "да"'),
    _q(4, "обратная \\ черта\r"),
]


def _text(*parts: list[Quad]) -> NQuads:
    text = NQuads()
    for part in parts:
        text.add(part)
    return text


def _written(path: Path, given: list[Quad] | NQuads, held: list[Quad] = ()) -> tuple[int, set]:  # type: ignore[assignment]
    with KgStore.open_write(path) as store:
        if held:
            store.replace_graph(G, list(held))
        gained = store.replace_graph(G, given, drop=PENDING_GRAPH)
        return gained, set(store.quads(None, None, None, None))


@pytest.mark.parametrize(
    "held",
    [
        [],  # a first build's: loaded as text
        [_q(1, "Мексика и Аргентина"), _q(9, "устаревшая ячейка")],  # held: only the change
    ],
)
def test_text_leaves_the_store_the_objects_leave(tmp_path: Path, held: list[Quad]) -> None:
    # given in two pieces, one quad twice: counted once, as the objects' set counts it
    text = _text(QUADS[:3], QUADS[2:])
    assert _written(tmp_path / "text", text, held) == _written(tmp_path / "objects", QUADS, held)


def test_text_over_a_pending_record_is_written_as_the_objects(tmp_path: Path) -> None:
    """A record of changes (the graph `drop`) goes in the same write, text or objects."""
    pending = [Quad(NamedNode("https://example.org/d"), P, Literal("x"), PENDING_GRAPH)]
    stores = []
    for name, given in (("text", _text(QUADS)), ("objects", QUADS)):
        with KgStore.open_write(tmp_path / name) as store:
            store.change_graph([], pending)
            stores.append((store.replace_graph(G, given, drop=PENDING_GRAPH),
                           set(store.quads(None, None, None, None))))  # fmt: skip
    assert stores[0] == stores[1]
    assert not [q for q in stores[0][1] if q.graph_name == PENDING_GRAPH]


@pytest.mark.parametrize(
    "quads",
    [
        [Quad(BlankNode("b1"), P, Literal("x"), G)],  # the bulk loader would name it anew
        [Quad(NamedNode("https://example.org/s"), P, BlankNode("b2"), G)],
    ],
)
def test_a_blank_node_is_not_held_as_text(quads: list[Quad]) -> None:
    with pytest.raises(ValueError, match="blank node"):
        _text(quads)


def test_a_quad_of_another_graph_is_refused(tmp_path: Path) -> None:
    with KgStore.open_write(tmp_path / "s") as store, pytest.raises(ValueError, match="outside"):
        store.replace_graph(G, _text([QUADS[0], _q(5, "чужой граф", OTHER)]))


# Own sentences: two other pairs of states, a visit, an agreement, a quote and a figure, so
# that the claims', events', holdings' and mention counts' cells all have rows.
TEXTS = [
    "Министр иностранных дел Мексики Хуан Рамон де ла Фуэнте прибыл в Буэнос-Айрес, где "
    "встретился с министром иностранных дел Аргентины Херардо Вертейном.",
    "Мексика и Аргентина подписали соглашение о торговле. «Мы расширим поставки», — сказал "
    "Вертейн.",
    "Товарооборот Мексики и Аргентины в 2024 году вырос на 6% до 3 млрд долларов.",
    "Президент Финляндии Александер Стубб провёл переговоры с президентом Эстонии Аларом "
    "Карисом в Таллине.",
]


def test_a_clean_jobs_build_writes_its_derived_graph_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = dated_corpus(tmp_path / "corpus", TEXTS)
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_build([corpus], one, jobs=1).documents == len(TEXTS)
    monkeypatch.setattr(kg.derived, "FLUSH_EVERY", 2)  # many writes, as at scale
    given: list[object] = []
    inner = KgStore.replace_graph

    def spy(self: KgStore, graph: NamedNode, quads: object, **kw: object) -> int:
        given.append(quads)
        return inner(self, graph, quads, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(KgStore, "replace_graph", spy)
    assert run_build([corpus], two, jobs=2).documents == len(TEXTS)
    assert [type(g) for g in given] == [NQuads]
    assert nquads(one) == nquads(two)
