"""Syntax from a dependency parse (Universal Dependencies labels, or spaCy's English ones).

- clauses: the sentence root plus every head of a clausal dependent (adverbial, complement,
  relative, subject clause, parataxis) and every coordinated verb with its own subject;
  infinitival complements ("wants to go", "probeert te slapen") do not count as clauses;
- dependency length: distance in words between a word and its head, punctuation left out;
- passives: a passive auxiliary (UD `aux:pass`: be/get, worden/zijn) and its participle;
- noun phrases: a noun or name with its determiners, possessives, numbers, adjectives (and
  their adverbs) and compound nouns on the left, and the rest of a multi-word name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from assist.syntax.base import SentenceFacts
from assist.syntax.tags import active_perfect_with_zijn

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CLAUSE_DEPS = frozenset(
    {"advcl", "ccomp", "csubj", "csubj:pass", "csubjpass", "acl", "acl:relcl", "relcl", "parataxis"}
)
PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl"})
_LEFT = frozenset({"det", "det:poss", "det:predet", "nmod:poss", "poss", "amod", "nummod", "compound", "nn"})
_NAME_PARTS = frozenset({"flat", "flat:name", "compound", "fixed"})
_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def is_clause_head(token: Token) -> bool:
    """Whether `token` heads a clause of its sentence (see the module docstring)."""
    dep = token.dep_
    if token.head.i == token.i or dep in CLAUSE_DEPS:
        return True
    if dep == "conj" and token.head.i != token.i:
        return token.pos_ in _VERBAL or any(c.dep_ in _SUBJECTS for c in token.children)
    return False


def clause_count(sent: Span) -> int:
    """The number of clauses of a parsed sentence (at least 1)."""
    return max(1, sum(is_clause_head(t) for t in sent if not (t.is_space or t.is_punct)))


def max_dependency_length(sent: Span) -> int:
    """The longest head-dependent distance in words, punctuation left out (0 for one word)."""
    position: dict[int, int] = {}
    for t in sent:
        if not t.is_punct and not t.is_space:
            position[t.i] = len(position)
    longest = 0
    for t in sent:
        if t.i in position and t.head.i in position:
            longest = max(longest, abs(position[t.i] - position[t.head.i]))
    return longest


def passives(sent: Span) -> list[tuple[int, int]]:
    """(auxiliary, participle) token indices of the passives of a parsed sentence."""
    return [(t.i, t.head.i) for t in sent if t.dep_ in PASSIVE_AUX and t.head.i != t.i]


def dutch_passives(sent: Span) -> list[tuple[int, int]]:
    """Passives of a parsed Dutch sentence: the parse's labels, checked against the verb.

    A passive auxiliary, or a form of worden or zijn that the small parser labelled a plain
    auxiliary of a participle ("ben ... ontslagen"), makes a passive; zijn + the participle of a
    verb that forms its perfect with zijn ("is vertrokken") is active unless a door-phrase names
    an agent. Measured against the labels alone in benchmarks/syntax.py.
    """
    found = []
    for t in sent:
        head = t.head
        aux = t.lemma_.lower()
        if head.i == t.i:
            continue
        agent = any(c.dep_ == "obl:agent" or c.lower_ == "door" for c in head.children)
        active = active_perfect_with_zijn(aux, head.lemma_.lower(), agent)
        if t.dep_ in PASSIVE_AUX:
            if not active:
                found.append((t.i, head.i))
        elif t.dep_ == "aux" and aux in ("worden", "zijn") and not active:
            if "Part" in head.morph.get("VerbForm", []):
                found.append((t.i, head.i))
    return found


def _contiguous_left(token: Token, left: int) -> int:
    """Move `left` right past any word in [left, token) that does not hang under `token`."""
    for i in range(token.i - 1, left - 1, -1):
        word = token.doc[i]
        if not (word.i == token.i or token.is_ancestor(word)):
            return i + 1
    return left


def ud_noun_chunks(doclike: Doc | Span) -> list[tuple[int, int]]:
    """Base noun phrases of a UD-parsed doc or span as (start, end) token indices."""
    doc = doclike.doc
    found: list[tuple[int, int]] = []
    for token in doclike:
        if token.pos_ not in _NOMINAL or token.is_space or token.is_punct:
            continue
        if token.dep_ in _NAME_PARTS and token.head.pos_ in _NOMINAL and token.head.i != token.i:
            continue  # part of a larger name or compound
        left = token.i
        for child in token.lefts:
            if child.dep_ in _LEFT:
                left = min(left, child.left_edge.i)
        left = _contiguous_left(token, left)
        right = token.i
        for child in token.rights:
            if child.dep_ in _NAME_PARTS and child.i == right + 1:
                right = child.right_edge.i
        while left < token.i and (doc[left].is_space or doc[left].is_punct):
            left += 1
        found.append((left, right + 1))
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    chunks: list[tuple[int, int]] = []
    for start, end in found:
        if not chunks or start >= chunks[-1][1]:
            chunks.append((start, end))
    return chunks


def ud_noun_chunk_iterator(doclike: Doc | Span) -> Iterator[tuple[int, int, int]]:
    """`ud_noun_chunks` in the form spaCy's `Doc.noun_chunks` expects (start, end, label)."""
    label = doclike.doc.vocab.strings.add("NP")
    for start, end in ud_noun_chunks(doclike):
        yield start, end, label


def is_ud_parse(doc: Doc) -> bool:
    """Whether the doc's parser speaks Universal Dependencies (not spaCy's English labels)."""
    return any(":" in t.dep_ or t.dep_ in ("obj", "obl", "root") for t in doc)


class ParseSyntax:
    """Syntax read from a dependency parse; needs a pipeline with a parser."""

    name = "parse"

    def sentence(self, sent: Span, lang: str) -> SentenceFacts:
        """Clause count, longest dependency and passives from the parse."""
        found = dutch_passives(sent) if lang == "nl" else passives(sent)
        return SentenceFacts(clause_count(sent), max_dependency_length(sent), found)

    def noun_phrases(self, doc: Doc, lang: str) -> list[tuple[int, int]]:
        """UD noun chunks; spaCy's own iterator for an English pipeline with its own labels."""
        if len(doc) == 0:
            return []
        if lang == "en" and not is_ud_parse(doc):
            return [(c.start, c.end) for c in doc.noun_chunks if c.root.pos_ in _NOMINAL]
        return ud_noun_chunks(doc)
