"""Result types of the syntax capability: noun phrases, passives, questions, clause counts."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from assist.spans import TextSpan

QuestionKind = Literal["open", "closed"]


@dataclass(frozen=True, slots=True)
class NounPhrase(TextSpan):
    """A base noun phrase ("mijn oude baan", "the night shifts"); `head` is its noun's lemma."""

    head: str = ""


@dataclass(frozen=True, slots=True)
class Passive(TextSpan):
    """A passive construction, from its auxiliary to its participle ("werd ... opgenomen")."""

    auxiliary: TextSpan | None = None
    participle: TextSpan | None = None


@dataclass(frozen=True, slots=True)
class Question:
    """How a question is asked: `open` (a wh-word leads) or `closed` (yes/no, inversion, "...?").

    `cue` is the word that decided: the wh-word, the fronted verb, or "?" for a statement
    with a question mark.
    """

    kind: QuestionKind
    cue: str


@dataclass(frozen=True, slots=True)
class SentenceSyntax(TextSpan):
    """One sentence: its length, clauses, longest dependency, passives and question form.

    `clauses` and `max_dependency_length` (in words, punctuation left out) need a parser;
    they are None without one.
    """

    language: str = ""
    words: int = 0
    clauses: int | None = None
    max_dependency_length: int | None = None
    passives: tuple[Passive, ...] = ()
    question: Question | None = None


@dataclass(frozen=True, slots=True)
class SyntaxResult:
    """The syntax of one text; `backend` says how it was read ('parse', 'tags' or 'none')."""

    text: str
    language: str
    backend: str
    pipeline: str
    sentences: tuple[SentenceSyntax, ...]
    noun_phrases: tuple[NounPhrase, ...]
    languages: tuple[str, ...] = ()  # every language analysed, when the text mixes them

    @property
    def passives(self) -> tuple[Passive, ...]:
        """Every passive of the text, in order."""
        return tuple(p for s in self.sentences for p in s.passives)

    @property
    def questions(self) -> tuple[SentenceSyntax, ...]:
        """The sentences that are questions."""
        return tuple(s for s in self.sentences if s.question is not None)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """A JSON-ready dict; the client's full text is left out unless asked for."""
        out: dict[str, Any] = {
            "language": self.language,
            "languages": list(self.languages or (self.language,)),
            "backend": self.backend,
            "pipeline": self.pipeline,
            "sentences": [asdict(s) for s in self.sentences],
            "noun_phrases": [asdict(n) for n in self.noun_phrases],
        }
        if include_text:
            out["text"] = self.text
        return out
