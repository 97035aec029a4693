from __future__ import annotations

from assist.syntax.negation import parse_negated
from assist.syntax.parse import clause_count, max_dependency_length, passives, ud_noun_chunks
from tests.syntax.built import doc

PART = "VerbForm=Part"

# "Mijn oudste zus werd gisteren door de nieuwe huisarts Jan de Vries doorverwezen ."
NL_PASSIVE = doc("nl", [
    ("Mijn", 2, "nmod:poss", "PRON", "Poss=Yes"),
    ("oudste", 2, "amod", "ADJ", ""),
    ("zus", 12, "nsubj:pass", "NOUN", ""),
    ("werd", 12, "aux:pass", "AUX", "VerbForm=Fin"),
    ("gisteren", 12, "advmod", "ADV", ""),
    ("door", 8, "case", "ADP", ""),
    ("de", 8, "det", "DET", ""),
    ("nieuwe", 8, "amod", "ADJ", ""),
    ("huisarts", 12, "obl:agent", "NOUN", ""),
    ("Jan", 8, "appos", "PROPN", ""),
    ("de", 9, "flat", "PROPN", ""),
    ("Vries", 9, "flat", "PROPN", ""),
    ("doorverwezen", 12, "ROOT", "VERB", PART),
    (".", 12, "punct", "PUNCT", ""),
])

# "I think that the really long night shifts are ruining my sleep ."
EN_CLAUSES = doc("en", [
    ("I", 1, "nsubj", "PRON", ""),
    ("think", 1, "ROOT", "VERB", "VerbForm=Fin"),
    ("that", 9, "mark", "SCONJ", ""),
    ("the", 7, "det", "DET", ""),
    ("really", 5, "advmod", "ADV", ""),
    ("long", 7, "amod", "ADJ", ""),
    ("night", 7, "compound", "NOUN", ""),
    ("shifts", 9, "nsubj", "NOUN", ""),
    ("are", 9, "aux", "AUX", "VerbForm=Fin"),
    ("ruining", 1, "ccomp", "VERB", "VerbForm=Part"),
    ("my", 11, "nmod:poss", "PRON", "Poss=Yes"),
    ("sleep", 9, "obj", "NOUN", ""),
    (".", 1, "punct", "PUNCT", ""),
])


def test_ud_noun_chunks_dutch_with_name_and_possessive() -> None:
    chunks = [NL_PASSIVE[s:e].text for s, e in ud_noun_chunks(NL_PASSIVE)]
    assert chunks == ["Mijn oudste zus", "de nieuwe huisarts", "Jan de Vries"]


def test_ud_noun_chunks_english_keeps_adverb_of_adjective_and_compound() -> None:
    chunks = [EN_CLAUSES[s:e].text for s, e in ud_noun_chunks(EN_CLAUSES)]
    assert chunks == ["the really long night shifts", "my sleep"]


def test_passive_auxiliary_and_participle_dutch() -> None:
    (aux, part), = passives(NL_PASSIVE[:])
    assert (NL_PASSIVE[aux].text, NL_PASSIVE[part].text) == ("werd", "doorverwezen")


def test_no_passive_in_active_sentence_english() -> None:
    assert passives(EN_CLAUSES[:]) == []


def test_clause_count_and_dependency_length() -> None:
    assert clause_count(EN_CLAUSES[:]) == 2  # think + ruining
    assert clause_count(NL_PASSIVE[:]) == 1
    # "zus" (2) -> "doorverwezen" (12): 10 words apart, the full stop left out
    assert max_dependency_length(NL_PASSIVE[:]) == 10
    assert max_dependency_length(EN_CLAUSES[:]) == 8  # "think" (1) -> "ruining" (9)


def test_parse_negation_scope_climbs_to_the_clause_but_not_out_of_it() -> None:
    # "I do n't feel sad , but I am angry ."
    d = doc("en", [
        ("I", 3, "nsubj", "PRON", ""),
        ("do", 3, "aux", "AUX", ""),
        ("n't", 3, "advmod", "PART", ""),
        ("feel", 3, "ROOT", "VERB", ""),
        ("sad", 3, "xcomp", "ADJ", ""),
        (",", 9, "punct", "PUNCT", ""),
        ("but", 9, "cc", "CCONJ", ""),
        ("I", 9, "nsubj", "PRON", ""),
        ("am", 9, "cop", "AUX", ""),
        ("angry", 3, "conj", "ADJ", ""),
        (".", 3, "punct", "PUNCT", ""),
    ])
    negators = frozenset({"n't", "not", "never"})
    assert parse_negated(d[4:5], negators)  # sad
    assert not parse_negated(d[9:10], negators)  # angry: another clause


def test_parse_negation_determiner_dutch() -> None:
    # "Ik voel geen schaamte ."
    d = doc("nl", [
        ("Ik", 1, "nsubj", "PRON", ""),
        ("voel", 1, "ROOT", "VERB", ""),
        ("geen", 3, "det", "DET", ""),
        ("schaamte", 1, "obj", "NOUN", ""),
        (".", 1, "punct", "PUNCT", ""),
    ])
    assert parse_negated(d[3:4], frozenset({"geen", "niet"}))
    assert not parse_negated(d[1:2], frozenset({"geen", "niet"}))
