"""One body as several organizations, left over by the forty-sixth review, on sentences of
our own about other states (forty-sixth pass, h-orgs46): an abbreviation in brackets after
a body named inside another's name ("исполнительного комитета Социал-демократической
партии (SDE)") names the inner one where the outer's initials are not it, and so names it
for the whole text; a state's body named with the state's adjective before its parent
("Нижняя палата латвийского парламента") is the one named with the state's name ("Нижняя
палата парламента Латвии"), and its bare opening words ("Нижней палаты") or a body's bare
contraction ("Генпрокуратуры") are that body where the text names it for one state only.
With must-nots."""

from __future__ import annotations

import pytest
from gazetteer_runs import named_mentions

ROWS = "# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind\n"


@pytest.fixture(scope="module")
def orgs(tmp_path_factory):
    return named_mentions(tmp_path_factory.mktemp("gaz"), ROWS)


def names_of(found: list[tuple[str, str]], words: str) -> set[str]:
    return {name for text, name in found if text == words}


def test_a_bracketed_abbreviation_names_the_inner_party(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "В Лиме работают три силы: коалиция партий - Народная христианская партия (PPC), "
        "«Сила. Порядок» (FP); левая оппозиция - Перуанская социалистическая партия (PSP). "
        "Новый председатель PPC Хуан Перес заявил о выборах. 27 июня состоялось заседание "
        "исполнительного комитета Народной христианской партии (PPC). PPC решительно "
        "выступает против досрочных выборов."
    )
    assert names_of(found, "PPC") == {"Народная христианская партия"}


def test_a_bracketed_abbreviation_after_a_committee(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Исполнительный комитет Социал-демократической партии (SDE) собрался в Тарту. "
        "SDE поддержала договор с Латвией."
    )
    assert names_of(found, "SDE") == names_of(found, "Социал-демократической партии")
    assert names_of(found, "SDE") != names_of(
        found, "Исполнительный комитет Социал-демократической партии"
    )


def test_must_not_move_an_abbreviation_of_the_outer_body(orgs) -> None:  # noqa: ANN001
    found = orgs("Партия реформ Эстонии (ERP) победила. Лидер ERP заявил о союзе с Латвией.")
    assert names_of(found, "ERP") == names_of(found, "Партия реформ Эстонии")


def test_a_lower_houses_forms_are_one_body(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Нижняя палата парламента Латвии приняла закон. Депутаты Нижней палаты латвийского "
        "парламента одобрили бюджет. Спикер Нижней палаты Анна Озола выступила в Эстонии."
    )
    names = {name for _, name in found if "алат" in name}
    assert names == {"Нижняя палата парламента Латвии"}


def test_must_not_join_a_bare_house_where_two_states_have_one(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Депутаты Нижней палаты парламента Латвии приняли закон, а Нижняя палата парламента "
        "Эстонии отклонила его. Спикер Нижней палаты Анна Озола выступила."
    )
    assert names_of(found, "Нижней палаты") <= {"Нижняя палата"}


def test_must_not_join_a_bank_of_other_words(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Национальный банк развития Чили выдал кредит. Национальный банк сообщил, что Перу "
        "последует примеру."
    )
    assert names_of(found, "Национальный банк") == {"Национальный банк"}


def test_a_bare_contraction_is_the_one_states_body(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Генпрокуратуру РФ уведомили о деле посла Чили. Представитель Генпрокуратуры "
        "сказал, что дело закрыто."
    )
    assert names_of(found, "Генпрокуратуры") == names_of(found, "Генпрокуратуру РФ")


def test_must_not_join_a_bare_contraction_of_two_states(orgs) -> None:  # noqa: ANN001
    found = orgs(
        "Генпрокуратура Перу и Генпрокуратура Чили возбудили дело. Представитель "
        "Генпрокуратуры сказал, что дело закрыто."
    )
    assert names_of(found, "Генпрокуратуры") == {"Генпрокуратура"}
