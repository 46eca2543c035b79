"""Where a visit noun goes when the parse hangs "в X" on the visitor's title in its genitive
(events100): "состоялся визит президента Чили в Перу" is a visit to Peru, as "визит
президента Мексики в Чили" was; an envoy's post ("визита посла Чили в Перу") stays no
destination. Sentences of our own (Chile–Peru, Mexico–Chile)."""

from __future__ import annotations

import pytest

# (text, the visit's host, its location)
VISITS = [
    ("В марте состоялся визит президента Чили в Перу.", "state/PER", "Перу"),
    ("Состоялся визит президента Чили в Перу.", "state/PER", "Перу"),
    ("Визит президента Чили в Перу состоялся в марте.", "state/PER", "Перу"),
    ("Состоялся визит президента Мексики в Чили.", "state/CHL", "Чили"),
]


@pytest.mark.parametrize(("text", "host", "location"), VISITS)
def test_a_visit_goes_where_its_visitors_title_has_it(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    host: str,
    location: str,
) -> None:
    (visit,) = [e for e in events(text, "2024-05-20") if e.kind == "Visit"]
    assert (visit.host, visit.location) == (host, location)


def test_an_envoys_post_is_no_destination(events) -> None:  # noqa: ANN001
    text = "Состоялся визит посла Чили в Перу в Сантьяго."
    visits = [e for e in events(text, "2024-05-20") if e.kind == "Visit"]
    assert all(v.host != "state/PER" for v in visits)
