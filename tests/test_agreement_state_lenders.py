"""A state's lender news names lower case by the state's adjective and its field ("с
китайским банком развития") is the bank so named, a party of the loan beside the borrower;
not a bank without a field, nor banks in the plural. Sentences of our own about other states
and banks, with must-nots (agr33)."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties, signatories) of each agreement kg reads."""
    return lambda text: agreement_rows(analyse, text, "2025-05-14")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a lower-case bank by its state's adjective and field: the bank is the other side
        ("Президент Кении Уильям Руто подписал соглашение о кредите с китайским банком "
         "развития.",
         {("Соглашение о кредите", "signed", ("org/kitayskiy-bank-razvitiya", "state/KEN"),
           ("person/uilyam-ruto",))}),
        ("Министр финансов Эфиопии подписал соглашение о займе с японским банком "
         "международного сотрудничества.",
         {("Соглашение о займе", "signed",
           ("org/yaponskiy-bank-mezhdunarodnogo-sotrudnichestva", "state/ETH"), ())}),
        ("Министр финансов Ганы подписал соглашение о кредите с японским банком развития.",
         {("Соглашение о кредите", "signed", ("org/yaponskiy-bank-razvitiya", "state/GHA"),
           ())}),
        # a lender named by its kind's adjective, without a field (orgs23)
        ("Египет подписал кредитное соглашение с китайским экспортно-импортным банком.",
         {("Кредитное соглашение между Египтом и Китайским экспортно-импортным банком",
           "signed", ("org/kitayskiy-eksportno-importnyy-bank", "state/EGY"), ())}),
        ("Министр финансов Шри-Ланки подписал соглашение о кредите с индийским "
         "экспортно-импортным банком.",
         {("Соглашение о кредите", "signed", ("org/indiyskiy-eksportno-importnyy-bank",
           "state/LKA"), ())}),
        # must not: another adjective
        ("Правительство Шри-Ланки подписало соглашение о кредите с индийским крупным банком.",
         {("Соглашение о кредите", "signed", ("state/LKA",), ())}),
        # written capitalised it is the same bank
        ("Президент Кении Уильям Руто подписал соглашение о кредите с Китайским банком "
         "развития.",
         {("Соглашение о кредите", "signed", ("org/kitayskiy-bank-razvitiya", "state/KEN"),
           ("person/uilyam-ruto",))}),
        # must not: a bank without its field, banks in the plural, a loan no one signs
        ("Правительство Лаоса подписало соглашение о кредите с крупным банком.",
         {("Соглашение о кредите с крупным банком", "signed", ("state/LAO",), ())}),
        ("Кения получила кредит от китайского банка развития в размере 3 млрд долларов.",
         set()),
    ],
)  # fmt: skip
def test_a_state_lender_is_a_party(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a paper's one party that signs it is no "с"-side of its own title (agr33's finding)
        ("Перу подписало кредитное соглашение с китайскими банками развития.",
         {("Кредитное соглашение", "signed", ("state/PER",), ())}),
        # must not: the one party written after "с" stays the title's side
        ("Китайский банк подписал кредитное соглашение с Египтом.",
         {("Кредитное соглашение с Египтом", "signed", ("state/EGY",), ())}),
    ],
)  # fmt: skip
def test_a_lone_signer_is_no_side_of_its_title(read, text, found):
    assert read(text) == found
