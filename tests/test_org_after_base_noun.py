"""An organization in the genitive after a noun of a site ("на базе Омского университета":
the site is the university's) stays an organization; a name in apposition after it ("База
ВВС Эдвардс") is the site's name. The forty-third pass: h-names76 added "база" to the site
nouns for the second, which made the first no organization. Sentences of our own about Peru
and Chile, read with the shipped gazetteer."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def orgs():  # noqa: ANN201
    read = shipped_reader()
    return lambda text: {m.text for m in read(text) if m.type == "Organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Филиал чилийского вуза открылся на базе Католического университета Чили.",
         "Католического университета Чили"),
        ("Филиал перуанского вуза открылся на базе Лимского университета.",
         "Лимского университета"),
        ("Учения прошли на базе Министерства обороны Перу.", "Министерства обороны Перу"),
    ],
)  # fmt: skip
def test_an_owner_in_the_genitive_is_an_organization(orgs, text: str, name: str) -> None:  # noqa: ANN001
    """The genitive after the site's noun owns the site: an organization still."""
    assert name in orgs(text)


def test_must_not_a_site_named_in_apposition(orgs) -> None:  # noqa: ANN001
    """A name in apposition after the site's noun is the site's own: no organization."""
    assert not any("Эдвардс" in o for o in orgs("Самолёт приземлился на базе ВВС Эдвардс."))
