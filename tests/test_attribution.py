"""Speaker attribution on sentences about several state pairs and on the sample corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract.common.attribution import speaker_of
from kg.extract.context import Context
from kg.model import Document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def context(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    return lambda text, date="": analyse(Document(id="t", text=text, date=date))


def _speaker(ctx: Context, fragment: str) -> str:
    """Speaker of a fragment, found with any whitespace between its words."""
    pattern = r"\s+".join(re.escape(w) for w in fragment.split())
    m = re.search(pattern, ctx.document.text)
    assert m, fragment
    return speaker_of(ctx, m.start(), m.end())


def _name(ctx: Context, key: str) -> str:
    return ctx.entities[key].name if key else ""


def test_dash_led_speech_closed_by_attribution(context):
    ctx = context("— Мы обсудили энергетику и транспорт, — заявил Нарендра Моди.")
    assert "Моди" in _name(ctx, _speaker(ctx, "Мы обсудили энергетику и транспорт"))


def test_pronoun_resolves_to_last_named_subject(context):
    ctx = context(
        "Президент Бразилии Луис Инасиу Лула да Силва встретился с Хавьером Милеем.\n"
        "— Наши страны связывает давняя дружба, — отметил он."
    )
    assert "Лула" in _name(ctx, _speaker(ctx, "Наши страны связывает давняя дружба"))


def test_transcript_turns_run_across_paragraphs(context):
    ctx = context(
        "Александр Лукашенко: Мы готовы к сотрудничеству.\nЭто важно для Белоруссии.\n"
        "Си Цзиньпин: Спасибо, коллега.\nКитай тоже готов."
    )
    assert "Лукашенко" in _name(ctx, _speaker(ctx, "Это важно для Белоруссии."))
    assert _speaker(ctx, "Китай тоже готов.") != _speaker(ctx, "Это важно для Белоруссии.")
    assert _speaker(ctx, "Китай тоже готов.")


def test_single_headline_turn_does_not_swallow_the_article(context):
    ctx = context("Токаев: Казахстан и Россия — союзники\nВчера в Москве прошли переговоры.")
    assert _speaker(ctx, "Казахстан и Россия — союзники")
    assert _speaker(ctx, "Вчера в Москве прошли переговоры.") == ""


def test_colon_speech_and_apposed_title(context):
    ctx = context(
        "Официальный представитель МИД Китая Мао Нин заявила журналистам: "
        "«Китай готов углубить сотрудничество с Казахстаном»."
    )
    assert _speaker(ctx, "Китай готов углубить сотрудничество с Казахстаном")


def test_reported_speech_and_po_slovam(context):
    ctx = context("Сергей Лавров прибыл в Дели. По его словам, торговля с Индией растёт.")
    assert "Лавров" in _name(ctx, _speaker(ctx, "По его словам, торговля с Индией растёт."))


def test_organization_or_unnamed_speaker_gives_nobody(context):
    ctx = context("Товарооборот Узбекистана и Турции вырос на 12 процентов, сообщил министр.")
    assert _speaker(ctx, "Товарооборот Узбекистана и Турции вырос на 12 процентов") == ""


def test_quoted_sentences_after_a_reported_article_belong_to_its_author(context):
    ctx = context(
        "Премьер-министр Индии Нарендра Моди опубликовал статью в газете «Хинду».\n"
        "«Индия и Россия — давние друзья», — говорится в статье."
    )
    assert "Моди" in _name(ctx, _speaker(ctx, "Индия и Россия — давние друзья"))


def test_sample_corpus_speakers(context):
    text = (CORPUS / "001_a513e5be717ef587.txt").read_text(encoding="utf-8")
    ctx = context(text)
    assert "Путин" in _name(ctx, _speaker(ctx, "Мы рады вас всех приветствовать в России."))
    assert "Токаев" in _name(ctx, _speaker(ctx, "Объём торговли между нашими странами"))
    text = (CORPUS / "000_1914cf37c4cafcf3.txt").read_text(encoding="utf-8")
    ctx = context(text)
    assert "Путин" in _name(ctx, _speaker(ctx, "Казахстан и Россия – ближайшие партнеры"))
    assert "Токаев" in _name(ctx, _speaker(ctx, "Мы поставили задачу довести товарооборот"))
