"""spaCy pipelines for English and Dutch, built once per process.

The default pipeline is `spacy.blank(lang)` with line-break and punctuation sentence
boundaries and a lookup lemmatizer: spaCy's lookup tables for English, simplemma for Dutch
(spaCy's Dutch lookup table misses common forms such as "schaam" and "bange"). A trained
spaCy pipeline (e.g. `en_core_web_sm`) is used instead when the caller configures one.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import simplemma
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from assist.errors import ModelNotFoundError
from assist.lang import check_language

_LOCK = threading.Lock()


@Language.component("assist_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break, so a greeting or list item stands alone."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=65536)
def _nl_lemma(word: str) -> str:
    return str(simplemma.lemmatize(word, lang="nl"))


@Language.component("assist_nl_lemmatizer")
def _nl_lemmatizer(doc: Doc) -> Doc:
    """Lemmatise Dutch tokens with simplemma (separable verbs come out as `op_luchten`)."""
    for token in doc:
        if token.is_alpha:
            token.lemma_ = _nl_lemma(token.lower_)
        else:
            token.lemma_ = token.lower_
    return doc


# Real abbreviations that also pass as Dutch words are kept; the rest of spaCy's Dutch
# exceptions like "me." and "dat." would glue a sentence's full stop to its last word.
_NL_ABBREVIATIONS = frozenset({"nr", "nrs", "bv", "ca", "prof", "pct", "bijl", "alg", "ned", "nl"})


def _drop_word_abbreviations(nlp: Language) -> None:
    rules = dict(nlp.tokenizer.rules or {})
    for key in list(rules):
        stem = key[:-1].lower()
        if (
            re.fullmatch(r"[A-Za-z]+\.", key)
            and stem not in _NL_ABBREVIATIONS
            and simplemma.is_known(stem, lang="nl")
        ):
            del rules[key]
    nlp.tokenizer.rules = rules


def _blank(lang: str) -> Language:
    nlp = spacy.blank(lang)
    if lang == "nl":
        _drop_word_abbreviations(nlp)
    nlp.add_pipe("assist_line_breaks")
    nlp.add_pipe("sentencizer")
    if lang == "nl":
        nlp.add_pipe("assist_nl_lemmatizer")
    else:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def _trained(name: str) -> Language:
    try:
        nlp = spacy.load(name, exclude=["ner"])
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is configured but could not be loaded; install it "
            "(e.g. pip install <its wheel file>) or remove it from Assistant(spacy_pipelines=...)"
        ) from exc
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=8)
def _cached(lang: str, name: str | None) -> Language:
    return _trained(name) if name else _blank(lang)


def get_pipeline(lang: str, name: str | None = None) -> Language:
    """The pipeline for `lang`: the named trained spaCy pipeline, or the blank default."""
    check_language(lang)
    with _LOCK:
        return _cached(lang, name)


def describe_pipeline(nlp: Language) -> str:
    """A short description for `Assistant.info()`."""
    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')} [{', '.join(nlp.pipe_names)}]"
