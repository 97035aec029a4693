"""Tell English from Dutch (and recognise a few languages we do not support).

A function-word vote: every word that is a function word of exactly one language counts for
that language. It is deterministic, needs no model and is fast; for the two languages we
support it is reliable from a few words on. A text with no decisive function word cannot be
told and raises, unless the caller gave a fallback language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from assist.errors import LanguageError
from assist.lang import LANGUAGE_NAMES, SUPPORTED_LANGUAGES, read_words

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_OTHER_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "af": "Afrikaans",
}


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The vote for one text: the winner (or None) and the hits per language."""

    language: str | None
    hits: dict[str, int]

    @property
    def supported(self) -> bool:
        """Whether the winner is a language `assist` analyses."""
        return self.language in SUPPORTED_LANGUAGES


@lru_cache(maxsize=1)
def _word_votes() -> dict[str, str]:
    lists: dict[str, frozenset[str]] = {lang: read_words(lang, "stop_words.txt") for lang in SUPPORTED_LANGUAGES}
    folder = files("assist") / "lang" / "langid"
    for code in _OTHER_NAMES:
        text = (folder / f"{code}.txt").read_text(encoding="utf-8")
        lists[code] = frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))
    owners: dict[str, list[str]] = {}
    for lang, words in lists.items():
        for word in words:
            owners.setdefault(word, []).append(lang)
    return {word: langs[0] for word, langs in owners.items() if len(langs) == 1}


def guess_language(text: str) -> LanguageGuess:
    """Vote on the language of `text`; `language` is None when no language wins clearly."""
    votes = _word_votes()
    hits: dict[str, int] = {}
    for word in _WORD.findall(text.lower()):
        lang = votes.get(word)
        if lang is not None:
            hits[lang] = hits.get(lang, 0) + 1
    if not hits:
        return LanguageGuess(None, hits)
    ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
    best, best_hits = ranked[0]
    second_hits = ranked[1][1] if len(ranked) > 1 else 0
    if best_hits == second_hits:
        return LanguageGuess(None, hits)
    return LanguageGuess(best, hits)


def is_confident(guess: LanguageGuess, *, min_hits: int = 2, ratio: float = 2.0) -> bool:
    """Whether a guess for one sentence is strong enough to override the text's language."""
    if guess.language is None:
        return False
    best = guess.hits[guess.language]
    rest = max((n for lang, n in guess.hits.items() if lang != guess.language), default=0)
    return best >= min_hits and best >= ratio * max(rest, 1)


def detect_language(text: str, *, fallback: str | None = None) -> str:
    """Return 'en' or 'nl' for `text`.

    Raises:
        LanguageError: when the text is in another language, or too short to tell and no
            `fallback` was given. The message never quotes the text.
    """
    return decide_language(guess_language(text), fallback=fallback)


def decide_language(guess: LanguageGuess, *, fallback: str | None = None) -> str:
    """The supported language a vote settles on; see `detect_language` for the errors."""
    if guess.language is not None and not guess.supported and guess.hits[guess.language] < 2:
        guess = LanguageGuess(None, guess.hits)  # one stray "yo" or "la" is no verdict
    if guess.language is None:
        if fallback is not None:
            return fallback
        raise LanguageError(
            "could not tell whether the text is English or Dutch (too few words to decide); "
            "pass lang='en' or lang='nl', or set Assistant(fallback_lang=...)"
        )
    if not guess.supported:
        name = _OTHER_NAMES.get(guess.language, guess.language)
        raise LanguageError(
            f"the text looks {name} ({guess.language!r}), which is not supported; "
            f"supported: {', '.join(f'{c} ({LANGUAGE_NAMES[c]})' for c in SUPPORTED_LANGUAGES)}. "
            "Pass lang='en' or lang='nl' to analyse it anyway"
        )
    return guess.language
