"""`kg serve`'s query page in a real headless Chromium (Debian's `chromium`, driven by
playwright): canned queries listed and runnable, the results table, errors shown, and no
request leaves the server's origin."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import chromium_context
from test_serve import local, serving

from kg.sparql import canned_queries, resolve_query

pytestmark = pytest.mark.heavy  # long tests of few items: scheduled first (conftest)


@pytest.fixture(scope="module")
def built(references: dict[int, Path]) -> Path:
    return references[0]


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    with chromium_context() as context:
        yield context


def test_the_page_runs_canned_and_typed_queries(
    built: Path, chromium: object, tmp_path: Path
) -> None:
    persons = json.loads(local(built, [resolve_query("persons")])[0])
    expected = sorted(b["person"]["value"] for b in persons["results"]["bindings"])
    with serving(built) as endpoint:
        origin = endpoint.removesuffix("/sparql")
        elsewhere: list[str] = []

        def only_the_server(route: object) -> None:
            url = route.request.url  # type: ignore[attr-defined]
            if url.startswith(origin + "/"):
                route.continue_()  # type: ignore[attr-defined]
            else:
                elsewhere.append(url)
                route.abort()  # type: ignore[attr-defined]

        page = chromium.new_page()  # type: ignore[attr-defined]
        page.route("**/*", only_the_server)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(origin + "/")
        page.wait_for_selector("nav button")
        assert page.locator("nav button").count() == len(canned_queries())

        page.locator("nav button", has_text="persons").first.click()
        page.wait_for_function("/rows in/.test(document.getElementById('status').textContent)")
        assert page.locator("#results th").all_inner_texts()[:2] == ["person", "name"]
        shown = page.locator("#results tr td:first-child").all_inner_texts()
        assert sorted(shown) == expected
        page.screenshot(path=str(tmp_path / "query-page.png"))

        page.fill("#query", "DELETE WHERE { ?s ?p ?o }")
        page.click("button[type=submit]")
        page.wait_for_selector("#status.error")
        status = page.inner_text("#status").strip()
        assert status == "403: the query is a SPARQL Update; this endpoint is read-only"
        assert errors == [] or all("403" in e for e in errors), errors
        assert elsewhere == []
        page.close()
