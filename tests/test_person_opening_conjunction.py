"""A sentence's opening conjunction after a heading line, which natasha may tag a person
("Свободный Хуан\\n\\nНо стоит отметить, что …"), is no person (names83, forty-fifth pass;
own sentences about Chile, Peru, Estonia); the name in the heading stays one."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import person_names

from kg.model import Extraction

TEXT = (
    "Так, посольство Чили было открыто без ведома Переса.\n\nСвободный Хуан\n\nНо стоит "
    "отметить, что Пересу вообще свойственно делать смелые заявления. Так, в официальном "
    "обращении Хуан признался, что гордится Перу."
)


def test_opening_conjunction_no_person(run: Callable[[str], Extraction]) -> None:
    names = person_names(run(TEXT))
    assert "Но" not in names
    assert "Перес" in names
