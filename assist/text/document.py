"""From raw text to parsed segments: validation, normalisation, language, spaCy.

A text is parsed with the pipeline of its (majority) language. When the language was
detected, not given, and the text also holds sentences that are clearly in the other
supported language, the text is split into runs of same-language sentences and each run is
parsed with its own pipeline: mixed English/Dutch is handled per sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assist.errors import InvalidInputError, check_text
from assist.lang import check_language
from assist.text.langid import decide_language, guess_language, is_confident
from assist.text.normalize import Normalized, normalize_for_analysis

if TYPE_CHECKING:  # spaCy (and through thinc, torch where installed) loads on first use, not on import
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of one language: `doc` covers `normalized.text[start:start + len(doc.text)]`."""

    start: int
    lang: str
    doc: Doc


@dataclass(frozen=True, slots=True)
class ParsedText:
    """A text with its language and parsed segments (one, unless the text mixes languages)."""

    text: str
    language: str
    segments: tuple[Segment, ...]
    normalized: Normalized

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map offsets in the analysed (normalised) text onto the caller's original text."""
        return self.normalized.span(start, end)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages of the segments, in order of first appearance."""
        return tuple(dict.fromkeys(s.lang for s in self.segments))


class TextParser:
    """Validates, normalises, detects the language of and parses texts."""

    def __init__(
        self,
        *,
        lang: str | None = None,
        fallback_lang: str | None = None,
        max_chars: int = 100_000,
        pipelines: Mapping[str, str | None] | None = None,
        exclude: tuple[str, ...] = (),
    ) -> None:
        self.lang = check_language(lang) if lang else None
        self.fallback_lang = check_language(fallback_lang) if fallback_lang else None
        self.max_chars = max_chars
        self.pipelines = dict(pipelines or {})
        self.exclude = exclude
        for code in self.pipelines:
            check_language(code)

    def nlp(self, lang: str) -> Language:
        """The spaCy pipeline used for `lang`."""
        from assist.text.pipeline import get_pipeline

        return get_pipeline(lang, self.pipelines.get(lang), self.exclude)

    def pipeline_name(self, lang: str) -> str:
        """A short description of the pipeline used for `lang`."""
        from assist.text.pipeline import describe_pipeline

        return describe_pipeline(self.nlp(lang))

    def parse(self, text: str, *, lang: str | None = None) -> ParsedText:
        """Parse one text; see `parse_many` for the errors."""
        return next(self.parse_many([text], lang=lang, _single=True))

    def parse_many(
        self,
        texts: Iterable[str],
        *,
        lang: str | None = None,
        fallback: str | None = None,
        names: Sequence[str] | None = None,
        batch_size: int = 256,
        _single: bool = False,
    ) -> Iterator[ParsedText]:
        """Parse texts in order, streaming through `nlp.pipe` in chunks.

        `fallback` is used where detection cannot tell (after the configured `fallback_lang`);
        `names` names the items in error messages (default `texts[i]`).

        Raises:
            TypeError, InvalidInputError: for a bad text; in a batch the message names its
                index (`texts[3]: ...`) and no result is yielded past it.
        """
        forced = check_language(lang) if lang else self.lang
        fallback = self.fallback_lang or fallback
        chunk: list[tuple[str, Normalized, str, int]] = []  # text, normalised, language, other-language hits
        for i, text in enumerate(texts):
            what = "text" if _single else (names[i] if names else f"texts[{i}]")
            check_text(text, max_chars=self.max_chars, what=what)
            norm = normalize_for_analysis(text)
            if forced:
                chunk.append((text, norm, forced, 0))
            else:
                guess = guess_language(norm.text)
                try:
                    detected = decide_language(guess, fallback=fallback)
                except InvalidInputError as exc:
                    raise type(exc)(f"{what}: {exc}") from None
                other = sum(n for code, n in guess.hits.items() if code in ("en", "nl") and code != detected)
                chunk.append((text, norm, detected, other))
            if len(chunk) >= batch_size * 4:
                yield from self._parse_chunk(chunk, batch_size)
                chunk = []
        if chunk:
            yield from self._parse_chunk(chunk, batch_size)

    def _parse_chunk(self, chunk: list[tuple[str, Normalized, str, int]], batch_size: int) -> Iterator[ParsedText]:
        docs: list[Doc | None] = [None] * len(chunk)
        for code in dict.fromkeys(item[2] for item in chunk):
            idx = [i for i, item in enumerate(chunk) if item[2] == code]
            piped = self.nlp(code).pipe((chunk[i][1].text for i in idx), batch_size=batch_size)
            for i, parsed in zip(idx, piped, strict=True):
                docs[i] = parsed
        for (text, norm, code, other_hits), doc in zip(chunk, docs, strict=True):
            assert doc is not None
            # Only a text with some words of the other language can hold sentences in it.
            segments = self._split_mixed(norm.text, code, doc) if other_hits >= 2 else None
            yield ParsedText(text, code, segments or (Segment(0, code, doc),), norm)

    def _split_mixed(self, norm: str, code: str, doc: Doc) -> tuple[Segment, ...] | None:
        other = "nl" if code == "en" else "en"
        runs: list[tuple[int, str]] = []  # (start_char, lang) of each run of sentences
        for sent in doc.sents:
            if not any(c.isalpha() for c in sent.text):
                continue  # blank (e.g. a removed HTML tag) or punctuation: joins the run it is in
            guess = guess_language(sent.text)
            sent_lang = other if guess.language == other and is_confident(guess) else code
            if not runs or runs[-1][1] != sent_lang:
                runs.append((sent.start_char if runs else 0, sent_lang))
        if len(runs) < 2:
            return None
        ends = [start for start, _ in runs[1:]] + [len(norm)]
        return tuple(
            Segment(start, lang, self.nlp(lang)(norm[start:end])) for (start, lang), end in zip(runs, ends, strict=True)
        )
