"""A community with a shared future is a level of relations, no arrangement (seventieth pass,
h-relations72).

"Вьетнам и Китай договорились о построении сообщества единой судьбы" gave the paper
"Договорённость о построении сообщества единой судьбы" and no level. Now "сообщество единой
судьбы", "сообщество с общим будущим" (relation_levels.tsv's "shared" rows,
`common.shared_future`) is the level "сообщество с общим будущим", dated as any level, and
no arrangement's topic. Must-nots: a community of others ("сообщество экспертов",
"Европейское сообщество"), one of mankind, one only intended. Own sentences about China with
Vietnam, Laos, Pakistan, Cambodia; Myanmar–Thailand, Brazil–Argentina, India–Bangladesh."""

from __future__ import annotations

import pytest
from relation_runs import dated_rows

from kg.extract.agreements import read_agreements
from kg.model import Document

DAY = "2025-04-16"
SHARED = "сообщество с общим будущим"
CHN = "state/CHN"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # musts: agreed on, announced, built; dated as any level
        ("Китай и Вьетнам договорились о построении сообщества единой судьбы.",
         {(CHN, "state/VNM", SHARED, DAY)}),
        ("Китай и Лаос объявили о создании китайско-лаосского сообщества с общим будущим.",
         {(CHN, "state/LAO", SHARED, DAY)}),
        ("В 2023 году Китай и Камбоджа договорились о строительстве сообщества с общим "
         "будущим.", {(CHN, "state/KHM", SHARED, "2023")}),
        ("Китай и Пакистан в 2024 году построили сообщество единой судьбы.",
         {(CHN, "state/PAK", SHARED, "2024")}),
        # must-nots: a community of others, of mankind, or only intended
        ("Бразилия и Аргентина создали сообщество экспертов.", set()),
        ("Франция и Италия вступили в Европейское сообщество в 1957 году.", set()),
        ("Индия и Бангладеш выступают за построение сообщества единой судьбы человечества.",
         set()),
        ("Мьянма и Таиланд намерены построить сообщество единой судьбы.", set()),
    ],
)  # fmt: skip
def test_a_shared_future_is_a_level(analyse, text: str, found: set) -> None:  # noqa: ANN001
    assert dated_rows(analyse, text, DAY, papers=True) == found


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Китай и Вьетнам договорились о построении сообщества единой судьбы.", []),
        ("Китай и Камбоджа договорились о строительстве сообщества с общим будущим.", []),
        ("Египет и Иордания не смогли договориться о создании сообщества с общим будущим.", []),
        # must-keep: an arrangement of another topic
        ("Китай и Вьетнам договорились о строительстве железной дороги.",
         ["Договорённость о строительстве железной дороги"]),
    ],
)  # fmt: skip
def test_a_shared_future_is_no_arrangement(analyse, text: str, titles: list) -> None:  # noqa: ANN001
    ctx = analyse(Document(id="t", text=text, date=DAY))
    assert [a.title for a in read_agreements(ctx).facts] == titles
