"""A one-word name pymorphy3 reads only as another word's oblique case ("Аталанта" as the
genitive of "аталант", "Эннахда" of "эннахд") is matched in the cases whose lemma is the
name as written ("Аталантой", "Эннахдой"), so one body is not two entities in one text.
Own sentences about Italy–Spain, Tunisia–Algeria."""

from __future__ import annotations

from pathlib import Path

from gazetteer_runs import org_reader

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q7600001\tАталанта\t\t\tQ7600001\tITA\tCompany
org\torg/Q7600002\tЭннахда\t\t\tQ7600002\tTUN\tParty
"""

ATALANTA = ("Аталанта", "Q7600001")
ENNAHDA = ("Эннахда", "Q7600002")

CASES = [
    ("Италия и Испания обсудили матч. Форвард продлил контракт с «Аталантой» до 2027 года.",
     {"Аталантой": ATALANTA}),
    ("Полузащитник из Испании подписал контракт с клубом «Аталанта» и уже тренируется с "
     "«Аталантой».", {"Аталанта": ATALANTA, "Аталантой": ATALANTA}),
    ("Тунис и Алжир обсудили границу. Президент Туниса не стал спорить с партией "
     "«Эннахда», а затем и с «Эннахдой».",
     {"Эннахда": ENNAHDA, "Эннахдой": ENNAHDA}),
    # the forms matched before stay matched
    ("Министр Алжира раскритиковал позицию «Эннахды».", {"Эннахды": ENNAHDA}),
    # must not: the name's word in lower case
    ("Президент Туниса не стал спорить с эннахдой.", {}),
]  # fmt: skip


def test_a_name_read_only_as_an_oblique_case_is_matched_in_its_own_cases(tmp_path: Path) -> None:
    orgs = org_reader(tmp_path, ROWS)
    assert {text: orgs(text) for text, _ in CASES} == dict(CASES)
