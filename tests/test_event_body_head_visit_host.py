"""A visit of an international body's head to a state's capital, where its leader meets
them, keeps the host state among its participants (seventy-first pass, h-events273: checked,
already so; a guard). Own sentences about other bodies and states."""

from __future__ import annotations

import pytest

DAY = "2025-06-05"

# (text, the host state)
VISITS = [
    ("Генеральный секретарь НАТО прибыл в Варшаву, где встретился с президентом Польши.",
     "state/POL"),
    ("Генсек ООН прибыл в Найроби с визитом. Там он встретился с президентом Кении.",
     "state/KEN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "host"), VISITS)
def test_a_body_heads_visit_keeps_its_host_state(extraction_of, text, host) -> None:
    events = extraction_of(text, DAY, "events").facts["events"]
    visits = [e for e in events if e.kind in {"Visit", "OfficialVisit", "StateVisit"}]
    assert visits
    assert all(host in v.participants for v in visits)
