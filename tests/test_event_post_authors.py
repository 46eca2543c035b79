"""A post or a press release is its publisher's: the owner of the page it is on or of the
paper ("на странице МВД Турции в Facebook", "в пресс-релизе полиции Чили"), not one its
picture shows; a body that speaks for no state abroad (police, an interior or defence
ministry) is the author itself, a foreign ministry stays its state's voice. Sentences of our
own about other states (pass forty-one, h-misc41)."""

from __future__ import annotations

import pytest

# text, label, participants that must be there, participants that must not
AUTHORS = [
    ("На странице МВД Турции в Facebook опубликована фотография Кемаля Озтюрка.",
     "Запись в соцсети Министерства внутренних дел Турции",
     {"org/ministerstvo-vnutrennikh-del-turtsii", "state/TUR"}, {"person/kemal-oztyurk"}),
    ("В пресс-релизе чилийской полиции говорится, что задержаны трое граждан Перу.",
     "Пресс-релиз Полиции Чили", {"org/politsiya-chili", "state/CHL"}, {"state/PER"}),
    ("В пресс-релизе полиции Чили говорится, что задержаны трое граждан Перу.",
     "Пресс-релиз Полиции Чили", {"org/politsiya-chili", "state/CHL"}, {"state/PER"}),
    ("Министерство обороны Канады опубликовало в Twitter фотографию министра обороны Мексики "
     "Луиса Сандоваля.", "Запись в соцсети Министерства обороны Канады",
     {"state/CAN"}, {"person/luis-sandoval", "state/MEX"}),
    # must-nots: a foreign ministry's post or statement stays its state's; a person's own post
    ("Министерство иностранных дел Египта опубликовало в Facebook фотографию посла Турции.",
     "Запись в соцсети Египта", {"state/EGY"}, {"state/TUR"}),
    ("В заявлении МИД Кении говорится, что посол Эфиопии вызван в министерство.",
     "Заявление Кении", {"state/KEN"}, {"state/ETH"}),
    ("Президент Перу Дина Болуарте опубликовала в Instagram фотографию с президентом Чили.",
     "Запись в соцсети Дины Болуарте", {"state/PER"}, {"state/CHL"}),
    # what a statement is about is no author; a statement on a page is its owner's, one post
    ("На странице МИД Эстонии в Twitter опубликовано заявление о Латвии.",
     "Заявление Эстонии", {"state/EST"}, {"state/LVA"}),
    ("В заявлении МИД Чили о Перу говорится, что посол вызван в министерство.",
     "Заявление Чили", {"state/CHL"}, {"state/PER"}),
    ("Президент Чили опубликовал в Twitter заявление о Перу.",
     "Заявление Чили", {"state/CHL"}, {"state/PER"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "who", "not_who"), AUTHORS)
def test_a_post_is_its_publishers(events, text, label, who, not_who) -> None:
    (post,) = [e for e in events(text) if e.kind == "Publication"]
    assert post.label == label
    assert who <= set(post.participants) and not not_who & set(post.participants)
