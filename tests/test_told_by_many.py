"""Every query kg runs over a whole store stays linear when many documents tell one fact
(issue 11: the claim links' union-graph join once grew like k⁶)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from kg_runs import ROOT, env

from kg.mention_counts import CELLS

pytestmark = pytest.mark.heavy  # long tests: scheduled first (conftest)

K = 24  # copies of each document: a k⁶ join would take days here, a linear one milliseconds


def test_queries_kg_runs_itself_finish_when_every_fact_is_told_many_times(
    references: dict[int, Path], tmp_path: Path
) -> None:
    code = (
        "import json, sys; from pathlib import Path; "
        "from told_by_many import told_by_many, own_queries, derived_quads; "
        "out = {}\n"
        "for k in (1, int(sys.argv[2])):\n"
        "    store = told_by_many(Path(sys.argv[1]), Path(sys.argv[3]) / f'k{k}', k)\n"
        "    out[k] = [sorted(own_queries(store)), sorted(derived_quads(store))]\n"
        "print(json.dumps(out))"
    )
    argv = [sys.executable, "-c", code, str(references[0]), str(K), str(tmp_path)]
    run_env = {**env(), "PYTHONPATH": f"{ROOT}:{ROOT / 'tests'}"}
    # a query that joins k-times-told triples over the union of the graphs never ends
    done = subprocess.run(argv, env=run_env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    (names, derived), (names_k, derived_k) = out["1"], out[str(K)]
    assert names == names_k and "derived graph" in names and "query claim_links" in names
    # the same facts, told more often: the same links, mention counts, ranks and counts
    assert derived == derived_k and any(
        cells.count.value in q for q in derived for cells in CELLS.values()
    )
