"""Grouping backends: taxonomy category plus message co-occurrence, or taxonomy only."""

from __future__ import annotations

from collections.abc import Callable

from assist.themes.base import TermStats


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


class CooccurrenceGrouping:
    """Group by taxonomy category, and by shared messages for the client's own words.

    An own word joins the category whose messages it shares (all of its messages are the
    category's, Jaccard >= `join`, at least two), or groups with other own words that share
    their messages ("deadline", "Marco" both in messages 1, 3 and 4).
    """

    def __init__(self, *, join: float = 0.5, merge: float = 0.6, min_shared: int = 2) -> None:
        self.join = join
        self.merge = merge
        self.min_shared = min_shared

    def group(self, terms: list[TermStats]) -> list[list[TermStats]]:
        """Return the groups (see the class docstring)."""
        by_category: dict[str, list[TermStats]] = {}
        own: list[TermStats] = []
        for term in terms:
            if term.category is None:
                own.append(term)
            else:
                by_category.setdefault(term.category, []).append(term)
        cat_messages = {c: frozenset().union(*(t.messages for t in ts)) for c, ts in by_category.items()}
        loose: list[TermStats] = []
        for term in own:
            best = max(
                sorted(cat_messages),
                key=lambda c: (_jaccard(term.messages, cat_messages[c]), c),
                default=None,
            )
            if (
                best is not None
                and term.messages <= cat_messages[best]  # it must not stretch the theme to new messages
                and len(term.messages) >= self.min_shared
                and _jaccard(term.messages, cat_messages[best]) >= self.join
            ):
                by_category[best].append(term)
            else:
                loose.append(term)
        return [by_category[c] for c in sorted(by_category)] + self._merge(loose)

    def _merge(self, terms: list[TermStats]) -> list[list[TermStats]]:
        def linked(a: TermStats, b: TermStats) -> bool:
            return len(a.messages & b.messages) >= self.min_shared and _jaccard(a.messages, b.messages) >= self.merge

        return connected_groups(terms, lambda i, j: linked(terms[i], terms[j]))


def connected_groups(terms: list[TermStats], linked: Callable[[int, int], bool]) -> list[list[TermStats]]:
    """Group terms into the connected components of `linked(i, j)`, in a stable order."""
    parent = list(range(len(terms)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(terms)):
        for j in range(i + 1, len(terms)):
            if linked(i, j):
                parent[root(j)] = root(i)
    groups: dict[int, list[TermStats]] = {}
    for i, term in enumerate(terms):
        groups.setdefault(root(i), []).append(term)
    return [groups[k] for k in sorted(groups)]


class CategoryGrouping:
    """The null grouping: one theme per taxonomy category, one per own term, nothing merged."""

    def group(self, terms: list[TermStats]) -> list[list[TermStats]]:
        """Return the groups."""
        by_category: dict[str, list[TermStats]] = {}
        own: list[list[TermStats]] = []
        for term in terms:
            if term.category is None:
                own.append([term])
            else:
                by_category.setdefault(term.category, []).append(term)
        return [by_category[c] for c in sorted(by_category)] + own
