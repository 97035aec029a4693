"""The interface every syntax backend implements, and the token-level facts it returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(slots=True)
class SentenceFacts:
    """What a backend read from one sentence, as token indices into its doc."""

    clauses: int | None = None
    max_dependency_length: int | None = None
    passives: list[tuple[int, int]] = field(default_factory=list)  # (auxiliary, participle)


class SyntaxBackend(Protocol):
    """Anything that reads clauses, passives and noun phrases from a spaCy doc."""

    name: str

    def sentence(self, sent: Span, lang: str) -> SentenceFacts:
        """Clause count, longest dependency and passives of one sentence."""
        ...

    def noun_phrases(self, doc: Doc, lang: str) -> list[tuple[int, int]]:
        """Base noun phrases as (start, end) token indices, in order, not overlapping."""
        ...
