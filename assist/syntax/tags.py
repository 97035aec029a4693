"""Syntax from part-of-speech tags and morphology alone, without a parser (faster).

- clauses: the number of finite verbs (at least 1); dependency length is not available;
- passives: English be/get + a past participle within a few words; Dutch worden/zijn and a
  participle in the same clause (between commas, conjunctions and subordinators), where
  zijn + the participle of a verb that forms its perfect with zijn ("ik ben gegaan") is active;
- noun phrases: a run of nouns or names with the determiners, possessives, numbers,
  adjectives and adverbs before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist.lang import read_words
from assist.syntax.base import SentenceFacts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_EN_AUX = frozenset({"be", "get"})
_NL_AUX = frozenset({"worden", "zijn"})
_EN_BETWEEN = frozenset({"ADV", "PART", "PRON"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_BEFORE_NOUN = frozenset({"DET", "NUM", "ADJ"})


def _participle(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Part" in token.morph.get("VerbForm", [])


def _finite(token: Token) -> bool:
    return "Fin" in token.morph.get("VerbForm", [])


def _en_passives(sent: Span) -> list[tuple[int, int]]:
    found = []
    tokens = list(sent)
    for k, t in enumerate(tokens):
        if t.lemma_.lower() not in _EN_AUX or t.pos_ not in ("AUX", "VERB"):
            continue
        for nxt in tokens[k + 1 : k + 5]:
            if _participle(nxt) and "Past" in nxt.morph.get("Tense", []):
                if nxt.lemma_.lower() != "be":  # "has been" is not yet the participle
                    found.append((t.i, nxt.i))
                    break
                continue
            if nxt.pos_ not in _EN_BETWEEN:
                break
    return found


def _nl_clauses(sent: Span) -> list[list[Token]]:
    clauses: list[list[Token]] = [[]]
    for t in sent:
        if t.is_punct or t.pos_ in ("CCONJ", "SCONJ"):
            clauses.append([])
        else:
            clauses[-1].append(t)
    return [c for c in clauses if c]


def active_perfect_with_zijn(aux_lemma: str, participle_lemma: str, has_agent: bool) -> bool:
    """Whether Dutch zijn + a participle is an active perfect ("is vertrokken"), not a passive.

    True for a verb that forms its perfect with zijn (`nl/zijn_verbs.txt`), unless a
    door-phrase names an agent.
    """
    return aux_lemma == "zijn" and not has_agent and participle_lemma in read_words("nl", "zijn_verbs.txt")


def _nl_passives(sent: Span) -> list[tuple[int, int]]:
    found = []
    for clause in _nl_clauses(sent):
        auxes = [t for t in clause if t.lemma_.lower() in _NL_AUX and t.pos_ in ("AUX", "VERB")]
        parts = [t for t in clause if _participle(t)]
        agent = any(t.lower_ == "door" for t in clause)
        for aux in auxes:
            for part in parts:
                if active_perfect_with_zijn(aux.lemma_.lower(), part.lemma_.lower(), agent):
                    continue
                found.append((aux.i, part.i))
                break
    return found


def tag_noun_chunks(doclike: Doc | Span) -> list[tuple[int, int]]:
    """Base noun phrases from tags: determiners/adjectives/numbers, then nouns or names."""
    tokens = list(doclike)
    chunks: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        if tokens[k].pos_ not in _NOMINAL or tokens[k].is_space or tokens[k].is_punct:
            k += 1
            continue
        end = k
        while end + 1 < len(tokens) and tokens[end + 1].pos_ in _NOMINAL and not tokens[end + 1].is_space:
            end += 1
        start = k
        floor = chunks[-1][1] if chunks else tokens[0].i
        while start - 1 >= 0 and tokens[start - 1].i >= floor:
            prev = tokens[start - 1]
            possessive = prev.pos_ == "PRON" and "Yes" in prev.morph.get("Poss", [])
            if prev.pos_ in _BEFORE_NOUN or possessive or (prev.pos_ == "ADV" and tokens[start].pos_ == "ADJ"):
                start -= 1
            else:
                break
        while start < k and tokens[start].pos_ == "ADV":
            start += 1
        chunks.append((tokens[start].i, tokens[end].i + 1))
        k = end + 1
    return chunks


class TagSyntax:
    """Syntax read from a tagger's output; needs part-of-speech tags and morphology."""

    name = "tags"

    def sentence(self, sent: Span, lang: str) -> SentenceFacts:
        """Finite-verb clause estimate and passives from tags."""
        clauses = max(1, sum(_finite(t) for t in sent))
        found = _nl_passives(sent) if lang == "nl" else _en_passives(sent)
        return SentenceFacts(clauses, None, found)

    def noun_phrases(self, doc: Doc, lang: str) -> list[tuple[int, int]]:
        """Noun phrases from tag patterns."""
        return tag_noun_chunks(doc)
