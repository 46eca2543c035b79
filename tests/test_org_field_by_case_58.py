"""A state's body named by its field after the state, in any case, whatever its noun
(fiftieth pass, h-orgs58), on sentences of our own about Japan–Korea, India–Pakistan and
Peru–Chile: where the tagger ran a place over the state and the field's first noun
("Японии по делам беженцев" as one place), that lower-case noun was read as a region and
the name cut after it ("Государственную службу Японии по делам"); the whole name is one
body, of the state inside it, "агентство" or "комиссия" as much as "служба". Must-nots: a
capitalised place after "по" is still a region of the body, a body of no state
(the UN's agency) gets none, a team keeps its name without its sport."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import org_states

# (mention text, name of its entity, state of its entity)
Found = list[tuple[str, str, str]]


@pytest.fixture(scope="module")
def found(extraction_of) -> Callable[[str], Found]:  # noqa: ANN001
    """Text → its organization mentions (text, entity name, entity state)."""

    return lambda text: org_states(extraction_of(text, "2024-05-15", "offices"))


CASES = [
    ("В Государственную службу Японии по делам беженцев обратились граждане Кореи.",
     "Государственную службу Японии по делам беженцев",
     "Государственная служба Японии по делам беженцев", "state/JPN"),
    ("Представитель Государственной службы Японии по делам беженцев сообщил о гражданах Кореи.",
     "Государственной службы Японии по делам беженцев",
     "Государственная служба Японии по делам беженцев", "state/JPN"),
    ("Национальное агентство Индии по делам беженцев сообщило о прибытии граждан Пакистана.",
     "Национальное агентство Индии по делам беженцев",
     "Национальное агентство Индии по делам беженцев", "state/IND"),
    ("Национальное агентство Индии по вопросам миграции выдало визы гражданам Пакистана.",
     "Национальное агентство Индии по вопросам миграции",
     "Национальное агентство Индии по вопросам миграции", "state/IND"),
    ("Государственный комитет Перу по делам коренных народов заявил о гражданах Чили.",
     "Государственный комитет Перу по делам коренных народов",
     "Государственный комитет Перу по делам коренных народов", "state/PER"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention", "name", "state"), CASES)
def test_the_whole_name_is_one_body_of_its_state(
    found: Callable[[str], Found], text: str, mention: str, name: str, state: str
) -> None:
    """The name runs to the end of its field, the body is the state's, no cut name is read."""
    orgs = found(text)
    assert (mention, name, state) in orgs
    assert all(m == mention for m, _, _ in orgs)


def test_a_capitalised_place_is_still_a_region(found: Callable[[str], Found]) -> None:
    """Must-not: "по Лиме" names the body's territory, a word of its name as before."""
    orgs = found("Управление полиции Перу по Лиме задержало граждан Чили.")
    assert [m for m, _, _ in orgs] == ["Управление полиции Перу по Лиме"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Агентство ООН по делам беженцев помогло гражданам Пакистана в Индии.",
         "Агентство ООН по делам беженцев"),
        ("Сборная Индии по хоккею обыграла Пакистан.", "Сборная Индии"),
    ],
)  # fmt: skip
def test_no_state_for_a_body_of_none(
    found: Callable[[str], Found], text: str, mention: str
) -> None:
    """Must-not: the UN's agency and a team named by its sport are no state's body here."""
    assert any(m == mention and not state for m, _, state in found(text))
