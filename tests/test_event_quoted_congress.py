"""A congress of a party named in straight quotes, and the person right after its name
(events119). `24 сентября на съезде партии "Центристская партия" Ю.Ратас предложил …`: the
person after the closing quote is the verb's subject, no organization nor a word of the
congress's name; the label is "Съезд партии «Центристская партия»", dated 24 September and
held (the verb is past), with the proposer taking part. Sentences of our own (Estonia,
Chile, Egypt)."""

from __future__ import annotations

import pytest

# (text, the label, the date, the proposer's surname in the participant's key)
CONGRESSES = [
    ('Напомним, 24 сентября на съезде партии "Центристская партия" Ю.Ратас предложил '
     "К.Каллас баллотироваться в президенты Эстонии.",
     "Съезд партии «Центристская партия»", "2024-09-24", "ratas"),
    ("Напомним, 24 сентября на съезде партии «Центристская партия» Ю.Ратас предложил "
     "К.Каллас баллотироваться в президенты Эстонии.",
     "Съезд партии «Центристская партия»", "2024-09-24", "ratas"),
    ('12 октября на съезде партии "Республиканская партия" Х.Перес выступил с речью о '
     "выборах в Чили.",
     "Съезд партии «Республиканская партия»", "2024-10-12", "peres"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "date", "who"), CONGRESSES)
def test_a_quoted_partys_congress_ends_at_the_quote(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    label: str,
    date: str,
    who: str,
) -> None:
    (forum,) = [e for e in events(text, "2024-12-20") if e.kind == "Forum"]
    assert forum.label == label
    assert forum.date == date and forum.status == "occurred"
    assert any(k.startswith("person/") and who in k for k in forum.participants)


@pytest.mark.parametrize("text", [c[0] for c in CONGRESSES])
def test_initials_and_surname_after_a_quoted_name_are_no_organization(
    orgs,  # noqa: ANN001 - the conftest fixture
    text: str,
) -> None:
    assert not any("." in name for name in orgs(text))


# must keep: a quoted outlet's name after its noun is an organization
def test_a_quoted_outlet_stays_one(orgs) -> None:  # noqa: ANN001
    assert "Эль Меркурио" in orgs('Об этом сообщила газета "Эль Меркурио".')
