"""Full names that differ in their chain of given names are namesakes, each a person of their
own, and a grandfather's name again inside an Arabic chain of given names opens no second
name ("Ахмад Салим Ахмад Хаддад" is one man); the same chain, or one a shorter chain begins,
stays one man (names89, forty-sixth pass; own sentences about Egypt and Jordan)."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def test_three_namesakes_apart(run: Callable[[str], Extraction]) -> None:
    text = (
        "В Каире задержаны трое граждан Иордании. Все трое носили одно имя — Ахмад Хаддад. "
        "Задержанными оказались Ахмад Салим Ахмад Хаддад, Ахмад Юсуф Абд ар-Рахман Хаддад и "
        "Ахмад Салим Фаиз Хаддад. Посольство Иордании потребовало их освобождения."
    )
    ex = run(text)
    names = person_names(ex)
    assert "Ахмад Салим" not in names
    persons = mention_persons(ex)
    assert persons["Ахмад Салим Ахмад Хаддад"] != persons["Ахмад Юсуф Абд ар-Рахман Хаддад"]
    assert persons["Ахмад Салим Фаиз Хаддад"] not in {
        persons["Ахмад Салим Ахмад Хаддад"],
        persons["Ахмад Юсуф Абд ар-Рахман Хаддад"],
    }


def test_grandfathers_name_again_one_man(run: Callable[[str], Extraction]) -> None:
    text = "Министр Иордании Халид Юсуф Халид Насер прибыл в Каир на переговоры с Египтом."
    assert person_names(run(text)) == {"Халид Юсуф Халид Насер"}


def test_same_chain_shorter_one_man(run: Callable[[str], Extraction]) -> None:
    # must not: a chain and the one it begins are one man
    text = (
        "Посол Египта Карим Адель Мансур Хасан прибыл в Амман. Позже Карим Адель Хасан "
        "встретился с министром Иордании."
    )
    ex = run(text)
    persons = mention_persons(ex)
    assert persons["Карим Адель Мансур Хасан"] == persons["Карим Адель Хасан"]


def test_east_asian_names_still_apart(run: Callable[[str], Extraction]) -> None:
    # must not: a family name again after a given name no dictionary lists is another man
    text = "Портреты Ким Ир Сена Ким Чен Ира висят в посольстве КНДР в Каире."
    names = person_names(run(text))
    assert len(names) == 2
