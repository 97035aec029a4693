"""Sentences as plain lists (offsets, lookup keys, lemmas), read from spaCy's token arrays.

Creating a spaCy `Token` object per word costs more than tokenising; word-list matching only
needs offsets and strings, so it reads them from `Doc.to_array` and caches the keys per word.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assist.text.keys import word_keys

if TYPE_CHECKING:
    from spacy.tokens import Doc

_CACHE: dict[str, dict[tuple[int, int], tuple[tuple[str, ...], str]]] = {}  # per language
_CACHE_LIMIT = 500_000


@dataclass(slots=True)
class SentenceTokens:
    """The non-space tokens of one sentence: parallel lists, offsets into the doc's text."""

    starts: list[int]
    ends: list[int]
    keys: list[tuple[str, ...]]  # keys[i][0] is the lowercase (NFC) form
    lemmas: list[str]
    hyphens: bool = False  # whether some token is a hyphen

    def __len__(self) -> int:
        return len(self.starts)


def sentences(doc: Doc, lang: str) -> Iterator[SentenceTokens]:
    """Yield the sentences of `doc` (whitespace tokens left out, empty sentences skipped)."""
    from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, LOWER, SENT_START

    if len(doc) == 0:
        return
    strings = doc.vocab.strings
    cache = _CACHE.setdefault(lang, {})
    rows = doc.to_array([IDX, LENGTH, LOWER, LEMMA, IS_SPACE, SENT_START]).tolist()
    hyphen = strings["-"]
    sent = SentenceTokens([], [], [], [])
    for idx, length, lower, lemma, is_space, sent_start in rows:
        if sent_start == 1 and sent.starts:
            yield sent
            sent = SentenceTokens([], [], [], [])
        if is_space:
            continue
        if lower == hyphen:
            sent.hyphens = True
        cached = cache.get((lower, lemma))
        if cached is None:
            lower_s = strings[lower]
            lemma_s = (strings[lemma] if lemma else lower_s) or lower_s
            cached = (word_keys(lower_s, lemma_s, lang), lemma_s.lower())
            if len(cache) < _CACHE_LIMIT:
                cache[(lower, lemma)] = cached
        sent.starts.append(idx)
        sent.ends.append(idx + length)
        sent.keys.append(cached[0])
        sent.lemmas.append(cached[1])
    if sent.starts:
        yield sent
