"""The lookup keys of a token: the forms under which a word list may know it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# Separable verb particles: "ik kijk ernaar uit" → uitkijken, "ik knap erop af" → afknappen.
NL_PARTICLES = frozenset(
    "aan af bij door in langs los mee na neer om op over samen terug toe tegen tegenop uit voor weg".split()
)

_ELONGATED = re.compile(r"(\w)\1{2,}")
_NL_VOWELS = "aeiou"


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def is_elongated(word: str) -> bool:
    """Whether a word repeats a letter three or more times ("sooo", "blijjj")."""
    return _ELONGATED.search(word) is not None


def _dutch_adjective_bases(form: str) -> list[str]:
    """Undo Dutch adjective inflection: bange→bang, boze→boos, eenzamer→eenzaam, bangste→bang.

    A bare "-st" is left alone: it is far more often a verb ("moest", "wist") than a superlative.
    """
    out: list[str] = []
    for suffix in ("ste", "ere", "er", "e"):
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            stem = form[: -len(suffix)]
            out.append(stem)
            if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _NL_VOWELS:
                out.append(stem[:-1])  # dikke → dik
            if stem[-1] == "z":
                stem = stem[:-1] + "s"  # boze → boos
            elif stem[-1] == "v":
                stem = stem[:-1] + "f"  # lieve → lief
            out.append(stem)
            if (
                len(stem) >= 3
                and stem[-1] not in _NL_VOWELS
                and stem[-2] in _NL_VOWELS
                and stem[-3] not in _NL_VOWELS
            ):
                out.append(stem[:-1] + stem[-2] + stem[-1])  # eenzam → eenzaam
            break
    return out


@lru_cache(maxsize=131072)
def word_keys(form: str, lemma: str, lang: str) -> tuple[str, ...]:
    """All keys for a lowercased surface form and lemma, most specific first."""
    form = unicodedata.normalize("NFC", form)
    lemma = unicodedata.normalize("NFC", lemma.lower())
    keys = [form]
    if lemma != form:
        keys.append(lemma)
    if "_" in lemma:
        keys.append(lemma.replace("_", ""))
    if is_elongated(form):
        for repl in (r"\1\1", r"\1"):
            keys.append(_ELONGATED.sub(repl, form))
    if not form.isascii():
        keys.append(_strip_accents(form))
    if lang == "nl" and form.isalpha():
        keys.extend(_dutch_adjective_bases(form))
    seen: dict[str, None] = dict.fromkeys(keys)
    return tuple(seen)




def join_separable_verbs(
    lemmas: Sequence[str], keys: list[tuple[str, ...]], breakers: frozenset[str], *, reach: int = 8
) -> list[tuple[str, ...]]:
    """Give a Dutch finite verb the key of its separable verb: "kijk ... uit" → "uitkijken".

    The particle must follow within `reach` tokens in the same clause (no breaker between).
    """
    out = list(keys)
    for i, lemma in enumerate(lemmas):
        lemma = lemma.replace("_", "")
        if not lemma.endswith("en") or keys[i][0] == lemma:
            continue
        for j in range(i + 1, min(i + 1 + reach, len(keys))):
            word = keys[j][0]
            if word in breakers:
                break
            if word in NL_PARTICLES:
                out[i] = (*out[i], word + lemma)
    return out
