"""Negation scope from a dependency parse: is a word or phrase under a negator?

A mention is negated when a negator ("not", "never", "geen", "niet", ...) is inside it, or
hangs off its head or off a word the head depends on, climbing through the words of the same
clause (and through infinitival complements: "I don't want to feel sad") but not out of it.
Measured against the window rule of the emotion-word backend in `benchmarks/syntax.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist.syntax.parse import CLAUSE_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NEGATING_DEPS = frozenset({"advmod", "det", "neg", "advmod:neg", "obj", "nsubj", "discourse", "aux", "cc:preconj"})
_STOP = CLAUSE_DEPS | {"conj", "ROOT", "root"}


def _has_negator(token: Token, negators: frozenset[str], skip: set[int]) -> bool:
    return any(
        c.i not in skip and c.dep_ in _NEGATING_DEPS and (c.lower_ in negators or c.lemma_.lower() in negators)
        for c in token.children
    )


def parse_negated(span: Span, negators: frozenset[str]) -> bool:
    """Whether the parsed `span` is in the scope of one of `negators` (lowercase words)."""
    if any(t.lower_ in negators for t in span):
        return True
    inside = {t.i for t in span}
    node = span.root
    for _ in range(len(span.sent)):
        if _has_negator(node, negators, inside):
            return True
        if node.head.i == node.i or node.dep_ in _STOP:
            return False
        node = node.head
    return False
