"""A paper signed with a side kg names no state for ("соглашение с курдами", "договор с
повстанцами") is not the paper of two states the sentence before names ("Турция и Египет
подписали соглашение о торговле"), and its signing told after a visit in a sentence of its
own takes no place of the visit; a bare "Документ"/"Соглашение" after a paper stays that
paper, and a signing the text ties to the visit ("Там же", "В ходе визита") or one of the
host's side keeps its place (agr41). Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def papers(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → {title: (parties, number of sentences it is told in)} of each agreement."""

    def read(text: str) -> dict[str, tuple[list[str], int]]:
        doc = Document(id="t", text=text, date="2025-06-05")
        return {a.title: (a.parties, len(a.evidence)) for a in extract_agreements(analyse(doc))}

    return read


@pytest.mark.parametrize(
    ("text", "other", "party"),
    [
        ("Накануне Турция и Египет подписали соглашение о торговле. Президент Турции "
         "подписал соглашение с курдами.", "Соглашение с курдами", "state/TUR"),
        ("Накануне Чили и Перу подписали договор о границе. Президент Перу подписал договор "
         "с повстанцами.", "Договор с повстанцами", "state/PER"),
        ("Президент Турции подписал соглашение с курдами. Накануне Турция и Египет подписали "
         "соглашение о торговле.", "Соглашение с курдами", "state/TUR"),
    ],
)  # fmt: skip
def test_a_paper_with_an_unstated_side_is_not_the_states_paper_before(
    papers, text: str, other: str, party: str
) -> None:
    read = papers(text)
    assert other in read
    assert read[other][0] == [party]
    (states,) = [t for t in read if t != other]
    assert len(read[states][0]) == 2 and read[states][1] == 1


@pytest.mark.parametrize(
    "text",
    [
        # must not: a bare reference after the paper stays that paper
        "Турция и Египет подписали соглашение о торговле. Документ предусматривает снижение "
        "пошлин.",
        "Турция и Египет подписали соглашение о торговле. Соглашение предусматривает снижение "
        "пошлин.",
        "Эстония и Латвия подписали договор о границе. Договор вступит в силу в июле.",
    ],
)
def test_a_reference_after_a_paper_stays_it(papers, text: str) -> None:
    read = papers(text)
    ((parties, told),) = read.values()
    assert len(parties) == 2 and told == 2


def _signings(events, text: str) -> list[tuple[str, str]]:  # noqa: ANN001 - the fixture
    return [(e.label, e.location) for e in events(text, "2025-06-05") if e.kind == "Signing"]


VISIT = "Эрдоган прибыл в Каир. Он провёл переговоры с президентом Египта. "


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (VISIT + "Эрдоган подписал соглашение с курдами.", ""),
        ("Президент Перу прибыл в Сантьяго. Он встретился с президентом Чили. Президент Перу "
         "подписал договор с повстанцами.", ""),
        # must not: a signing the text ties to the visit, or of the host's side, keeps it
        ("Эрдоган прибыл в Каир. Там же он подписал соглашение с курдами.", "Каир"),
        ("Эрдоган прибыл в Каир. В ходе визита он подписал соглашение с курдами.", "Каир"),
        (VISIT + "Эрдоган подписал соглашение о торговле.", "Каир"),
        (VISIT + "Стороны подписали соглашение о торговле.", "Каир"),
        ("Президент Чили прибыл в Лиму. Президенты Чили и Перу подписали договор о границе.",
         "Лима"),
    ],
)  # fmt: skip
def test_a_signing_after_a_visit_takes_its_place_only_when_tied(
    events, text: str, place: str
) -> None:
    ((_, location),) = _signings(events, text)
    assert location == place
