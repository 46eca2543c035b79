"""`kg viz` end to end: the sample corpus and the dev articles built by the real command,
all four formats written, and the HTML page driven in a real headless Chromium (Debian's
`chromium`, through playwright; never a downloaded browser) with the network off."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import networkx as nx
import pytest
from browser import chromium_context
from kg_runs import ROOT
from test_viz import store_counts

from kg.cli import run
from kg.data.shared import shared
from kg.store import KgStore
from kg.viz.model import NODE_TYPES, TYPE_STYLE, VizGraph, VizNode
from kg.viz.page import VENDOR, render

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)

DEVSET = shared("devset", "articles")
CORPORA = {"corpus": ROOT / "corpus", "devset": DEVSET}


@pytest.fixture(scope="module")
def stores(clean_build: Callable[[Path], Path]) -> dict[str, Path]:
    """The sample corpus and the dev articles, built by `kg build`."""
    return {name: clean_build(folder) for name, folder in CORPORA.items() if folder.is_dir()}


def viz(store: Path, out: Path, *args: str) -> Path:
    assert run(["--store", str(store), "viz", "-o", str(out), *args]) == 0
    return out


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_all_four_formats_for_the_corpora(stores: dict[str, Path], name: str, tmp_path: Path):
    if name not in stores:
        pytest.skip(f"{CORPORA[name]} is not here")
    with KgStore.open_read(stores[name]) as kg:
        expected = store_counts(kg.db)
    files = {
        fmt: viz(stores[name], tmp_path / f"g.{fmt}", "--format", fmt, "--include", "all")
        for fmt in ("graphml", "gexf", "cytoscape", "html")
    }
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        back = read(files[fmt])
        assert (back.number_of_nodes(), back.number_of_edges()) == expected, fmt
    cyjs = json.loads(files["cytoscape"].read_text(encoding="utf-8"))
    elements = cyjs["elements"]
    assert (len(elements["nodes"]), len(elements["edges"])) == expected
    page = files["html"].read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "cytoscape" in page


# -- the browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """A fresh Chromium profile, offline, every non-file request blocked and recorded."""
    with chromium_context(offline=True, viewport={"width": 1400, "height": 860}) as context:
        attempts: list[str] = []

        def block(route: object) -> None:
            url = route.request.url  # type: ignore[attr-defined]
            if url.startswith("file://"):
                route.continue_()  # type: ignore[attr-defined]
            else:
                attempts.append(url)
                route.abort()  # type: ignore[attr-defined]

        context.route("**/*", block)
        context.attempts = attempts  # type: ignore[attr-defined]
        yield context


def open_page(browser: object, path: Path) -> tuple[object, list[str]]:
    page = browser.new_page()  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("document.body.dataset.ready === 'true'", timeout=60_000)
    return page, errors


def of_type(g: nx.MultiDiGraph, *types: str) -> list[str]:
    return [n for n, d in g.nodes(data=True) if d["type"] in types]


def evidence_of_events_with(store: Path, person: str) -> set[str]:
    """The source sentences of the events a person takes part in, straight from the store."""
    query = (
        "PREFIX bro: <https://w3id.org/kg-bilateral/ontology#>\n"
        "PREFIX oa: <http://www.w3.org/ns/oa#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT DISTINCT ?text WHERE {"
        f" GRAPH ?e {{ ?p rdfs:label ?name FILTER (STR(?name) = {json.dumps(person)}) }}"
        " GRAPH ?g { ?f a bro:Event ; bro:participant|bro:visitor ?p ; oa:hasSelector ?s ."
        " ?s oa:exact ?text } }"
    )
    with KgStore.open_read(store) as kg:
        return {row["text"].value.strip() for row in kg.db.query(query)}


def test_the_page_in_chromium(stores: dict[str, Path], browser: object, tmp_path: Path):
    store = stores["corpus"]
    html = viz(store, tmp_path / "corpus.html")  # the default kinds of node
    graphml = nx.read_graphml(viz(store, tmp_path / "corpus.graphml", "--format", "graphml"))
    page, errors = open_page(browser, html)

    total = graphml.number_of_nodes()
    assert page.evaluate("window.kgCy.nodes().length") == total
    assert page.evaluate("window.kgCy.edges().length") == graphml.number_of_edges()
    assert page.get_attribute("#count", "data-nodes") == str(total)

    # search for a person, choose the hit, and the panel shows its facts and their sources
    key = of_type(graphml, "Person")[0]
    person = graphml.nodes[key]["label"]
    page.fill("#search", person.split()[-1][:5].lower())
    page.click(f"#results li[data-id] >> text={person}")
    assert page.inner_text("#details h2") == person
    panel = page.inner_text("#details")
    sentences = evidence_of_events_with(store, person)
    assert sentences and any(s in panel for s in sentences), panel[:2000]
    assert all(doc in panel for doc in graphml.nodes[key]["sources"].split("; "))
    # (KG_VIZ_SCREENSHOT=docs/viz.png renews the README's picture)
    shot = Path(os.environ.get("KG_VIZ_SCREENSHOT", tmp_path / "viz.png"))
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000

    # click another node on the canvas: the panel follows
    page.wait_for_function("!window.kgCy.animated()")
    other = page.evaluate("""() => {
        const n = window.kgCy.nodes('[type = "State"]').first();
        window.kgCy.fit(n.closedNeighborhood(), 60);
        const p = n.renderedPosition(), box = document.getElementById('cy').getBoundingClientRect();
        return {label: n.data('label'), x: box.left + p.x, y: box.top + p.y};
    }""")
    page.mouse.click(other["x"], other["y"])
    assert page.inner_text("#details h2") == other["label"]

    # filters: a type off, then a date range without undated facts
    page.uncheck("#types input[value=Event]")
    assert page.get_attribute("#count", "data-nodes") == str(total - len(of_type(graphml, "Event")))
    page.check("#types input[value=Event]")
    day = max(d["date"] for _, d in graphml.nodes(data=True) if len(d.get("date", "")) == 10)
    page.fill("#from", day)
    page.fill("#to", day)
    page.uncheck("#undated")
    that_day = [
        n for n in of_type(graphml, "Event", "Agreement")
        if graphml.nodes[n].get("start", "") <= day <= graphml.nodes[n].get("end", "")
    ]  # fmt: skip
    entities = of_type(graphml, "Person", "State", "Organization")
    assert page.get_attribute("#count", "data-nodes") == str(len(entities) + len(that_day))
    page.click("#reset")

    # the timeline: one mark per dated event, agreement and level of relations
    dated = [n for n in of_type(graphml, "Event", "Agreement") if graphml.nodes[n].get("start")]
    levels = [d for *_, d in graphml.edges(data=True) if d["kind"] == "relation" and "start" in d]
    assert page.locator("#timeline .item").count() == len(dated) + len(levels)

    assert errors == []
    assert browser.attempts == []  # type: ignore[attr-defined]
    page.close()


def test_cytoscape_json_loads_in_cytoscape_js(stores: dict, browser: object, tmp_path: Path):
    cyjs = viz(stores["corpus"], tmp_path / "g.cyjs", "--format", "cytoscape")
    cyjs = json.loads(cyjs.read_text(encoding="utf-8"))
    page = browser.new_page()  # type: ignore[attr-defined]
    page.set_content(f"<script>{(VENDOR / 'cytoscape.min.js').read_text()}</script>")
    counts = page.evaluate(
        "d => { const cy = cytoscape({headless: true, elements: d.elements});"
        " return [cy.nodes().length, cy.edges().length]; }",
        cyjs,
    )
    assert counts == [len(cyjs["elements"]["nodes"]), len(cyjs["elements"]["edges"])]
    page.close()


def test_hostile_text_stays_text(browser: object, tmp_path: Path):
    label = "</script><script>window.pwned = 1</script><img src=x onerror='window.pwned=2'>"
    node = VizNode("person/x", "Person", label, "https://example.org/x", aliases=["Иксов"],
                   wikidata="javascript:window.pwned=3")  # fmt: skip
    html = tmp_path / "hostile.html"
    html.write_text(render(VizGraph([node], [])), encoding="utf-8")
    page, errors = open_page(browser, html)
    page.fill("#search", "иксов")
    page.keyboard.press("Enter")
    assert page.inner_text("#details h2") == label
    assert page.locator("#details a[href^=javascript]").count() == 0
    assert page.evaluate("window.pwned") is None
    assert errors == []
    page.close()


def test_every_node_type_has_a_style():
    assert set(TYPE_STYLE) == set(NODE_TYPES.values())
