"""The interface of a term-grouping backend, and the per-term statistics it groups."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(slots=True)
class TermStats:
    """Everything gathered about one key term across the thread."""

    key: str  # the lemmatised term
    category: str | None  # taxonomy category; None for the client's own words
    weight: float  # taxonomy weight, or salience for the client's own words
    occurrences: list[tuple[int, int, int, str]] = field(default_factory=list)  # message, start, end, text
    forms: Counter[str] = field(default_factory=Counter)
    emphasis: int = 0

    @property
    def messages(self) -> frozenset[int]:
        """The messages the term occurs in."""
        return frozenset(o[0] for o in self.occurrences)


class TermGrouper(Protocol):
    """Anything that groups key terms into themes (each group becomes one theme)."""

    def group(self, terms: list[TermStats]) -> list[list[TermStats]]:
        """Return the groups; every term lands in at most one group."""
        ...
