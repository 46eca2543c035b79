"""Who a release is of: the object of "освободить", never its subject ("активистка X, которая
освободила несколько сотен узниц" is no release of X), and "освободить X от должности" a
dismissal with no release beside it, wherever the parser hangs "от должности". Forty-seventh
pass, sentences of our own (Egypt–Turkey), with must-not cases."""

from __future__ import annotations

import pytest
from fact_reads import of_kind


@pytest.mark.parametrize(
    "text",
    [
        "На банкноте в 20 египетских фунтов появится портрет активистки Худы Шаарави, которая "
        "освободила несколько сотен узниц.",
        "Худа Шаарави освободила несколько сотен узниц.",
    ],
)
def test_who_frees_unnamed_people_is_not_released(events, text: str) -> None:
    assert not of_kind(events(text), "Release")


def test_a_state_freeing_unnamed_people_names_not_its_leader(events) -> None:
    text = "Президент Египта Мохаммед Мурси освободил несколько сотен заключённых."
    (release,) = of_kind(events(text), "Release")
    assert "state/EGY" in release.participants and "Мурси" not in release.label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # must-not: whom the act is on is released, whoever acts
        (
            "Президент Египта Мохаммед Мурси помиловал турецкого журналиста Мехмета Озтюрка.",
            "Освобождение Мехмета Озтюрка",
        ),
        ("Египет освободил турецкого журналиста Мехмета Озтюрка.", "Освобождение Мехмета Озтюрка"),
        ("Мехмет Озтюрк был освобождён из египетской тюрьмы.", "Освобождение Мехмета Озтюрка"),
    ],
)
def test_who_is_acted_on_is_released(events, text: str, label: str) -> None:
    (release,) = of_kind(events(text), "Release")
    assert release.label == label


@pytest.mark.parametrize(
    "text",
    [
        "Президент Турции подписал указ, которым отправил чиновника в отставку: освободить "
        "Бюлента Арынча от должности заместителя председателя правительства.",
        "Президент Турции подписал указ: освободить Бюлента Арынча от должности заместителя "
        "председателя правительства.",
    ],
)
def test_freed_from_a_post_is_no_release(events, text: str) -> None:
    assert not of_kind(events(text), "Release")


def test_freed_from_a_post_is_a_resignation(events) -> None:
    text = (
        "Президент Турции подписал указ: освободить Бюлента Арынча от должности заместителя "
        "председателя правительства."
    )
    (resignation,) = of_kind(events(text), "Resignation")
    assert "person/byulent-arynch" in resignation.participants
