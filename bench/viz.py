"""How the `kg viz --format html` page holds up as the graph grows, up to 5,000 nodes.

Builds in-memory stores of synthetic extractions (a fifth of the nodes entities, the rest
events, agreements, figures and quotes linked to two to four of them, one to four
source sentences each, dates over ten years), reads each into the viz graph, renders the
page, and opens it in headless Chromium (Debian's `chromium`, network off). Prints per
size: seconds to read the store and to render (layout included), the page's size, the
load time in the browser (navigation start to the first frame drawn with the filters and
timeline in place) and its ratio to a bare cytoscape.js page drawing the same elements at
the same positions with the default style (the floor any page built on cytoscape.js
has), the time to select a node from the search and to toggle a type filter, and frame
times while the mouse pans and zooms.

    python bench/viz.py [--sizes 500,1000,2000,5000] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from pyoxigraph import Store

from kg.extract.agreements import Agreement
from kg.extract.claims import Claim
from kg.extract.events import Event
from kg.extract.quotes import Quote
from kg.model import Document, Entity, Extraction, Span
from kg.rdf import entity_quads, extraction_quads
from kg.viz.layout import positions
from kg.viz.model import NODE_TYPES
from kg.viz.network import to_networkx
from kg.viz.page import VENDOR, render, script_json
from kg.viz.query import read_graph

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]  # fmt: skip
SENTENCE = (
    "Стороны обсудили вопросы торгово-экономического сотрудничества, реализацию "
    "совместных проектов в энергетике и транспорте и подготовку следующего визита."
)


def synthetic_store(nodes: int, seed: int = 1) -> Store:
    """About `nodes` nodes: entities first, then facts in documents of five facts."""
    rnd = random.Random(seed)
    n_entities = nodes // 5
    states = [
        Entity(f"state/S{i:03d}", "State", f"Государство {i}")
        for i in range(max(20, n_entities // 10))
    ]
    persons = [
        Entity(f"person/p{i}", "Person", f"Персона {i} Фамилия{i}", office="министр",
               state=rnd.choice(states).key)
        for i in range(n_entities * 6 // 10)
    ]  # fmt: skip
    orgs = [Entity(f"org/o{i}", "Organization", f"Организация {i}")
            for i in range(n_entities - len(states) - len(persons))]  # fmt: skip
    entities = states + persons + orgs
    facts = nodes - len(entities)
    extractions = []
    for d in range((facts + 4) // 5):
        text = (SENTENCE + " ") * 4
        doc = Document(f"doc{d:05d}", text, date=f"{2015 + d % 10}-0{1 + d % 9}-1{d % 10}")
        events: list[Event] = []
        agreements: list[Agreement] = []
        claims: list[Claim] = []
        quotes: list[Quote] = []
        ex = Extraction(
            document=doc,
            entities=entities if d == 0 else [],
            facts={"events": events, "agreements": agreements, "claims": claims, "quotes": quotes},
        )
        for f in range(5):
            if len(extractions) * 5 + f >= facts:
                break
            key = f"{d}-{f}"
            who = [e.key for e in rnd.sample(entities, rnd.randint(2, 4))]
            spans = [Span(i * len(SENTENCE), (i + 1) * len(SENTENCE), SENTENCE)
                     for i in range(rnd.randint(1, 4))]  # fmt: skip
            y, m, day = 2015 + rnd.randrange(10), 1 + rnd.randrange(12), 1 + rnd.randrange(28)
            date = f"{y}-{m:02d}-{day:02d}"
            kind = f % 4
            if kind == 0:
                events.append(Event(f"event/{key}", "Talks", f"Переговоры {key}", "occurred",
                                    date, participants=who, evidence=spans))  # fmt: skip
            elif kind == 1:
                agreements.append(Agreement(f"agreement/{key}", f"Соглашение {key}",
                                            "Agreement", "signed", date, parties=who,
                                            evidence=spans))  # fmt: skip
            elif kind == 2:
                value = Decimal(rnd.randrange(10**9))
                claims.append(Claim(f"claim/{key}", "товарооборот", value, "USD", "eq",
                                    "actual", date[:4], speaker=who[0], quote=SENTENCE,
                                    evidence=spans))  # fmt: skip
            else:
                quotes.append(Quote(f"quote/{key}", who[0], SENTENCE, spans))
        extractions.append(ex)
    store = Store()
    store.extend(q for ex in extractions for q in extraction_quads(ex))
    store.extend(entity_quads(entities))
    return store


def bare_page(graph: object) -> str:
    """The same elements at the same positions in cytoscape.js with nothing else."""
    where = positions(to_networkx(graph))  # type: ignore[arg-type]
    elements = {
        "nodes": [{"data": {"id": n.id}, "position": dict(zip("xy", where[n.id], strict=True))}
                  for n in graph.nodes],  # type: ignore[attr-defined]
        "edges": [{"data": {"id": e.id, "source": e.source, "target": e.target}}
                  for e in graph.edges],  # type: ignore[attr-defined]
    }  # fmt: skip
    return (
        '<!doctype html><body style="margin:0"><div id="cy" style="width:100vw;height:100vh">'
        f'</div><script type="application/json" id="d">{script_json(elements)}</script>'
        f"<script>{(VENDOR / 'cytoscape.min.js').read_text()}</script><script>"
        "const cy = cytoscape({container: document.getElementById('cy'), layout: {name: 'preset'},"
        " elements: JSON.parse(document.getElementById('d').textContent)});"
        "cy.ready(() => requestAnimationFrame(() => { window.kgReady = performance.now(); }));"
        "</script>"
    )


def load_seconds(p: object, chromium: str, path: Path, profile: Path) -> tuple[float, object]:
    context = p.chromium.launch_persistent_context(  # type: ignore[attr-defined]
        str(profile), executable_path=chromium, headless=True, args=FLAGS, offline=True,
        viewport={"width": 1400, "height": 860},
    )  # fmt: skip
    page = context.new_page()
    page.goto(path.as_uri(), timeout=600_000)
    page.wait_for_function("window.kgReady !== undefined", timeout=600_000)
    return page.evaluate("window.kgReady") / 1000, (context, page)


def pan_and_zoom(page: object) -> tuple[float, float]:
    """A mouse drag across the graph and ten wheel steps, as a user pans and zooms: the 90th
    percentile of the frame times meanwhile (ms), and the longest frame (s), which is the
    full redraw once the view settles."""
    page.evaluate("""() => { window.frames_ = []; let last = performance.now();
        const tick = (t) => { window.frames_.push(t - last); last = t;
                              if (window.frames_.length < 400) requestAnimationFrame(tick); };
        requestAnimationFrame(tick); }""")  # type: ignore[attr-defined]  # fmt: skip
    x, y = page.evaluate("""() => { const b = document.getElementById('cy').getBoundingClientRect();
        return [b.left + b.width / 2, b.top + b.height / 2]; }""")  # type: ignore[attr-defined]  # fmt: skip
    mouse = page.mouse  # type: ignore[attr-defined]
    mouse.move(x, y)
    mouse.down()
    for i in range(30):
        mouse.move(x + i * 10, y + i * 5)
    mouse.up()
    for _ in range(10):
        mouse.wheel(0, -100)
        page.wait_for_timeout(50)  # type: ignore[attr-defined]
    page.wait_for_timeout(1500)  # type: ignore[attr-defined]
    frames = sorted(page.evaluate("window.frames_")[5:])  # type: ignore[attr-defined]
    return frames[int(len(frames) * 0.9)], frames[-1] / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,1000,2000,5000")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    print(f"{'nodes':>6}{'edges':>7}{'read s':>8}{'render s':>10}{'MB':>6}"
          f"{'load s':>8}{'bare s':>8}{'ratio':>7}{'select s':>10}{'filter s':>10}"
          f"{'p90 ms':>8}{'settle s':>9}")  # fmt: skip
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            store = synthetic_store(size)
            t0 = time.perf_counter()
            graph = read_graph(store, NODE_TYPES)
            t1 = time.perf_counter()
            page_html = render(graph)
            t2 = time.perf_counter()
            bare = Path(tmp) / f"bare{size}.html"
            bare.write_text(bare_page(graph), encoding="utf-8")
            floor, (context, _) = load_seconds(p, args.chromium, bare, Path(tmp) / f"b{size}")
            context.close()
            path = Path(tmp) / f"g{size}.html"
            path.write_text(page_html, encoding="utf-8")
            load, (context, page) = load_seconds(p, args.chromium, path, Path(tmp) / f"p{size}")
            label = graph.nodes[len(graph.nodes) // 2].label
            select = page.evaluate("""label => {
                const t = performance.now();
                const input = document.getElementById('search');
                input.value = label;
                input.dispatchEvent(new Event('input'));
                input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}));
                return new Promise(done => requestAnimationFrame(
                    () => done(performance.now() - t)));
            }""", label) / 1000  # fmt: skip
            toggle = page.evaluate("""() => {
                const t = performance.now();
                document.querySelector('#types input').click();
                return new Promise(done => requestAnimationFrame(
                    () => done(performance.now() - t)));
            }""") / 1000  # fmt: skip
            p90, slowest = pan_and_zoom(page)
            context.close()
            print(f"{len(graph.nodes):>6}{len(graph.edges):>7}{t1 - t0:>8.2f}{t2 - t1:>10.2f}"
                  f"{len(page_html.encode()) / 1e6:>6.1f}{load:>8.2f}{floor:>8.2f}"
                  f"{load / floor:>7.2f}{select:>10.2f}{toggle:>10.2f}{p90:>8.0f}"
                  f"{slowest:>9.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
