"""A short form of an office spelled out ("глава минфина" is "министр финансов", "генсек"
"генеральный секретарь"), itself or as another title's genitive complement, so one office
has one name whichever form the text used.

Split out of titles.py (sixty-seventh pass, h-names151) so that an acting holder's office
(kg.resolve.title_tenure) spells out its short form too."""

from __future__ import annotations

from functools import lru_cache

from kg.lexicon import load_dict
from kg.memory import NAMES_KEPT
from kg.nlp.morph import morph
from kg.resolve.title_lexicon import SHORT_OFFICES, Title, open_class_offices
from kg.resolve.title_words import contracted_deputy_title


def spelled_out(office: str) -> str:
    """The office a short form names, spelled out (`short_offices.tsv`): "глава минфина" is
    "министр финансов", "генсек" "генеральный секретарь"; a deputy's contracted title is
    "заместитель" and the genitive of the office spelled out ("замглавы МИД": "заместитель
    министра иностранных дел", "замминистра обороны": "заместитель министра обороны"). One
    office, one name, whichever form the text used (a rank before it stays: "первый
    замминистра финансов" is "первый заместитель министра финансов"); any other office as
    it is. "руководитель" of a ministry is its "глава" ("руководитель МИД": "министр
    иностранных дел"; h-names114)."""
    short = load_dict(SHORT_OFFICES)
    first, space, rest = office.partition(" ")
    if office.lower() in short:
        return short[office.lower()]
    if first.lower() == "руководитель" and f"глава {rest}".lower() in short:
        return short[f"глава {rest}".lower()]
    if rest and (first.lower(), "заместитель") in open_class_offices():  # "первый замминистра"
        return f"{first} {spelled_out(rest)}"
    deputy = contracted_deputy_title(first.lower(), open_class_offices())
    if not deputy:
        return office
    head = _deputy_head(deputy)
    full = spelled_out(f"{head}{space}{rest}")
    if full == f"{head}{space}{rest}":
        return f"заместитель {deputy.removeprefix('зам')}{space}{rest}"
    return f"заместитель {genitive_head(full)}"


def spelled_out_complement(title: Title, short: str, text: str) -> str:
    """A title's genitive words `text`, another title's complement, as its office spelled
    out (`spelled_out`) where they are a short form, `short` being them with the head in the
    nominative: "генсека" is "генерального секретаря", "главы МИД" "министра иностранных
    дел", so "Заместитель генсека АСЕАН" holds "заместитель генерального секретаря", as
    does a title read from a short form written out ("Заместитель главы Минфина": its office
    "министр финансов"), one office whichever form the text used; any other words as they
    are."""
    full = spelled_out(short) != short or title.office in load_dict(SHORT_OFFICES).values()
    # "пресс-секретарь премьера": the role's office by its one name ("премьер-министра"),
    # not a generic head's ("глава государства" says no office); pass forty-seven (h-offices59)
    full = full or bool(title.role and not title.generic and " " not in short != title.office)
    return genitive_head(title.office) if full else text


def _deputy_head(deputy: str) -> str:
    """The office a contracted deputy's title ("замглавы") is the deputy of: "глава"."""
    parse = next(p for p in morph().parse(deputy.removeprefix("зам")) if p.tag.POS == "NOUN")
    return parse.normal_form.replace("ё", "е")


@lru_cache(maxsize=NAMES_KEPT)
def genitive_head(office: str) -> str:
    """An office with its head and the adjectives before it in the genitive, its complement
    as it is: "генеральный секретарь" → "генерального секретаря", "министр иностранных дел"
    → "министра иностранных дел". Kept per office: the offices' aides ask the same few
    offices again and again (904 calls, 7 offices, in a 100-document NEREL build), each
    ~35 µs of pymorphy3's inflection (fifty-ninth pass, h-perf60)."""
    words = office.split()
    out = []
    for n, word in enumerate(words):
        noun = any(p.tag.POS == "NOUN" for p in morph().parse(word)[:1])
        out.append(morph().inflect(word, {"gent", "sing"}))
        if noun:
            return " ".join(out + words[n + 1 :])
    return office
