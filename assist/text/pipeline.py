"""spaCy pipelines for English and Dutch, built once per process.

The default pipeline is `spacy.blank(lang)` with one small component of ours, `assist_tokens`,
working on token arrays (per-token Python objects would cost more than tokenising):

- sentences: a sentence starts after ., !, ?, … (and runs of them) and after a line break,
  so a greeting or a list item stands alone;
- lemmas: lowercase lookups, spaCy's lookup table (spacy-lookups-data) for English and
  simplemma for Dutch (spaCy's Dutch table misses "schaam", "bange").

A trained spaCy pipeline (e.g. `en_core_web_sm`) is used instead when the caller configures one.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any, cast

import numpy as np
import simplemma
import spacy
from spacy.attrs import LEMMA, ORTH, SENT_START
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.tokens import Doc

from assist.errors import ModelNotFoundError
from assist.lang import check_language

_LOCK = threading.Lock()
# The stems spaCy leaves when it splits "can't", "won't", "shan't" ("ca" + "n't").
_EN_CONTRACTIONS = {"ca": "can", "wo": "will", "sha": "shall", "n't": "not", "nt": "not", "'m": "be"}
_FINAL = frozenset({".", "!", "?", "…", "...", "!!", "!!!", "??", "?!", "!?", "?!?", "....", "。"})
_CLOSERS = frozenset({'"', "'", ")", "]", "}", "»", "”", "’"})


class _TokenAnnotator:
    """Sentence starts and lemmas in one pass over the token arrays.

    A sentence starts after ., !, ?, … (or a run of them, and any closing quotes or brackets)
    and after a line break. Lemmas are lowercase lookups, cached per word.
    """

    def __init__(self, nlp: Language, lookup: Callable[[str], str]) -> None:
        self.strings = nlp.vocab.strings
        self.lookup = lookup
        self._word: dict[int, tuple[int, int]] = {}  # orth hash -> (kind, lemma hash)

    def _describe(self, orth: int) -> tuple[int, int]:
        text = self.strings[orth]
        if "\n" in text and not text.strip():
            kind = 3  # line break
        elif text in _FINAL or (len(text) > 1 and set(text) <= {".", "!", "?"}):
            kind = 1  # sentence-final punctuation
        elif text in _CLOSERS:
            kind = 2
        else:
            kind = 0
        described = (kind, self.strings.add(self.lookup(text.lower())))
        if len(self._word) < 500_000:
            self._word[orth] = described
        return described

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        words = self._word
        rows = []
        pending = True  # the first token starts a sentence
        for orth in doc.to_array(ORTH).tolist():
            kind, lemma = words.get(orth) or self._describe(orth)
            if pending and kind in (0, 3):
                rows.append((lemma, 1))
                pending = kind == 3
            else:
                rows.append((lemma, _NOT_START))
                if kind in (1, 3):
                    pending = True
                elif kind == 0:
                    pending = False
        rows[0] = (rows[0][0], 1)
        doc.from_array([LEMMA, SENT_START], cast(Any, np.array(rows, dtype="uint64")))
        return doc


_NOT_START = 2**64 - 1  # -1 as spaCy reads SENT_START from a uint64 array


@lru_cache(maxsize=1)
def _en_lemma_table() -> Any:
    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


def _en_lemma(word: str) -> str:
    return _EN_CONTRACTIONS.get(word) or str(_en_lemma_table().get(word, word)).lower()


def is_known_word(word: str, lang: str) -> bool:
    """Whether the lemma dictionary knows `word` (spaCy's English lookup table, simplemma's Dutch)."""
    if not word:
        return False
    if lang == "nl":
        return bool(simplemma.is_known(word, lang="nl"))
    return word in _en_lemma_table() or _en_lemma_table().get(word) is not None


def lemma_of(word: str, lang: str) -> str:
    """The lowercase lookup lemma the default pipeline gives `word`."""
    return _nl_lemma(word) if lang == "nl" else _en_lemma(word)


@Language.factory("assist_tokens")
def _make_token_annotator(nlp: Language, name: str) -> _TokenAnnotator:
    return _TokenAnnotator(nlp, _nl_lemma if nlp.lang == "nl" else _en_lemma)


class _LookupLemmas:
    """Lookup lemmas for the words the dictionary knows; the trained lemmatizer's for names and the rest.

    On the UD Dutch test words this beats the edit-tree lemmatizer trained on the small dev
    splits (benchmarks/syntax.py, table 2).
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            word = token.text.lower()
            # Names keep the tagger's capitalised lemma ("Amsterdam"); the lookup lowercases.
            if token.pos_ != "PROPN" and word.isalpha() and is_known_word(word, self.lang):
                token.lemma_ = lemma_of(word, self.lang)
        return doc


