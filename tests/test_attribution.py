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


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [  # a noun that describes a person named before (epithets.tsv)
        (
            "Министр иностранных дел Норвегии Эспен Барт Эйде встретился в Осло с датским "
            "коллегой. «Мы соседи и союзники в Арктике», — подчеркнул дипломат.",
            "Мы соседи и союзники в Арктике",
            "Эйде",
        ),
        (
            "Президент Бразилии Луис Инасиу Лула да Силва провел переговоры с президентом "
            "Аргентины Хавьером Милеем. «Мы готовы снять торговые барьеры», — заявил глава "
            "аргентинского государства.",
            "Мы готовы снять торговые барьеры",
            "Милей",
        ),
        (
            "Премьер-министр Дании Метте Фредериксен приняла в Копенгагене премьер-министра "
            "Норвегии Йонаса Гара Стёре. «Мы укрепим сотрудничество в энергетике», — заявил "
            "норвежский премьер.",
            "Мы укрепим сотрудничество в энергетике",
            "Стёре",
        ),
        (
            "Представитель МИД Кении Питер Мутуку подтвердил информацию о визите. Чиновник "
            "добавил, что «стороны подпишут пять соглашений о сотрудничестве».",
            "стороны подпишут пять соглашений о сотрудничестве",
            "Мутуку",
        ),
        (
            "Бывший президент Кении Ухуру Кениата посетил Аддис-Абебу. «Эфиопия всегда была нам "
            "другом», — рассказал экс-президент.",
            "Эфиопия всегда была нам другом",
            "Кениата",
        ),
        (  # a state's adjective and a bare office: that state's one named holder
            "Министр иностранных дел Кении Мусалия Мудавади и министр иностранных дел Эфиопии "
            "Тайе Атске Селассие провели переговоры. Кенийский министр подчеркнул, что страна "
            "«готова к сотрудничеству».",
            "готова к сотрудничеству",
            "Мудавади",
        ),
        (
            "Министр экономики Мексики Марсело Эбрард встретился с министром торговли США. "
            "«Мы готовы к любому сценарию», — заявил мексиканский министр.",
            "Мы готовы к любому сценарию",
            "Эбрард",
        ),
        (
            "Глава МИД Ирана Аббас Аракчи и министр иностранных дел Омана Бадр аль-Бусаиди "
            "провели переговоры. Оманский министр, в свою очередь, отметил: «Мы готовы "
            "помочь диалогу».",
            "Мы готовы помочь диалогу",
            "Бусаиди",
        ),
        # must not: someone new, a state no one named is of, several people, an office
        # whose word only ends another ("министр" is not the "премьер-министр")
        (
            "Премьер-министр Индии Нарендра Моди встретился с послом Японии. «Мы расширим "
            "поставки», — сказал индийский министр.",
            "Мы расширим поставки",
            "",
        ),
        (
            "Министр иностранных дел Кении Мусалия Мудавади встретился с послом Эфиопии. "
            "«Мы откроем консульство», — заявил эфиопский министр.",
            "Мы откроем консульство",
            "",
        ),
        (
            "Министр иностранных дел Кении Мусалия Мудавади и министр иностранных дел Эфиопии "
            "Тайе Атске Селассие провели переговоры. «Мы откроем консульство», — заявил министр.",
            "Мы откроем консульство",
            "",
        ),
        (
            "Президент Бразилии Луис Инасиу Лула да Силва провел переговоры с президентом "
            "Аргентины Хавьером Милеем. «Барьеры мешают нашим компаниям», — сказал эксперт.",
            "Барьеры мешают нашим компаниям",
            "",
        ),
        (
            "Президент Бразилии Луис Инасиу Лула да Силва провел переговоры с президентом "
            "Аргентины Хавьером Милеем. «Барьеры мешают компаниям», — отметил источник в "
            "правительстве.",
            "Барьеры мешают компаниям",
            "",
        ),
        (
            "Президент Кении Уильям Руто выступил в парламенте. «Мы против этого договора», — "
            "заявил лидер оппозиции.",
            "Мы против этого договора",
            "",
        ),
        (
            "Президент Вьетнама То Лам прибыл в Джакарту. «Мы рассчитываем на рост инвестиций», "
            "— сказал глава индонезийского правительства.",
            "Мы рассчитываем на рост инвестиций",
            "",
        ),
        (
            "Президент Бразилии Луис Инасиу Лула да Силва провел переговоры с президентом "
            "Аргентины Хавьером Милеем. «Мы обсудили торговлю и энергетику», — сообщили "
            "дипломаты.",
            "Мы обсудили торговлю и энергетику",
            "",
        ),
    ],
)
def test_describing_noun_is_the_person_named_before(context, text, quoted, speaker):
    ctx = context(text)
    name = _name(ctx, _speaker(ctx, quoted))
    assert (speaker in name and bool(name)) if speaker else name == ""


def test_describing_noun_after_colon_is_the_last_speaker(context):
    ctx = context(
        "Представитель полиции Кении Джеймс Оньянго подтвердил эту информацию:\n"
        "Задержанный бежал через окно камеры.\n"
        "Чиновник добавил:\n"
        "Согласно документам, задержанный склонен к побегу."
    )
    assert "Оньянго" in _name(ctx, _speaker(ctx, "Согласно документам, задержанный склонен"))
