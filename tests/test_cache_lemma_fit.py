"""The lemmatizer's choice among pymorphy3's readings works out each reading's fit once
(forty-third pass, h-perf88): the time changes, never a lemma. `Morph._lemma` is compared
with the choice as written before (`max` by fit, then the readings that tie with it), on
every word of a text of our own under every part of speech and case the tagger writes."""

from __future__ import annotations

from spacy.language import Language

from kg.nlp.morph import _PROPER, UD_CASE, UD_POS, Parse, morph

TEXT = (
    "Министр иностранных дел Чили заявил, что стали известны условия соглашения с Перу. "
    "Посол Эстонии в Риге передал ноту о газе и статей договора. Делегация Египта "
    "прибыла в Анкару; стороны обсудили поставки стали и меди. Премьер-министр Канады "
    "встретился с президентом Мексики, а Латвия и Эстония провели учения."
)


def _lemma_as_before(word: str, pos: str, case: str) -> str:
    m = morph()
    parses = m.parse(word)
    if not parses:
        return word.lower()
    wanted = UD_POS.get(pos)
    grammeme = UD_CASE.get(case)
    if len(parses) == 1 or not (wanted or grammeme):
        return parses[0].normal_form
    common = word.islower()

    def fit(p: Parse) -> tuple[int, bool]:
        grammemes = p.tag.grammemes
        score = 2 if wanted and not wanted.isdisjoint(grammemes) else 0
        score = score + 1 if grammeme in grammemes else score
        return score, common and _PROPER.isdisjoint(grammemes)

    best = max(parses, key=fit)
    tied = [p for p in parses if fit(p) == fit(best) and p.score == best.score]
    if not common or len({p.normal_form for p in tied}) < 2:
        return best.normal_form
    return max(tied, key=lambda p: m._own_reading(p)).normal_form


def test_lemma_alike_with_each_fit_once(nlp: Language) -> None:
    doc = nlp(TEXT)
    words = {t.text for t in doc if t.is_alpha} | {t.lower_ for t in doc if t.is_alpha}
    words |= {"стали", "статей", "газе", "Газа", "мира", "мире", "сорок"}
    asked = 0
    for word in sorted(words):
        for pos in ("", "NOUN", "VERB", "ADJ", "PROPN", "NUM"):
            for case in ("", "Nom", "Gen", "Dat", "Acc", "Ins", "Loc"):
                assert morph()._lemma(word, pos, case) == _lemma_as_before(word, pos, case)
                asked += 1
    assert asked > 1_000


def test_ties_keep_pymorphy_order() -> None:
    # "стали" is a noun and a verb: the tagger's tag picks one, neither by the order alone
    assert morph()._lemma("стали", "NOUN", "Gen") == "сталь"
    assert morph()._lemma("стали", "VERB", "") == "стать"
    # a lower-case word is no proper name ("о газе" is "газ", not the Gaza Strip's "Газа")
    assert morph()._lemma("газе", "NOUN", "Loc") == "газ"
