"""A bare "церемония" told after a signing, in its sentence or the next ("подписали
соглашение. После церемонии …"), is that signing told again, no Ceremony of its own; a
ceremony named by what it is of, or with no signing before it, stays one. Sentences of our
own about other pairs of states."""

from __future__ import annotations

import pytest

# text, whether a Ceremony of its own is read
CASES = [
    (
        "Министры иностранных дел Чили и Уругвая 21 января 2025 года подписали в Монтевидео "
        "соглашение о свободной торговле. После церемонии президент Чили Габриэль Борич провёл "
        "переговоры с президентом Уругвая.",
        False,
    ),
    (
        "Премьер-министры Японии и Вьетнама 27 апреля 2025 года подписали в Ханое меморандум о "
        "сотрудничестве. На церемонии присутствовали министры обеих стран.",
        False,
    ),
    # must not: a ceremony of something else, or one with no signing before it
    (
        "Министры энергетики Кении и Уганды 3 марта 2025 года подписали соглашение о "
        "нефтепроводе. На следующий день прошла церемония открытия нефтепровода.",
        True,
    ),
    (
        "Президент Кении Уильям Руто 3 марта 2025 года прибыл в Кампалу. Он принял участие в "
        "торжественной церемонии в парламенте Уганды.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "ceremony"), CASES)
def test_a_bare_ceremony_after_a_signing_is_that_signing(events, text: str, ceremony: bool) -> None:
    read = events(text)
    assert [e.kind for e in read].count("Signing") == ("подписали" in text)
    assert any(e.kind == "Ceremony" for e in read) == ceremony
