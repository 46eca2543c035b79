"""An undeclined French first name before a surname in a consonant and "-у", where only a
dative stands ("вручил награду послу Франции Рене Леклерку"): the "-у" is the dative's,
though the first name shows no case, so the name is Рене Леклерк. Must-nots: a surname in
a vowel ("Рене Бенуа"), a surname in "-у" where no dative stands ("Рене Жиру прибыл").

A woman's name whose words decline in no case, apposed to an instrumental city post
("встретился с мэром Осло Анне Линдбу"): the tagger's dative for them tells nothing, so she
holds the post, of the state the city lies in. Must-not: a name behind a preposition ("с
мэром Осло в присутствии Анне Линдбу") (sixty-ninth pass, h-names156; own sentences about
France, Belgium, Canada, Norway, Denmark, Sweden)."""

from __future__ import annotations

import pytest
from fact_reads import assert_named_not, offices_by_name

NAMES = [
    ("Президент Италии вручил награду послу Франции Рене Леклерку.", "Рене Леклерк",
     "Рене Леклерку"),
    ("Министр Канады передал письмо послу Бельгии Андре Дюбуру.", "Андре Дюбур",
     "Андре Дюбуру"),
    ("Премьер Швеции позвонил послу Франции Рене Нгуену.", "Рене Нгуен", "Рене Нгуену"),
    # must not: a surname in a vowel; a surname's own "-у" where no dative stands
    ("Премьер Италии вручил орден послу Франции Рене Бенуа.", "Рене Бенуа", "Рене Бену"),
    ("Президент Франции Рене Жиру прибыл в Рим.", "Рене Жиру", "Рене Жир"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "not_name"), NAMES)
def test_french_first_dative(extraction_of, text: str, name: str, not_name: str) -> None:
    """The dative's "-у" leaves the surname after an undeclined French first name."""
    assert_named_not(extraction_of(text, "2026-11-20"), name, not_name)


OFFICES = [
    # her name as written, no Анна (seventieth pass, h-names157)
    ("Посол Италии встретился с мэром Осло Анне Линдбу.", {"Анне Линдбу": {"мэр state/NOR"}}),
    ("Посол Италии встретился с мэром Копенгагена Мэри Хансен.",
     {"Мэри Хансен": {"мэр state/DNK"}}),
    # must not: the name behind a preposition
    ("Посол Италии встретился с мэром Осло в присутствии Анне Линдбу.",
     {"Анне Линдбу": set()}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "offices"), OFFICES)
def test_undeclined_name_holds_city_post(extraction_of, text: str, offices: dict) -> None:
    """An undeclined name apposed to an instrumental city post holds it."""
    held = offices_by_name(extraction_of(text, "2026-11-20", "offices"), with_state=True)
    assert {name: held.get(name, set()) for name in offices} == offices


# `given_across._undeclined_apposed`: a name of undeclined words apposed to an instrumental
# title across its genitive complement, the tagger reading the name as a nominative (the
# "-е" name's own case rule, `her_foreign_e_name`, does not reach these): it holds the title.
ACROSS = [
    ("Премьер Испании встретился с главой администрации города Токио Юрико Коикэ.",
     {"Юрико Коикэ": {"глава администрации"}}),
    ("Посол Чили встретился с главой правительства провинции Онтарио Мэри Ниеми.",
     {"Мэри Ниеми": {"глава правительства"}}),
    # must not: the name behind a preposition
    ("Премьер Испании встретился с главой администрации города Токио в присутствии Юрико Коикэ.",
     {"Юрико Коикэ": set()}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "offices"), ACROSS)
def test_undeclined_name_holds_title_across(extraction_of, text: str, offices: dict) -> None:
    """An undeclined name apposed to an instrumental title across its complement holds it."""
    held = offices_by_name(extraction_of(text, "2026-11-20", "offices"))
    assert {name: held.get(name, set()) for name in offices} == offices
