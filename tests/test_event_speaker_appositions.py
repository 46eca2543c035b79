"""A name the parser hangs as an apposition on a title of the clause after its own verb
("Представитель правительства X сообщил, что глава Центробанка Y покинет пост": X made
Y's title's apposition) is not that title's holder: the one who says it leaves no post.
The name after its title stays its holder. States and people of our own choice (Chile, Peru)."""

from __future__ import annotations

import pytest

DAY = "2025-01-10"

SAID = [
    ("Представитель правительства Чили Хуан Перес сообщил, что глава Центробанка Анхель Гомес "
     "покинет свой пост в апреле.", "person/ankhel-gomes", "person/khuan-peres"),
    ("Советник президента Перу Ана Кастро сообщила, что глава МВД Перу Хавьер Гонсалес покинет "
     "свой пост.", "person/khaver-gonsales", "person/ana-kastro"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "holder", "speaker"), SAID)
def test_the_speaker_leaves_no_post(events, text: str, holder: str, speaker: str) -> None:
    found = [e for e in events(text, DAY) if e.kind == "Resignation"]
    assert [holder in e.participants for e in found] == [True]
    assert not any(speaker in e.participants for e in found)
