"""The rank between a commander's post and a name, the post's complement ending in a place
after its state ("командующий группировкой войск Индии в Кашмире генерал X"), is of the
post's state, as it is right after the state (fiftieth pass, h-orgs59; own sentences about
India–Pakistan, Peru–Haiti, Japan–Korea). The post kept its state across the place, the
rank got none; a state after the preposition ("в Гаити") ended the post's words before it
("командующий контингентом в"). Must-nots: a post of no state leaves the rank with none;
a post of the UN's forces gives the rank no state."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Командующий группировкой войск Индии в Кашмире генерал Радж Кумар заявил о Пакистане.",
     "Кумар", "state/IND"),
    ("Пакистан заявил, что командующий группировкой войск Индии в Кашмире генерал Радж Кумар "
     "лжёт.", "Кумар", "state/IND"),
    ("Командующий контингентом Перу в Гаити полковник Хуан Перес прибыл в Эквадор.",
     "Перес", "state/PER"),
    ("Командующий флотом Японии в Тихом океане адмирал Кэнтаро Сато посетил Корею.",
     "Сато", "state/JPN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "state"), CASES)
def test_the_rank_is_the_posts_states(
    extraction_of,  # noqa: ANN001
    text: str,
    surname: str,
    state: str,
) -> None:
    """The post is of its state; the rank beside it is no office (seventieth pass,
    h-names157: it was a second row of the post's state)."""
    held = text_holdings(extraction_of(text, "2024-05-15", "offices"), surname, ("office", "state"))
    assert len(held) == 1
    assert all(s == state for _, s in held)


def test_a_state_placed_is_a_word_of_the_post(extraction_of) -> None:  # noqa: ANN001
    """ "в Гаити" after Peru's contingent is where the post serves, a word of its office."""
    text = "Командующий контингентом Перу в Гаити полковник Хуан Перес прибыл в Эквадор."
    held = text_holdings(extraction_of(text, "2024-05-15", "offices"), "Перес", ("office", "state"))
    assert ("командующий контингентом в Гаити", "state/PER") in held


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Командующий войсками Северного военного округа генерал Хуан Перес прибыл в Чили.",
         "Перес"),
        ("Командующий Миротворческими силами ООН в Ливане генерал Радж Кумар прибыл в Индию.",
         "Кумар"),
    ],
)  # fmt: skip
def test_no_state_for_the_rank_of_a_post_of_none(
    extraction_of,  # noqa: ANN001
    text: str,
    surname: str,
) -> None:
    """Must-not: the rank gets no state where the post names none."""
    held = text_holdings(extraction_of(text, "2024-05-15", "offices"), surname, ("office", "state"))
    assert held and all(not s.startswith("state/") for o, s in held if o == "генерал")
