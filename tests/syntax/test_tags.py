from __future__ import annotations

from assist.syntax.tags import TagSyntax, tag_noun_chunks
from tests.syntax.built import doc

PART = "Tense=Past|VerbForm=Part"
TAGS = TagSyntax()


def test_english_be_plus_participle_is_passive_adjective_is_not() -> None:
    # "I was fired and I am tired ."
    d = doc("en", [
        ("I", 2, "nsubj:pass", "PRON", ""),
        ("was", 2, "aux:pass", "AUX", "VerbForm=Fin"),
        ("fired", 2, "ROOT", "VERB", PART),
        ("and", 6, "cc", "CCONJ", ""),
        ("I", 6, "nsubj", "PRON", ""),
        ("am", 6, "cop", "AUX", "VerbForm=Fin"),
        ("tired", 2, "conj", "ADJ", ""),
        (".", 2, "punct", "PUNCT", ""),
    ])
    d[1].lemma_ = d[5].lemma_ = "be"
    facts = TAGS.sentence(d[:], "en")
    assert facts.passives == [(1, 2)]
    assert facts.clauses == 2  # two finite verbs
    assert facts.max_dependency_length is None


def test_dutch_zijn_with_an_active_perfect_verb_is_not_passive() -> None:
    # "Hij is vertrokken , maar ik ben ontslagen ."
    d = doc("nl", [
        ("Hij", 2, "nsubj", "PRON", ""),
        ("is", 2, "aux", "AUX", "VerbForm=Fin"),
        ("vertrokken", 2, "ROOT", "VERB", "VerbForm=Part"),
        (",", 7, "punct", "PUNCT", ""),
        ("maar", 7, "cc", "CCONJ", ""),
        ("ik", 7, "nsubj:pass", "PRON", ""),
        ("ben", 7, "aux:pass", "AUX", "VerbForm=Fin"),
        ("ontslagen", 2, "conj", "VERB", "VerbForm=Part"),
        (".", 2, "punct", "PUNCT", ""),
    ])
    d[2].lemma_ = "vertrekken"
    d[1].lemma_ = d[6].lemma_ = "zijn"
    d[7].lemma_ = "ontslaan"
    assert TAGS.sentence(d[:], "nl").passives == [(6, 7)]


def test_dutch_participle_before_worden_in_subordinate_clause() -> None:
    # "omdat hij opgenomen werd"
    d = doc("nl", [
        ("omdat", 2, "mark", "SCONJ", ""),
        ("hij", 2, "nsubj:pass", "PRON", ""),
        ("opgenomen", 2, "ROOT", "VERB", "VerbForm=Part"),
        ("werd", 2, "aux:pass", "AUX", "VerbForm=Fin"),
    ])
    d[3].lemma_ = "worden"
    assert TAGS.sentence(d[:], "nl").passives == [(3, 2)]


def test_tag_noun_chunks() -> None:
    # "m'n heel oude auto en Jan"
    d = doc("nl", [
        ("m'n", 3, "nmod:poss", "PRON", "Poss=Yes"),
        ("heel", 2, "advmod", "ADV", ""),
        ("oude", 3, "amod", "ADJ", ""),
        ("auto", 3, "ROOT", "NOUN", ""),
        ("en", 5, "cc", "CCONJ", ""),
        ("Jan", 3, "conj", "PROPN", ""),
    ])
    assert [d[s:e].text for s, e in tag_noun_chunks(d)] == ["m'n heel oude auto", "Jan"]