@Language.factory("assist_lookup_lemmas")
def _make_lookup_lemmas(nlp: Language, name: str) -> _LookupLemmas:
    return _LookupLemmas(nlp.lang or "")


def _line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence (a greeting, a signature, a list item), before the parser decides the rest."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


Language.component("assist_line_breaks", func=_line_breaks)


# Shipped pipelines whose lemmas are better from the lookup where it knows the word (measured).
_LOOKUP_LEMMAS_FOR = frozenset({"nl"})


def _nl_lemma(word: str) -> str:
    if not word.isalpha():
        return word
    return str(simplemma.lemmatize(word, lang="nl")).lower()


# Real abbreviations that also pass as Dutch words are kept; the rest of spaCy's Dutch
# exceptions like "me." and "dat." would glue a sentence's full stop to its last word.
_NL_ABBREVIATIONS = frozenset({"nr", "nrs", "bv", "ca", "prof", "pct", "bijl", "alg", "ned", "nl"})


def adapt_tokenizer(nlp: Language) -> None:
    """Drop spaCy's Dutch exceptions that glue a sentence's full stop to a word ("me.", "dat.")."""
    if nlp.lang != "nl":
        return
    tokenizer: Any = nlp.tokenizer
    rules = dict(tokenizer.rules or {})
    for key in list(rules):
        stem = key[:-1].lower()
        if (
            re.fullmatch(r"[A-Za-z]+\.", key)
            and stem not in _NL_ABBREVIATIONS
            and simplemma.is_known(stem, lang="nl")
        ):
            del rules[key]
    tokenizer.rules = rules


def _blank(lang: str) -> Language:
    nlp = spacy.blank(lang)
    adapt_tokenizer(nlp)
    nlp.add_pipe("assist_tokens")
    return nlp


def _trained(name: str, exclude: tuple[str, ...] = ()) -> Language:
    try:
        nlp = spacy.load(name, exclude=["ner", *exclude])
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is configured but could not be loaded; install it "
            "(e.g. pip install <its wheel file>) or remove it from Assistant(spacy_pipelines=...)"
        ) from exc
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer")
    elif nlp.has_pipe("parser"):
        nlp.add_pipe("assist_line_breaks", before="parser")
    if nlp.meta.get("name") == "syntax" and nlp.lang in _LOOKUP_LEMMAS_FOR and nlp.has_pipe("trainable_lemmatizer"):
        nlp.add_pipe("assist_lookup_lemmas", after="trainable_lemmatizer")
    if _speaks_ud(nlp):
        from assist.syntax.parse import ud_noun_chunk_iterator

        # spaCy's noun chunks for a UD-labelled pipeline are ours (its Dutch iterator is minimal).
        nlp.vocab.get_noun_chunks = cast(Any, ud_noun_chunk_iterator)
    return nlp


def _speaks_ud(nlp: Language) -> bool:
    if not nlp.has_pipe("parser"):
        return False
    return "nsubj:pass" in cast(Any, nlp.get_pipe("parser")).labels


@lru_cache(maxsize=8)
def _cached(lang: str, name: str | None, exclude: tuple[str, ...]) -> Language:
    return _trained(name, exclude) if name else _blank(lang)


def get_pipeline(lang: str, name: str | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """The pipeline for `lang`: the named trained spaCy pipeline (less `exclude`), or the blank default."""
    check_language(lang)
    with _LOCK:
        return _cached(lang, name, exclude)


def syntax_pipeline(lang: str, configured: dict[str, str] | None = None) -> str | None:
    """The pipeline syntax uses for `lang`, by a fixed order; None means the blank default.

    1. the one configured for `lang` (`Assistant(spacy_pipelines=...)`);
    2. for English, `en_core_web_sm` when it is installed;
    3. the pipeline shipped in the package (`assist/models/syntax-<lang>`).
    """
    if configured and lang in configured:
        return configured[lang]
    if lang == "en" and spacy.util.is_package("en_core_web_sm"):
        return "en_core_web_sm"
    from assist.models import shipped_model_path, shipped_models

    name = f"syntax-{lang}"
    return str(shipped_model_path(name)) if name in shipped_models() else None


def describe_pipeline(nlp: Language) -> str:
    """A short description for `Assistant.info()`."""
    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')} [{', '.join(nlp.pipe_names)}]"
