"""An approval's label names what is approved ("принятый парламентом закон о митингах" →
"Принятие закона о митингах"), never the participle that tells it. Forty-seventh pass,
sentences of our own (Turkey, Egypt), with must-not cases."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind


@pytest.mark.parametrize(
    "text",
    [
        "Напомним, что принятый Великим национальным собранием закон о митингах одобрен комиссией.",
        "Президент Египта подписал принятый парламентом закон о митингах.",
        # must-not: the verb's own object
        "Парламент Египта принял закон о митингах.",
    ],
)
def test_the_label_names_the_law(events, text: str) -> None:
    assert one_of_kind(events(text), "Approval").label == "Принятие закона о митингах"


def test_its_approval_is_of_the_law_before(events) -> None:
    text = (
        "Закон о митингах был подписан президентом Турции после единогласного его утверждения "
        "Великим национальным собранием."
    )
    approval = one_of_kind(events(text), "Approval")
    assert approval.label == "Принятие закона о митингах" and "state/TUR" in approval.participants


def test_the_approval_of_a_law_is_no_appointment(events) -> None:
    text = "Парламент Египта проголосовал за утверждение закона о митингах."
    assert one_of_kind(events(text), "Approval").label == "Принятие закона о митингах"


def test_his_approval_is_of_the_person_before(events) -> None:
    # must-not: "его" stands for the candidate named before, no law
    text = (
        "Премьер-министр Турции предложил кандидатуру Мехмета Озтюрка. После его утверждения "
        "парламентом Озтюрк возглавит МИД."
    )
    assert not [e for e in events(text) if e.kind == "Approval"]


def test_a_law_sent_for_approval_is_no_approval_of_its_own(events) -> None:
    # must-not: "на утверждение" is what the law is sent for, no approval named by it
    text = (
        "Президент Турции заявил, что подпишет закон о митингах, поступивший к нему на "
        "утверждение после его одобрения парламентом."
    )
    assert all(e.label != "Принятие утверждения" for e in events(text))
