"""A line under the title with no verb and no full stop, a name with "на встрече …" ("Хосе
Пинеда на встрече в честь … в Лиме"), is a photo's caption: no meeting is told. The title
line of that form, and the sentence that tells the meeting, still give one. Sentences of
our own about other pairs of states."""

from __future__ import annotations

DAY = "2019-03-01"


def _meetings(events, text):
    return [e for e in events(text, DAY) if e.kind in {"Meeting", "Talks"}]


def test_caption_under_the_title_tells_no_meeting(events):
    text = (
        "Министр иностранных дел Чили обвинён в мошенничестве\n"
        "Хосе Пинеда на встрече в честь 200-летия независимости Перу в Лиме\n"
        "Министра иностранных дел Чили Хосе Пинеду подозревают в мошенничестве, сообщила "
        "прокуратура."
    )
    assert _meetings(events, text) == []


def test_told_meeting_after_a_title_of_that_form_stays(events):
    text = (
        "Хосе Пинеда на встрече с министром иностранных дел Перу в Лиме\n"
        "Министр иностранных дел Чили Хосе Пинеда 28 февраля встретился с министром "
        "иностранных дел Перу Нестором Попольцио в Лиме."
    )
    read = _meetings(events, text)
    assert len(read) == 1 and read[0].date == "2019-02-28"


def test_sentence_with_a_verb_on_the_second_line_stays(events):
    text = (
        "Министры Эстонии и Латвии провели встречу\n"
        "Министр иностранных дел Эстонии Урмас Рейнсалу на встрече в Риге обсудил с "
        "министром иностранных дел Латвии Эдгарсом Ринкевичсом энергетику."
    )
    assert _meetings(events, text)
