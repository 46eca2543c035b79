"""An interview's outlet is never the organization in the title of the one who gave it,
however the parse hangs that title ("заявление, сделанное в интервью журналистам
представителем Международной организации по миграции X": the organization is X's, no
outlet); a paper a correspondent works for stays the outlet (forty-second pass, our own
sentences about Mexico and Chile)."""

from __future__ import annotations

import pytest

ORTIZ = "представител{} Международной организации по миграции Хорхе Ортис{}"
WRECK = "крушение у берегов Мексики стало самым тяжёлым в этом году."


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("В соответствии с заявлением, сделанным в интервью журналистам "
         + ORTIZ.format("ем", "ом") + ", " + WRECK, "Интервью Хорхе Ортиса"),
        ("Как сообщил в интервью журналистам " + ORTIZ.format("ь", "") + ", " + WRECK,
         "Интервью Хорхе Ортиса"),
        # must-not: the paper he gave it to, the paper of the correspondent he spoke to
        ("П" + ORTIZ.format("ь", "")[1:] + " дал интервью газете «Эль Универсаль» о "
         "крушении у берегов Мексики.", "Интервью Хорхе Ортиса изданию «Эль Универсаль»"),
        ("Об этом в интервью корреспонденту газеты «Эль Универсаль» Марии Лопес рассказал "
         "министр иностранных дел Чили Альберто ван Клаверен.",
         "Интервью Альберто ван Клаверена изданию «Эль Универсаль»"),
    ],
)  # fmt: skip
def test_the_speakers_own_body_is_no_outlet(events, text: str, label: str) -> None:
    (interview,) = [e for e in events(text) if e.kind == "Publication"]
    assert interview.label == label
