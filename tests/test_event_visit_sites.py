"""A site seen on a visit told before is no second visit (sixty-fourth pass, h-events237).

"Министр … находится с визитом в Узбекистане. Накануне министр посетил Самаркандский
университет" is one visit to Uzbekistan: the university, no place nor state of its own, was
a hostless "Визит X" on the eve. A visit to another state, or a site with no visit around
it, stays. Sentences of our own (Republic of Korea–Uzbekistan, Turkmenistan)."""

from __future__ import annotations

from fact_reads import of_kind

STAY = "Министр иностранных дел Республики Корея Чо Хён находится с визитом в Узбекистане. "


def test_a_site_on_a_visit_is_no_second_visit(events) -> None:  # noqa: ANN001
    for then in (
        "Накануне министр посетил Самаркандский университет, где открыл центр корейского языка.",
        "Накануне он посетил Самаркандский университет.",
    ):
        visits = of_kind(events(STAY + then, "2026-11-12"), "Visit")
        assert [v.label for v in visits] == ["Визит Чо Хёна в Узбекистан"]


# must-nots: another state visited the day before; a site with no visit around it
def test_other_visits_stay(events) -> None:  # noqa: ANN001
    text = STAY + "Накануне он посетил Туркменистан."
    assert len(of_kind(events(text, "2026-11-12"), "Visit")) == 2
    text = "Министр иностранных дел Республики Корея Чо Хён посетил Самаркандский университет."
    assert len(of_kind(events(text, "2026-11-12"), "Visit")) == 1
