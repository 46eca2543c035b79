"""A limit told by denying more or less: "не могут приглашать более 50 журналистов", "нельзя
ввозить более 10 литров" cap the figure at N (le), "не должна получать менее 200 евро" sets
its floor (ge); "более" with no denied modal stays "gt"."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("comparator",)


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Делегации Чили и Перу не могут приглашать более 50 журналистов.", "le"),
        ("Рабочая группа не должна включать более 12 экспертов из Боливии.", "le"),
        ("В Эквадоре нельзя ввозить более 10 литров вина.", "le"),
        ("Пенсия в Эстонии не может быть меньше 300 евро.", "ge"),
        # review35: how long one may stay, and what there may be, are capped
        ("Граждане Таиланда не могут находиться в Мексике более 180 дней без визы.", "le"),
        ("Срок контракта не может превышать более 5 лет, заявили в правительстве Чили.", "le"),
        ("В составе делегации Канады не может быть более 20 человек.", "le"),
        ("На территории Египта не может находиться более 500 военнослужащих Судана.", "le"),
    ],
)
def test_a_denied_modal_bounds_the_figure(analyse, text: str, comparator: str) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [(comparator,)]


@pytest.mark.parametrize(
    "text",
    [
        "Делегации Чили и Перу пригласили более 50 журналистов.",
        "Делегации Чили и Перу могут пригласить более 50 журналистов.",
        "Чили не просто закупила у Китая более 200 автобусов.",
    ],
)
def test_more_than_with_no_denied_modal_stays_more(analyse, text: str) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [("gt",)]


@pytest.mark.parametrize(
    "text",
    [
        "Более 100 граждан Египта не могут покинуть Судан из-за закрытия аэропорта.",
        "Более 2 тысяч военнослужащих Мали не могут вернуться домой.",
        "Эфиопия и Эритрея не могут урегулировать пограничный спор уже более 20 лет.",
        "Нельзя исключать поставок более 10 тысяч тонн зерна из Аргентины в Египет.",
        # review35c: a subject after the modal of a verb of leaving, a time after "уже"
        "В Судане не могут выехать более 300 граждан Египта, сообщил МИД Египта.",
        "Израиль и Сирия не могут вести переговоры уже более 20 лет.",
    ],
)
def test_a_denied_modal_bounds_only_what_it_forbids(analyse, text: str) -> None:
    """ "Более N" as the subject of the modal counts who cannot; as how long one cannot, a
    time; under a denied "исключать", a possibility: none of them is capped."""
    assert [row[0] for row in claim_rows(analyse, text, _FIELDS)][:1] == ["gt"]
