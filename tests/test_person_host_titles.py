"""A title of no state that receives someone in a clause of the place visited ("посетил
Лиму, где его принял президент страны") is the host's, never the visitor named before
(names72, forty-first pass); a bare title elsewhere still stands for the one named before.
Own sentences about Chile–Peru, Estonia–Latvia."""

from __future__ import annotations

import pytest

from kg.model import Document


def _title_links(analyse, text: str, title: str) -> set[str]:  # noqa: ANN001
    ctx = analyse(Document(id="t", text=text, date="2025-05-15"))
    return {m.entity for m in ctx.mentions if text[m.start : m.end].lower() == title}


HOSTS = [
    ("Президент Чили Габриэль Борич посетил Лиму, где его принял президент страны.",
     "президент страны"),
    ("Президент Перу Дина Болуарте посетила Сантьяго, где её принял президент страны.",
     "президент страны"),
    ("Президент Эстонии Алар Карис прибыл в Ригу, куда его пригласил президент страны.",
     "президент страны"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title"), HOSTS)
def test_host_title_is_no_visitor(analyse, text: str, title: str) -> None:  # noqa: ANN001
    links = _title_links(analyse, text, title)
    assert not any(k.startswith("person/") for k in links)


# must not: a bare title after the name is still that person's
def test_bare_title_still_named_before(analyse) -> None:  # noqa: ANN001
    text = "Президент Чили Габриэль Борич посетил Лиму. Президент подчеркнул важность визита."
    assert _title_links(analyse, text, "президент") == {"person/gabriel-borich"}
