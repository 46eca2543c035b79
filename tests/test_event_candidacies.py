"""Who runs in elections a candidacy is put up for: the subject of "выдвинул свою
кандидатуру на выборах", the person "выдвинула кандидатуру X" names. Sentences of our own
about other states, with candidacies withdrawn or only spoken of, which name no runner."""

from __future__ import annotations

import pytest

# text, who runs (participants of the election), who must not
CASES = [
    ("Министр обороны Сербии Милош Вучевич выдвинул свою кандидатуру на президентских "
     "выборах, которые пройдут весной 2025 года.",
     {"state/SRB"}, set()),
    ("Министр иностранных дел Перу Хавьер Гонсалес-Олаэчеа выдвинул свою кандидатуру на "
     "выборах в Конгресс.",
     {"person/khaver-gonsales-olaechea", "state/PER"}, set()),
    ("Правящая партия Аргентины выдвинула кандидатуру министра экономики Серхио Массы на "
     "президентских выборах.",
     {"person/serkhio-massa"}, set()),
    # must not: a candidacy withdrawn, or one only spoken of
    ("Министр иностранных дел Перу Хавьер Гонсалес-Олаэчеа снял свою кандидатуру с выборов "
     "в Конгресс.",
     set(), {"person/khaver-gonsales-olaechea"}),
    ("Министр иностранных дел Перу Хавьер Гонсалес-Олаэчеа не выдвинул свою кандидатуру на "
     "выборах в Конгресс.",
     set(), {"person/khaver-gonsales-olaechea"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who", "not_who"), CASES)
def test_a_candidacy_put_up_runs(events, text: str, who: set[str], not_who: set[str]) -> None:
    runs = {k for e in events(text) if e.kind == "Election" for k in e.participants}
    assert who <= runs and not not_who & runs
    if who:
        assert any(k.startswith("person/") for k in runs)
