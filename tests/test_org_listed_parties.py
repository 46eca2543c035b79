"""A party named without commas in a list after "фракциями"/"партиями" between two names of
parties the gazetteer or the text knows is a party of its own (forty-sixth pass, h-orgs51);
on sentences of our own about other states, with must-nots: words before the first known
name or after the last, and a list no known name cuts, give no party."""

from __future__ import annotations

import pytest
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def read():
    return shipped_reader()


def texts(read, text: str) -> set[str]:  # noqa: ANN001
    return {m.text for m in read(text) if m.type == "Organization"}


def test_a_party_between_two_known_ones(read) -> None:  # noqa: ANN001
    found = texts(
        read,
        "Между фракциями КНП Эстонии Рахвалийт Исамаа СДП Эстонии подписано соглашение.",
    )
    assert "Рахвалийт Исамаа" in found


def test_a_party_past_a_states_name(read) -> None:  # noqa: ANN001
    found = texts(
        read,
        "Кабинет сформирован по соглашению между фракциями ЛДП Японии Комэйто КПРФ,"
        " сообщили в Токио.",
    )
    assert "Комэйто" in found


@pytest.mark.parametrize(
    "text",
    [
        "Соглашение подписано между фракциями Исамаа Рахвалийт в парламенте Эстонии.",
        "Переговоры между партиями Эстонии Латвии прошли в Риге.",
        "Соглашение подписано между фракциями КНП Эстонии Исамаа в парламенте.",
    ],
)
def test_must_not_read_a_list_no_known_name_closes(read, text: str) -> None:  # noqa: ANN001
    found = texts(read, text)
    assert not {"Исамаа", "Рахвалийт", "Исамаа Рахвалийт", "Латвии"} & found
