"""What a signing's label names: a route's every end ("газопровода Баку — Тбилиси —
Джейхан", not cut at the first dash), and every paper "и" coordinates, each in the genitive
("соглашения о … и меморандума о …", not the second as written). Sentences of our own about
other pairs of states, with cases that must not change."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Азербайджан и Турция подписали соглашение о строительстве газопровода Игдыр — "
         "Нахичевань.", "Подписание соглашения о строительстве газопровода Игдыр — Нахичевань"),
        ("Танзания и Уганда подписали соглашение о строительстве нефтепровода Хоима — Танга.",
         "Подписание соглашения о строительстве нефтепровода Хоима — Танга"),
        # coordinated papers, under the first one or under the verb, both in the genitive
        ("Египет и Иордания подписали соглашение о торговле и меморандум о сотрудничестве в "
         "области туризма.", "Подписание соглашения о торговле и меморандума о сотрудничестве "
         "в области туризма"),
        ("Грузия и Армения подписали соглашение о строительстве дороги Ереван — Батуми и "
         "меморандум о сотрудничестве в области туризма.", "Подписание соглашения о "
         "строительстве дороги Ереван — Батуми и меморандума о сотрудничестве в области "
         "туризма"),
        # must-nots: a dash before no name, a verb coordinated after the paper
        ("Чили и Перу подписали соглашение о рыболовстве — первое за десять лет.",
         "Подписание соглашения о рыболовстве"),
        ("Чили и Перу подписали соглашение о рыболовстве и провели переговоры.",
         "Подписание соглашения о рыболовстве"),
    ],
)  # fmt: skip
def test_a_signing_label_names_the_whole_route_and_every_paper(events, text, label) -> None:
    signings = [e.label for e in events(text, "2025-06-05") if e.kind == "Signing"]
    assert signings == [label]
