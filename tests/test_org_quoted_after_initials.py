"""A known organization named by initials and a capitalised name ("ЛИА Новости") is found with
the name in quotes too ("ЛИА «Новости»", 'ЛИА "Новости"'), as news also writes it; not a
name without initials first ("Кито Пресс" is no "Кито «Пресс»"), nor the words apart in two
sentences. Sentences of our own (forty-third pass, h-links72)."""

from __future__ import annotations

import pytest
from gazetteer_runs import org_reader

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q7300011\tЛИА Новости\t\t\tQ7300011
org\torg/Q7300012\tКито Пресс\t\t\tQ7300012
"""

NEWS = ("ЛИА Новости", "Q7300011")


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):  # noqa: ANN001, ANN201
    return org_reader(tmp_path_factory.mktemp("gaz"), ROWS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Об этом сообщает ЛИА «Новости» со ссылкой на МИД Перу.", {"ЛИА «Новости»": NEWS}),
        ('По данным ЛИА "Новости", Чили отозвала посла.', {'ЛИА "Новости"': NEWS}),
        ("Корреспондент ЛИА «Новости» прибыл в Лиму.", {"ЛИА «Новости»": NEWS}),
        ("Об этом сообщает ЛИА Новости.", {"ЛИА Новости": NEWS}),
    ],
)
def test_the_name_after_initials_in_quotes(orgs, text: str, expected: dict) -> None:  # noqa: ANN001
    found = orgs(text)
    assert {k: found.get(k) for k in expected} == expected


def test_must_not_other_names_or_words_apart(orgs) -> None:  # noqa: ANN001
    qids = {qid for _, qid in orgs("Об этом сообщает Кито «Пресс» из Эквадора.").values()}
    assert "Q7300012" not in qids
    qids = {qid for _, qid in orgs("Сообщает ЛИА. «Новости» дня вышли в Перу.").values()}
    assert "Q7300011" not in qids
