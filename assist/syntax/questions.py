"""Open and closed questions by form: a leading wh-word, a fronted verb, or just a question mark.

A parse adds little here: the form is in the first words. The tagger, where there is one,
tells a fronted verb in Dutch (any verb can lead: "Voel je je..."); without one a short list
of common fronted verbs is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from assist.lang import read_table
from assist.syntax.result import Question

if TYPE_CHECKING:
    from spacy.tokens import Span

_CLOSERS = frozenset({'"', "'", ")", "]", "”", "’", "»"})


@dataclass(frozen=True, slots=True)
class QuestionWords:
    """A language's wh-words, words that may lead them, and common fronted verbs."""

    wh: frozenset[str]
    lead: frozenset[str]
    aux: frozenset[str]


@cache
def question_words(lang: str) -> QuestionWords:
    """The question words of `lang` (`assist/lang/<lang>/questions.tsv`)."""
    rows = read_table(lang, "questions.tsv")
    kinds: dict[str, set[str]] = {"wh": set(), "lead": set(), "aux": set()}
    for row in rows:
        kinds[row["kind"]].add(row["word"].lower())
    return QuestionWords(frozenset(kinds["wh"]), frozenset(kinds["lead"]), frozenset(kinds["aux"]))


def _ends_with_question_mark(sent: Span) -> bool:
    for token in reversed(sent):
        if token.is_space or token.text in _CLOSERS:
            continue
        return "?" in token.text
    return False


def question_form(sent: Span, lang: str) -> Question | None:
    """The form of the sentence's question, or None when it does not end in a question mark."""
    if not _ends_with_question_mark(sent):
        return None
    words = question_words(lang)
    tagged = sent.doc.has_annotation("POS")
    for token in sent:
        low = token.lower_
        if token.is_punct or token.is_space or low in words.lead or (tagged and token.pos_ in ("INTJ", "CCONJ")):
            continue
        if low in words.wh:
            return Question("open", token.text)
        if (tagged and token.pos_ in ("AUX", "VERB")) or low in words.aux:
            return Question("closed", token.text)
        break
    return Question("closed", "?")
