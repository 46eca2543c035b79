"""Regenerates `kg/resolve/office_titles.tsv`, the open class of offices and professions a
title before or after a name may give ("посол", "заместитель министра обороны",
"пресс-секретарь", "генеральный директор"), from the NEREL Wikidata links table.

The table (`../shared/sources/nerel_wikidata_links.tsv`, NEREL-v1.1 training split) lists,
for every PROFESSION item the annotators linked, the forms Russian news used for it. Each
form is read on its own: its words' lemmas (as kg's pipeline lemmatizes them, so a text
matches on `token.lemma_`) and its nominative ("министром иностранных дел" →
"министр иностранных дел"). The item's canonical name is not used: annotators put
"депутат" under "член парламента" and "начальник" under "президент". A form is kept (as
are the diplomatic ranks listed below, read the same way) when:

- it is one to four lower-case Cyrillic words (capitals after the first word are a state
  or a person: "президент США" is "президент" + a state, which the title finder reads);
- no word is a state adjective or a pronoun ("российский президент", "его");
- its head (the first noun) is, in its most likely reading, an animate noun, a person:
  "защиты", "политика" are not titles even where annotators linked them;
- its head is not one of the kinship and generic person words below, which stand before
  names without being offices.

The head of a two-word form whose complement is itself an office ("заместитель
начальника") is an office alone too: "заместитель министра обороны" is read as
"заместитель" governing the title "министра обороны".

Run by hand (`python -m kg.data.build_offices [--source TSV]`); the runtime only reads the
generated file (through `kg.lexicon`). The output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.data.shared import shared
from kg.gazetteer import Gazetteer
from kg.nlp.morph import Parse, morph
from kg.resolve.org_naming import STATE_BODIES

if TYPE_CHECKING:
    from spacy.tokens import Doc

HERE = Path(__file__).parent
OUT = HERE.parent / "resolve" / "office_titles.tsv"
_FORM = re.compile(r"[а-яё]+(-[а-яё]+)*( [а-яё]+(-[а-яё]+)*){0,3}")
# Person words that are not offices: a kinship, an age, a role in one event, a fortune
# ("миллиардер Илон Маск" holds no post).
_NOT_OFFICES = frozenset(
    [
        "человек",
        "люди",
        "житель",
        "гражданин",
        "друг",
        "подруга",
        "сын",
        "дочь",
        "отец",
        "мать",
        "брат",
        "сестра",
        "жена",
        "муж",
        "вдова",
        "ребёнок",
        "ребенок",
        "мальчик",
        "девочка",
        "парень",
        "девушка",
        "мужчина",
        "женщина",
        "пенсионер",
        "участник",
        "очевидец",
        "свидетель",
        "жертва",
        "пострадавший",
        "погибший",
        "заложник",
        "пленный",
        "военнопленный",
        "подозреваемый",
        "обвиняемый",
        "задержанный",
        "осуждённый",
        "осужденный",
        "преступник",
        "убийца",
        "террорист",
        "боевик",
        "сторонник",
        "противник",
        "автор",
        "герой",
        "лауреат",
        "победитель",
        "кандидат",
        "гость",
        "фанат",
        "болельщик",
        "коллега",
        "сосед",
        "знакомый",
        "родственник",
        "ветеран",
        "звезда",
        "модель",
        "классик",
        "донна",
        "турист",
        "пассажир",
        "школьник",
        "студент",
        "студентка",
        "беженец",
        "паломник",
        "миллиардер",
        "миллионер",
        "мультимиллионер",
        "шейх",  # a form of address: "Президент ОАЭ шейх Мухаммед" is the president
        "сэр",  # a knight's form of address: "музыкант сэр Пол Маккартни" is the musician
    ]
)
# Diplomatic ranks, which the table's training split happens not to name, though news about
# relations between states names them daily ("вызвала временного поверенного в делах").
_DIPLOMATIC_RANKS = (
    "консул",
    "генеральный консул",
    "генконсул",
    "вице-консул",
    "посланник",
    "поверенный в делах",
    "временный поверенный в делах",
    "временный поверенный",
    "атташе",
    "военный атташе",
    "советник-посланник",
    "постоянный представитель",
)
# Posts of government the table's training split lacks as one title, which news names
# before officials of any state: without them the office reads cut short ("руководитель").
_GOVERNMENT_POSTS = (
    "руководитель аппарата",
    "глава аппарата",
    "уполномоченный по правам человека",
    "начальник генштаба",
    "начальник генерального штаба",
    # a central bank's or a fund's head ("управляющий Центральным банком Мексики X",
    # "управляющий фонда"), named so before any state's (h-offices43)
    "управляющий",
    "управляющий директор",
    "управляющий партнер",
    # a state's trade envoy ("Торговый представитель США X", "торгпред России"), a post
    # the table's training split lacks (h-offices46)
    "торговый представитель",
    "торгпред",
    # a ministry's senior civil servant in the Commonwealth's and Africa's governments
    # ("постоянный секретарь министерства иностранных дел Кении X"), no "секретарь"
    "постоянный секретарь",
    # the head of a region or a city of Kazakhstan or Kyrgyzstan ("аким Алматы X"), and of
    # Uzbekistan ("хоким Самарканда X"; h-names159)
    "аким",
    "хоким",
)
# Participles news uses as a person's noun that the dictionary marks as no noun (no
# "Subx", as it does "поверенный"): "Уполномоченный по правам человека Грузии", the
# ombudsman, whose title would otherwise read as no office at all.
_SUBSTANTIVES = frozenset(["уполномоченный"])
# Posts of a union's commission and envoys, which news writes before names of any state or
# union and the table's training split lacks ("Еврокомиссар по вопросам торговли Валдис
# Домбровскис", "спецпосланник президента США Стив Уиткофф"): without them the person
# holds no office.
_ENVOY_POSTS = (
    "комиссар",
    "верховный комиссар",
    "верховный представитель",
    "еврокомиссар",
    "евродепутат",
    "спецпосланник",
    "специальный посланник",
    "спецпредставитель",
    "специальный представитель",
)
# Seats on a company's, bank's or party's governing board, which the table's training split
# has only as "член совета директоров" ("член правления Банка Эстонии X", "член наблюдательного
# совета компании «X»"): without them the member holds no office (h-offices53).
_BOARD_MEMBERS = (
    "член правления",
    "член наблюдательного совета",
    "член попечительского совета",
    "член президиума",
    "член политбюро",
)
# Monarchs' titles the table's training split lacks, though news names these heads of state
# on every visit ("Султан Омана Хейсам бен Тарик", "Великий герцог Люксембурга Анри"):
# without them the monarch holds no office, or only "герцог".
_MONARCHS = ("султан", "великий герцог", "великая герцогиня", "наследная принцесса")
# Heads of churches the table's training split lacks (it has "патриарх", "предстоятель"),
# which news writes before their names on every visit ("Первосвятитель Болгарской
# православной церкви патриарх Неофит", "Католикос всех армян Гарегин II"): without them
# the title is read as a first name ("Первосвятитель Неофит" a person of its own).
_CLERGY = ("первосвятитель", "католикос", "верховный патриарх")
# Class ranks of prosecutors and other services, which news writes before a name as it
# does a general's ("государственный советник юстиции 2-го класса Иван Сидоров"): read
# whole, not as "советник", an adviser the ranked person is not.
_CLASS_RANKS = tuple(
    f"{grade}советник {service}"
    for grade in ("", "младший ", "старший ", "государственный ", "действительный государственный ")
    for service in ("юстиции", "налоговой службы", "таможенной службы")
)
# Bodies and places one holder heads one of: a plural of them after a title is the title's
# plural ("главы городов"), not the office's.
_ONE_HEADED = STATE_BODIES | {"город", "регион", "область", "штаб", "школа", "компания"}
HEADER = """# Offices and professions a title names, as kg.resolve.titles matches them: the lemmas
# of the title's words (space-separated, as kg's pipeline lemmatizes them), then the office as
# stored, nominative and lower case. Generated by kg/data/build_offices.py from the NEREL
# Wikidata links table (PROFESSION items): do not edit by hand, edit the script's rules.
"""


def _reading(word: str, before: str = "") -> list:
    """The word's readings, most likely first, as a title's word reads: never a short
    adjective ("керамиста" is the ceramist's, not "керамистый"), and an animate noun first
    where it is as likely as the best reading ("нападающий" the forward, not attacking) or
    where it alone agrees with the masculine adjective before it ("городской голова", the
    city's head, not "голова" the body's part)."""
    parses = [p for p in morph().parse(word) if p.tag.POS != "ADJS"]
    best = parses[0].score if parses else 0.0
    animate = [p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag]
    noun = next((p for p in animate if p.score >= best), None)
    noun = noun or next((p for p in animate if _masculine_agreed(p, before)), None)
    return [noun, *(p for p in parses if p is not noun)] if noun else parses


def _masculine_agreed(noun: Parse, before: str) -> bool:
    """A common-gender noun's reading ("голова" of "городской голова") that a masculine
    adjective before it agrees with, in its case, where its feminine reading is the likelier."""
    return "ms-f" in noun.tag.grammemes and any(
        p.tag.POS == "ADJF" and p.tag.gender == "masc" and p.tag.case == noun.tag.case
        for p in (morph().parse(before) if before else [])
    )


def _head(words: list[str]) -> int | None:
    """Index of the first noun of the form: the office's head ("генерального директора"); a
    participle used as a noun is one ("временный поверенный в делах", "управляющий")."""
    for i, word in enumerate(words):
        parses = _reading(word, words[i - 1] if i else "")
        if parses and (parses[0].tag.POS == "NOUN" or _substantive(parses[0])):
            return i
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            return None  # neither noun nor adjective before the head: not a title
    return None


def _substantive(parse: Parse) -> bool:
    """A participle used as a person's noun, marked so by the dictionary or listed."""
    return "Subx" in parse.tag or parse.normal_form in _SUBSTANTIVES


def _animate(word: str, before: str = "") -> bool:
    """Its most likely reading is an animate noun: "премьера" is a première, not a premier;
    or a participle used as a noun with an animate accusative ("поверенного")."""
    parses = _reading(word, before)
    if parses and parses[0].normal_form in _SUBSTANTIVES:
        return True
    if parses and "Subx" in parses[0].tag:
        accusative = morph().inflect(word, {"accs", "sing", "masc"})
        return any("anim" in p.tag and "accs" in p.tag for p in morph().parse(accusative))
    return bool(parses) and parses[0].tag.POS == "NOUN" and "anim" in parses[0].tag


def keep(form: str, state_adjectives: frozenset[str]) -> tuple[list[str], int] | None:
    """The form's words and the index of its head, when it reads as an office title."""
    if not _FORM.fullmatch(form):
        return None
    words = form.split()
    head = _head(words)
    if head is None or not _animate(words[head], words[head - 1] if head else ""):
        return None
    lemmas = [morph().normal_form(w) for w in words]
    if lemmas[head] in _NOT_OFFICES or any(lemma in state_adjectives for lemma in lemmas):
        return None
    if lemmas[head] == "исполнять":
        return None  # "исполняющий обязанности президента": kg.resolve.titles reads the acting
    if any(p.tag.POS == "NPRO" for w in words for p in morph().parse(w)[:1]):
        return None
    return words, head


def nominative(words: list[str], head: int) -> str:
    """The head and the adjectives before it in the nominative singular (the adjectives of
    the head's gender: masculine, as offices are listed, but "первая леди" of a feminine
    head), the complement after it as written ("министр иностранных дел"), but for a plural
    body or place opening it, which a plural title gave ("главы городов", "председатель
    советов директоров"): one holder heads one city, one board ("деятель искусств" stays)."""
    reading = _reading(words[head], words[head - 1] if head else "")[0]
    form = reading.inflect({"nomn", "sing"})
    noun = form.word.replace("ё", "е") if form is not None else words[head]
    compound = morph().compound_lemma(words[head]) if words[head].islower() else ""
    if compound and noun.endswith(compound.rsplit("-", 1)[-1]):
        noun = compound  # "автору-исполнитель", the table's slip: both parts decline
    common = "ms-f" in reading.tag.grammemes  # "городской голова": the adjective's masculine
    gender = "femn" if morph().parse(noun)[0].tag.gender == "femn" and not common else "masc"
    out = [morph().inflect(w, {"nomn", "sing", gender}) for w in words[:head]]
    out.append(noun)
    rest = words[head + 1 :]
    if rest:
        parse = morph().parse(rest[0])[0]
        if {"plur", "gent"} <= parse.tag.grammemes and parse.normal_form in _ONE_HEADED:
            rest = [morph().inflect(rest[0], {"gent", "sing"}), *rest[1:]]
        elif _no_genitive(rest[0]):
            # "Члены парламенты", the table's slip: a noun complement is a genitive
            rest = [morph().inflect(rest[0], {"gent", "sing"}), *rest[1:]]
    return " ".join(out + rest).replace("ё", "е")


def _no_genitive(word: str) -> bool:
    """A noun complement that reads only as a nominative or accusative plural, never a
    genitive ("парламенты" of the table's "Члены парламенты", the plural spilt over from the
    head): the form is a slip, the complement's genitive singular meant. Not an instrumental
    complement ("командующий войсками") nor a noun in apposition ("управляющий партнер")."""
    parses = morph().parse(word)
    return (
        bool(parses)
        and all(p.tag.POS == "NOUN" and "plur" in p.tag for p in parses)
        and any("nomn" in p.tag for p in parses)
        and not any("gent" in p.tag or "ablt" in p.tag for p in parses)
    )


def _masculine(office: str, lemma: str) -> str:
    """The masculine of a one-word office declined as an adjective, where the pipeline's
    lemma spells it ("радиоведущая" → "радиоведущий"): offices are listed masculine, and a
    man named "телеведущий" must not get the feminine the table happened to list first."""
    if " " not in office and office.endswith("ая") and lemma[:-2] == office[:-2]:
        return lemma if lemma[-2:] in ("ий", "ый", "ой") else office
    return office


def _lemmatized(texts: Iterable[str]) -> Iterator[Doc]:
    """The texts through the pipeline's tagger and lemmatizer, the components a token's
    lemma depends on (`pymorphy_lemmatizer` reads the tagger's POS and morphology alone):
    the parser and NER were over half of the generator's CPU, which its test pays."""
    from kg.nlp.pipeline import build_pipeline

    nlp = build_pipeline(())
    with nlp.select_pipes(enable=["natasha_morph", "pymorphy_lemmatizer"]):
        yield from nlp.pipe(texts)


def rows(source: Path) -> list[tuple[str, str]]:
    gaz = Gazetteer.load()
    adjectives = frozenset(a for s in gaz.states for a in s.adjectives)
    forms: dict[str, tuple[list[str], int]] = {}
    with source.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["type"] != "PROFESSION":
                continue
            for raw in row["surface_forms"].split(" | "):
                form = raw.strip()
                form = form[:1].lower() + form[1:]
                kept = keep(form, adjectives)
                if kept is not None:
                    forms[form] = kept
    listed = (*_DIPLOMATIC_RANKS, *_GOVERNMENT_POSTS, *_ENVOY_POSTS, *_MONARCHS, *_CLASS_RANKS,
              *_BOARD_MEMBERS)  # fmt: skip
    for form in (*listed, *_CLERGY):
        if (kept := keep(form, adjectives)) is not None:
            forms.setdefault(form, kept)
    out: dict[str, str] = {}
    for form, doc in zip(forms, _lemmatized(forms), strict=True):
        words, head = forms[form]
        key = " ".join(t.lemma_.replace("ё", "е") for t in doc)
        if len(doc) == len(words):
            out.setdefault(key, _masculine(nominative(words, head), key))
    # "заместитель начальника": an office whose complement is an office is an office
    # of whoever holds that one ("заместитель министра обороны"), so its head stands alone.
    for key, office in list(out.items()):
        lemmas, words = key.split(), office.split()
        if (
            len(lemmas) == 2 == len(words)
            and lemmas[1] in out
            and lemmas[0] not in out
            and _head(words) == 0
        ):
            out[lemmas[0]] = words[0]
    out.update(_first_deputies(out))
    return sorted(out.items())


def _first_deputies(out: dict[str, str]) -> dict[str, str]:
    """The first deputy of each one-word deputy's office ("первый вице-премьер", "первый
    вице-спикер"), which the table lists for some only: the rank is part of the office, so
    that a first deputy is not shown as one of the other deputies; not a diplomatic rank
    ("вице-консул")."""
    return {
        f"первый {key}": f"первый {office}"
        for key, office in out.items()
        if key.startswith("вице-") and " " not in key and office not in _DIPLOMATIC_RANKS
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = shared("sources", "nerel_wikidata_links.tsv")
    parser.add_argument("--source", type=Path, default=default, help="the links table")
    args = parser.parse_args()
    table = rows(args.source)
    OUT.write_text(HEADER + "".join(f"{k}\t{v}\n" for k, v in table), encoding="utf-8")
    print(f"{OUT.name}: {len(table)} rows")


if __name__ == "__main__":
    main()
