"""From text to a `SyntaxResult`: parse with the syntax pipeline, read it with a backend."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist.spans import TextSpan
from assist.syntax.base import SyntaxBackend
from assist.syntax.null import NoSyntax
from assist.syntax.parse import ParseSyntax
from assist.syntax.questions import question_form
from assist.syntax.result import NounPhrase, Passive, SentenceSyntax, SyntaxResult
from assist.syntax.tags import TagSyntax
from assist.text.document import ParsedText, TextParser

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

BACKENDS: dict[str, type[SyntaxBackend]] = {"parse": ParseSyntax, "tags": TagSyntax, "none": NoSyntax}
_STRENGTH = {"parse": 2, "tags": 1, "none": 0}


def usable_backend(wanted: str, doc: Doc) -> str:
    """The strongest backend up to `wanted` that the doc's annotations allow."""
    if wanted == "parse" and doc.has_annotation("DEP"):
        return "parse"
    if wanted in ("parse", "tags") and doc.has_annotation("POS"):
        return "tags"
    return "none"


class SyntaxAnalyzer:
    """Reads sentences, clauses, passives, questions and noun phrases; see `Assistant.syntax`."""

    def __init__(self, parser: TextParser, backend: str = "parse") -> None:
        self.parser = parser
        self.backend = backend
        self._backends = {name: factory() for name, factory in BACKENDS.items()}

    def noun_phrase_tokens(self, doc: Doc, lang: str) -> list[tuple[int, int]]:
        """Token (start, end) of the base noun phrases of a doc parsed by this analyser's parser."""
        return self._backends[usable_backend(self.backend, doc)].noun_phrases(doc, lang)

    def analyse(self, text: str, *, lang: str | None = None) -> SyntaxResult:
        """Validate, parse and read one text."""
        return self.read(self.parser.parse(text, lang=lang))

    def read(self, parsed: ParsedText) -> SyntaxResult:
        """Read an already parsed text (parsed with this analyser's parser)."""
        sentences: list[SentenceSyntax] = []
        phrases: list[NounPhrase] = []
        used = self.backend
        pipelines = []
        for seg in parsed.segments:
            name = usable_backend(self.backend, seg.doc)
            used = min(used, name, key=_STRENGTH.__getitem__)
            backend = self._backends[name]
            pipelines.append(self.parser.pipeline_name(seg.lang))
            for sent in seg.doc.sents:
                sentence = self._sentence(sent, seg.lang, seg.start, backend, parsed)
                if sentence is not None:
                    sentences.append(sentence)
            for start, end in backend.noun_phrases(seg.doc, seg.lang):
                span = seg.doc[start:end]
                root = span.root if name == "parse" else span[-1]  # without a parse: the last noun
                head = root.lemma_.lower() or root.lower_
                phrases.append(NounPhrase(*_map(parsed, seg.start, span), head=head))
        return SyntaxResult(
            parsed.text,
            parsed.language,
            used,
            ", ".join(dict.fromkeys(pipelines)),
            tuple(sentences),
            tuple(phrases),
            parsed.languages,
        )

    def _sentence(
        self, sent: Span, lang: str, offset: int, backend: SyntaxBackend, parsed: ParsedText
    ) -> SentenceSyntax | None:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            return None
        words = sum(1 for t in tokens if not t.is_punct)
        facts = backend.sentence(sent, lang)
        passives = []
        for aux_i, part_i in facts.passives:
            whole = sent.doc[min(aux_i, part_i) : max(aux_i, part_i) + 1]
            passives.append(
                Passive(
                    *_map(parsed, offset, whole),
                    auxiliary=TextSpan(*_map(parsed, offset, sent.doc[aux_i : aux_i + 1])),
                    participle=TextSpan(*_map(parsed, offset, sent.doc[part_i : part_i + 1])),
                )
            )
        question = question_form(sent, lang) if backend.name != "none" else None
        trimmed = sent.doc[tokens[0].i : tokens[-1].i + 1]
        return SentenceSyntax(
            *_map(parsed, offset, trimmed),
            language=lang,
            words=words,
            clauses=facts.clauses,
            max_dependency_length=facts.max_dependency_length,
            passives=tuple(passives),
            question=question,
        )


def _map(parsed: ParsedText, offset: int, span: Span) -> tuple[int, int, str]:
    start, end = parsed.span(offset + span.start_char, offset + span.end_char)
    return start, end, parsed.text[start:end]
