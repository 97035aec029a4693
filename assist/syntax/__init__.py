"""Syntax: sentences, clauses, dependency length, passives, open/closed questions, noun phrases."""

from __future__ import annotations

from assist.syntax.analyzer import BACKENDS, SyntaxAnalyzer
from assist.syntax.base import SentenceFacts, SyntaxBackend
from assist.syntax.null import NoSyntax
from assist.syntax.parse import ParseSyntax, ud_noun_chunks
from assist.syntax.result import NounPhrase, Passive, Question, SentenceSyntax, SyntaxResult
from assist.syntax.tags import TagSyntax, tag_noun_chunks

__all__ = [
    "BACKENDS",
    "NoSyntax",
    "NounPhrase",
    "ParseSyntax",
    "Passive",
    "Question",
    "SentenceFacts",
    "SentenceSyntax",
    "SyntaxAnalyzer",
    "SyntaxBackend",
    "SyntaxResult",
    "TagSyntax",
    "tag_noun_chunks",
    "ud_noun_chunks",
]
