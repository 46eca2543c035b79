"""A known outlet the tagger read with a person's name after it as one organization
(forty-ninth pass, h-orgs57), on sentences of our own about Japan, Ghana, Nigeria: "CNN
<first name> <surname>" is the outlet, with its QID, not a new organization. Must-not: an
outlet's longer name whose next word is no first name stays whole."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def found() -> Callable[[str], dict[str, str]]:
    """Text → its organization mentions' text → key, by the shipped pipeline and gazetteer."""
    read = shipped_reader()
    return lambda text: {m.text: m.entity for m in read(text) if m.type == "Organization"}


@pytest.mark.parametrize(
    ("text", "outlet", "glued"),
    [
        (
            "Ведущий CNN Larry King взял интервью у премьера Японии.",
            "CNN",
            "CNN Larry King",
        ),
        ("Корреспондент BBC Jane Smith сообщила из Ганы.", "BBC", "BBC Jane Smith"),
        (
            "Обозреватель CNN Michael Brown побывал в Нигерии.",
            "CNN",
            "CNN Michael Brown",
        ),
    ],
)
def test_an_outlet_before_a_persons_name_is_the_outlet(
    found: Callable[[str], dict[str, str]], text: str, outlet: str, glued: str
) -> None:
    """The outlet alone, with its gazetteer key; no organization of outlet and person."""
    orgs = found(text)
    assert glued not in orgs
    assert outlet in orgs and orgs[outlet].startswith("org/Q")


def test_a_longer_name_stays_whole(found: Callable[[str], dict[str, str]]) -> None:
    """Must-not: "BBC World News" is one name: "World" is no first name."""
    assert "BBC World News" in found("Канал BBC World News показал интервью президента Ганы.")
