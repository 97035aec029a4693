"""Match word-list phrases against a sentence's tokens.

A phrase is a sequence of lowercase tokens, each matching a token whose form or lemma
equals it. `...` between tokens lets a few other tokens stand between them; the `free`
flag lets the tokens come in any order within a small window (Dutch separable verbs and
word order: "ik zie er tegenop" / "dat ik ertegenop zie"). Slot words stand for a class:
`zich` (Dutch) and `oneself` (English) for any reflexive or object pronoun.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

GAP = "..."
_CLAUSE_PUNCTUATION = frozenset({",", ";", ":", ".", "!", "?", "(", ")"})
SLOTS: dict[str, frozenset[str]] = {
    "zich": frozenset(
        "me mij je jou jezelf mezelf mijzelf zich zichzelf ons onszelf u uzelf hem haar jullie".split()
    ),
    "oneself": frozenset(
        "myself yourself himself herself itself ourselves yourselves themselves oneself".split()
    ),
}


@dataclass(frozen=True, slots=True)
class Phrase:
    """A compiled phrase; `value` is whatever the word list attaches to it."""

    tokens: tuple[str, ...]
    gaps: tuple[bool, ...]  # gaps[k]: other tokens may stand before tokens[k]
    free: bool
    value: int

    @property
    def needs(self) -> frozenset[str]:
        """The tokens that must occur in a sentence for the phrase to match (slots left out)."""
        return frozenset(t for t in self.tokens if t not in SLOTS)


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """Where a phrase matched: token positions within the sentence, first and last inclusive."""

    phrase: Phrase
    positions: tuple[int, ...]
    exact: bool  # every token matched on its surface form, not only its lemma

    @property
    def first(self) -> int:
        """The first matched token position."""
        return self.positions[0]

    @property
    def last(self) -> int:
        """The last matched token position."""
        return self.positions[-1]


def compile_phrase(text: str, value: int, *, free: bool = False) -> Phrase:
    """Parse `"feel ... bad"` style text into a `Phrase`."""
    tokens: list[str] = []
    gaps: list[bool] = []
    gap = False
    for part in text.lower().split():
        if part == GAP:
            gap = True
            continue
        if part == "-" and tokens:
            continue  # "heart - broken": hyphens inside words are dropped from text and phrase alike
        tokens.append(part)
        gaps.append(gap and bool(tokens[:-1]))
        gap = False
    if not tokens:
        raise ValueError(f"phrase {text!r} has no tokens")
    return Phrase(tuple(tokens), tuple(gaps), free, value)


def order_free(phrase: str, lang: str) -> bool:
    """Whether a phrase matches in any word order by default.

    Dutch word order moves verbs around ("ik hield van hem", "van wie ik hou", "ik maak ruzie",
    "ruzie maken"), so a Dutch phrase with a verb (a word ending in -en) matches freely.
    """
    tokens = phrase.split()
    return (
        lang == "nl" and len(tokens) > 1 and GAP not in tokens and any(t.endswith("en") and len(t) > 3 for t in tokens)
    )


def _anchor(phrase: Phrase) -> str:
    """The token a free phrase is looked up by: its longest non-slot token (rarest, roughly).

    A free match is searched in a window on both sides of the anchor, so one anchor suffices.
    """
    candidates = [t for t in phrase.tokens if t not in SLOTS] or list(phrase.tokens)
    return max(candidates, key=len)


class PhraseIndex:
    """Phrases indexed by their first token (every token, for `free` phrases)."""

    def __init__(self, phrases: Iterable[Phrase], *, gap: int = 3, free_window: int = 6) -> None:
        self.gap = gap
        self.free_window = free_window
        self._by_key: dict[str, list[Phrase]] = {}
        self._by_slot: list[Phrase] = []
        self._needs: dict[int, frozenset[str]] = {}
        self._cache: dict[tuple[str, ...], list[tuple[bool, Phrase]]] = {}
        for phrase in phrases:
            self._needs[phrase.value] = phrase.needs
            head = _anchor(phrase) if phrase.free else phrase.tokens[0]
            if head in SLOTS:
                self._by_slot.append(phrase)
            else:
                self._by_key.setdefault(head, []).append(phrase)

    def __len__(self) -> int:
        return len(self._by_key)

    def _candidates(self, token_keys: tuple[str, ...]) -> list[tuple[bool, Phrase]]:
        """The phrases a token can start (or anchor), with whether its surface form is the head."""
        cached = self._cache.get(token_keys)
        if cached is None:
            cached = [
                (rank == 0, phrase) for rank, key in enumerate(token_keys) for phrase in self._by_key.get(key, ())
            ]
            if len(self._cache) < 200_000:
                self._cache[token_keys] = cached
        return cached

    def knows(self, token_keys: tuple[str, ...]) -> bool:
        """Whether some phrase starts with (or is anchored on) one of these keys."""
        cached = self._cache.get(token_keys)
        return bool(cached if cached is not None else self._candidates(token_keys))

    def find(self, keys: Sequence[tuple[str, ...]]) -> list[PhraseMatch]:
        """All matches in one sentence, given each token's keys (form first)."""
        found: dict[tuple[int, tuple[int, ...]], PhraseMatch] = {}
        present: set[str] | None = None  # every key in the sentence, built on first need
        needs = self._needs
        cache = self._cache
        for i, token_keys in enumerate(keys):
            candidates = cache.get(token_keys)
            if candidates is None:
                candidates = self._candidates(token_keys)
            if candidates:
                if present is None:
                    present = {k for ks in keys for k in ks}
                for exact_head, phrase in candidates:
                    if not needs[phrase.value] <= present:
                        continue  # cheap check before the positional match
                    match = self._match(phrase, keys, i, exact_head=exact_head)
                    if match is not None:
                        found.setdefault((match.phrase.value, match.positions), match)
            for phrase in self._by_slot:
                match = self._match(phrase, keys, i, exact_head=True)
                if match is not None:
                    found.setdefault((match.phrase.value, match.positions), match)
        return list(found.values())

    @staticmethod
    def _rank(pattern: str, token_keys: tuple[str, ...]) -> int:
        """0 for a surface-form match, 1 for a lemma or variant match, -1 for none."""
        if pattern in SLOTS:
            return 0 if token_keys[0] in SLOTS[pattern] else -1
        if token_keys[0] == pattern:
            return 0
        return 1 if pattern in token_keys else -1

    def _match(
        self, phrase: Phrase, keys: Sequence[tuple[str, ...]], i: int, *, exact_head: bool
    ) -> PhraseMatch | None:
        if phrase.free:
            return self._match_free(phrase, keys, i)
        if self._rank(phrase.tokens[0], keys[i]) < 0:
            return None
        positions = [i]
        exact = exact_head
        pos = i
        for k in range(1, len(phrase.tokens)):
            limit = pos + 1 + (self.gap if phrase.gaps[k] else 0)
            for j in range(pos + 1, min(limit + 1, len(keys))):
                rank = self._rank(phrase.tokens[k], keys[j])
                if rank >= 0:
                    exact = exact and rank == 0
                    positions.append(j)
                    pos = j
                    break
            else:
                return None
        return PhraseMatch(phrase, tuple(positions), exact)

    def _match_free(
        self, phrase: Phrase, keys: Sequence[tuple[str, ...]], i: int
    ) -> PhraseMatch | None:
        lo = max(0, i - self.free_window + 1)
        hi = min(len(keys), i + self.free_window)
        used: set[int] = set()
        positions: list[int] = []
        exact = True
        for pattern in phrase.tokens:
            best: tuple[int, int] | None = None  # (distance to i, position)
            for j in range(lo, hi):
                if j in used:
                    continue
                rank = self._rank(pattern, keys[j])
                if rank >= 0 and (best is None or abs(j - i) < best[0]):
                    best = (abs(j - i), j)
            if best is None:
                return None
            used.add(best[1])
            positions.append(best[1])
            exact = exact and self._rank(pattern, keys[best[1]]) == 0
        if max(positions) - min(positions) >= self.free_window:
            return None
        if any(keys[j][0] in _CLAUSE_PUNCTUATION for j in range(min(positions), max(positions))):
            return None  # "naar me lachte, voelde ik" is no "voelen zich naar"
        if i not in positions:
            return None
        return PhraseMatch(phrase, tuple(sorted(positions)), exact)
