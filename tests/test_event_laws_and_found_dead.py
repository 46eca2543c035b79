"""A law approved by a body as a bill is ("Сенат одобрил закон", "Конгресс принял закон"),
also in the passive with the body as its agent and two conjoined verbs ("Закон был принят
Конгрессом … и одобрен Сенатом …": two approvals, each on its day); "принял делегацию" stays a
meeting. One "найден повешенным/застреленным" died, as "найден мёртвым" did; "найден живым"
did not. Sentences of our own about Chile, Peru, Mexico, Estonia (pass forty-fourth, branch
h-events112)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _of(found: list[Event], kind: str) -> list[Event]:
    return [e for e in found if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        ("Сенат Чили одобрил закон о пенсиях.", "org/senat-chili", "state/CHL"),
        ("Конгресс Перу принял закон о пенсиях.", "org/kongress-peru", "state/PER"),
        ("Соглашение было одобрено Сенатом Чили.", "org/senat-chili", "state/CHL"),
    ],
)
def test_a_law_approved_by_a_body(events, text: str, body: str, state: str) -> None:
    (approval,) = _of(events(text), "Approval")
    assert {body, state} <= set(approval.participants)
    assert approval.label.startswith("Принятие ") and approval.label[9:10].islower()


def test_two_conjoined_passive_approvals_each_on_its_day(events) -> None:
    text = (
        "Закон был принят Конгрессом Перу 26 ноября 2021 года и одобрен Сенатом Перу 1 декабря "
        "2021 года."
    )
    first, second = _of(events(text), "Approval")
    assert (first.date, second.date) == ("2021-11-26", "2021-12-01")
    assert "org/kongress-peru" in first.participants
    assert "org/senat-peru" in second.participants
    assert first.label == "Принятие закона"


def test_an_instrumental_agent_and_the_conjunct_s_own_day(events) -> None:
    text = (
        "Закон был принят Палатой депутатов Чили 3 марта 2021 года и одобрен Сенатом Чили 10 "
        "марта 2021 года."
    )
    first, second = _of(events(text), "Approval")
    assert (first.date, second.date) == ("2021-03-03", "2021-03-10")
    assert "org/palata-deputatov-chili" in first.participants
    assert "org/senat-chili" in second.participants


def test_a_delegation_received_stays_a_meeting(events) -> None:
    found = events("Президент Перу принял делегацию Чили.")
    assert _of(found, "Approval") == [] and _of(found, "Meeting")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("12 июля 2021 года арестованный в Таллине гражданин Латвии Янис Озолс найден повешенным "
         "в своей тюремной камере.", "person/yanis-ozols"),
        ("Журналист Хуан Перес найден застреленным в своей машине в Лиме.", "person/khuan-peres"),
    ],
)  # fmt: skip
def test_one_found_killed_died(events, text: str, person: str) -> None:
    (death,) = _of(events(text), "Death")
    assert person in death.participants


def test_one_found_alive_did_not_die(events) -> None:
    assert _of(events("Пропавший турист Хуан Перес найден живым в горах Перу."), "Death") == []
