"""Themes across one client's thread of messages: what recurs, since when, what is new or faded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from assist.emotions.base import EmotionWordFinder
from assist.errors import InvalidInputError, check_text
from assist.text.document import TextParser
from assist.text.langid import guess_language
from assist.themes.base import TermGrouper, TermStats
from assist.themes.keywords import collect, collect_emotions, collect_noun_phrases
from assist.themes.result import Message, Theme, ThemeOccurrence, ThemeReport, ThemeTerm, Trend
from assist.themes.taxonomy import category_labels

if TYPE_CHECKING:
    from assist.syntax.analyzer import SyntaxAnalyzer

MIN_MESSAGE_WEIGHT = 0.5  # a taxonomy category counts in a message from this summed term weight on


class ThemeFinder:
    """Build a `ThemeReport` from a thread; see `Assistant.themes`."""

    def __init__(
        self,
        parser: TextParser,
        grouping: TermGrouper,
        emotion_words: EmotionWordFinder | None = None,
        *,
        max_messages: int = 500,
        phrase_reader: Callable[[], SyntaxAnalyzer] | None = None,
    ) -> None:
        self.parser = parser
        self.phrase_reader = phrase_reader
        self.grouping = grouping
        self.emotion_words = emotion_words
        self.max_messages = max_messages

    def report(self, messages: Sequence[str | Message], *, lang: str | None = None) -> ThemeReport:
        """Analyse the client's messages of `messages` (oldest first)."""
        items = self._validate(messages)
        analysed = [i for i, m in enumerate(items) if m.author.lower() == "client"]
        if not analysed:
            raise InvalidInputError(
                f"the thread has {len(items)} messages but none by the client (author='client'); "
                "themes are read from the client's own words"
            )
        texts = [items[i].text for i in analysed]
        names = [f"messages[{i}]" for i in analysed]
        guess = guess_language(" ".join(texts))
        fallback = guess.language if guess.supported else None
        taxonomy: dict[tuple[str, str], TermStats] = {}
        own: dict[str, TermStats] = {}
        languages: dict[str, None] = {}
        parsed_all = self.parser.parse_many(texts, lang=lang, fallback=fallback, names=names)
        for index, parsed in zip(analysed, parsed_all, strict=True):
            languages.update(dict.fromkeys(parsed.languages))
            collect(parsed, index, taxonomy, own)
            if self.emotion_words is not None:
                for seg in parsed.segments:
                    collect_emotions(self.emotion_words.find(seg, parsed), index, taxonomy)
        if self.phrase_reader is not None:
            self._noun_phrases(texts, analysed, own, lang=lang, fallback=fallback, names=names)
        terms = _qualifying(list(taxonomy.values()), list(own.values()), analysed)
        built = [_theme(group, analysed, next(iter(languages))) for group in self.grouping.group(terms)]
        themes = [t for t in built if t is not None and _worth_reporting(t, analysed)]
        themes.sort(key=lambda t: (-t.message_count, -t.score, t.label))
        last = analysed[-1]
        new = tuple(t.label for t in themes if t.first_message == last)
        faded = tuple(t.label for t in themes if _faded_from(t.messages, analysed))
        return ThemeReport(tuple(themes), new, faded, len(items), tuple(analysed), tuple(languages))

    def _noun_phrases(
        self,
        texts: list[str],
        analysed: list[int],
        own: dict[str, TermStats],
        *,
        lang: str | None,
        fallback: str | None,
        names: list[str],
    ) -> None:
        assert self.phrase_reader is not None
        reader = self.phrase_reader()
        parsed_all = reader.parser.parse_many(texts, lang=lang, fallback=fallback, names=names)
        for index, parsed in zip(analysed, parsed_all, strict=True):
            collect_noun_phrases(parsed, index, own, reader.noun_phrase_tokens)

    def _validate(self, messages: Sequence[str | Message]) -> list[Message]:
        if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
            raise TypeError(
                f"messages must be a list of str or Message, got {type(messages).__name__}; "
                "wrap a single text as [text]"
            )
        if not messages:
            raise InvalidInputError("the thread is empty; pass at least one message")
        if len(messages) > self.max_messages:
            raise InvalidInputError(
                f"the thread has {len(messages)} messages, over the limit of {self.max_messages}; "
                "analyse the most recent ones or raise Assistant(max_messages=...)"
            )
        items = []
        for i, m in enumerate(messages):
            item = Message(m) if isinstance(m, str) else m
            if not isinstance(item, Message):
                raise TypeError(f"messages[{i}] must be str or Message, got {type(m).__name__}")
            check_text(item.text, max_chars=self.parser.max_chars, what=f"messages[{i}]")
            items.append(item)
        return items


def _qualifying(taxonomy: list[TermStats], own: list[TermStats], analysed: list[int]) -> list[TermStats]:
    """Drop weak taxonomy hits (per message) and own words that neither recur nor stand out."""
    weight: dict[tuple[str | None, int], float] = {}
    for term in taxonomy:
        for message in term.messages:
            weight[(term.category, message)] = weight.get((term.category, message), 0.0) + term.weight
    kept = []
    for term in taxonomy:
        term.occurrences = [o for o in term.occurrences if weight[(term.category, o[0])] >= MIN_MESSAGE_WEIGHT]
        if term.occurrences:
            kept.append(term)
    single = len(analysed) == 1
    for term in own:
        if len(analysed) >= 4 and len(term.messages) == len(analysed) and not term.emphasis:
            continue  # in every letter: a greeting, a sign-off or the client's own name
        recurring = len(term.messages) >= 2
        standing_out = single and (len(term.occurrences) >= 2 or term.emphasis > 0)
        if recurring or standing_out:
            kept.append(term)
    return sorted(kept, key=lambda t: (t.category or "~", t.key))


def _theme(group: list[TermStats], analysed: list[int], lang: str) -> Theme | None:
    occurrences = sorted({o for t in group for o in t.occurrences})
    if not occurrences:
        return None
    messages = sorted({o[0] for o in occurrences})
    ranked = sorted(group, key=lambda t: (-len(t.messages), -len(t.occurrences), -t.weight, t.key))
    label = ", ".join(_display(t) for t in ranked[:2])
    categories = [t.category for t in group if t.category]
    category = categories[0] if categories else None
    score = sum(len(t.occurrences) * t.weight * (1 + 0.5 * min(t.emphasis, 2)) for t in group)
    terms = tuple(
        ThemeTerm(t.key, len(t.occurrences), len(t.messages), t.emphasis, "taxonomy" if t.category else "client")
        for t in ranked
    )
    key_of = {(o, t.key) for t in group for o in t.occurrences}
    return Theme(
        label=label,
        category=category,
        category_label=category_labels(lang).get(category) if category else None,
        terms=terms,
        occurrences=tuple(
            ThemeOccurrence(start=s, end=e, text=x, message=m, term=k)
            for (m, s, e, x), k in sorted(key_of, key=lambda p: (p[0], p[1]))
        ),
        message_count=len(messages),
        first_message=messages[0],
        last_message=messages[-1],
        trend=_trend(messages, analysed),
        score=round(score, 3),
    )


def _display(term: TermStats) -> str:
    """The term as the client writes it (a name keeps its capital); a long match by its lemmas."""
    capitalised = [f for f in term.forms if f[:1].isupper()]
    form = max(capitalised or term.forms, key=lambda f: (term.forms[f], f))
    return form if len(form.split()) <= len(term.key.split()) + 1 else term.key


def _faded_from(messages: Sequence[int], analysed: list[int]) -> bool:
    """Recurred, but absent from the last few client messages (the last third, 1 to 3)."""
    recent = analysed[-max(1, min(3, len(analysed) // 3)) :]
    return len(messages) >= 2 and len(analysed) >= 4 and not set(messages) & set(recent)


def _trend(messages: list[int], analysed: list[int]) -> Trend:
    rank = {m: r for r, m in enumerate(analysed)}
    n = len(analysed)
    if _faded_from(messages, analysed):
        return "fading"
    if messages[0] == analysed[-1] and n > 1:
        return "rising"
    if n < 4:
        return "steady"
    early = sum(rank[m] < n / 2 for m in messages)
    late = len(messages) - early
    if late >= early + 2 or (early == 0 and late >= 2):
        return "rising"
    if early >= late + 2:
        return "fading"
    return "steady"


def _worth_reporting(theme: Theme, analysed: list[int]) -> bool:
    """Recurring themes, and any theme of the latest message (it may be new)."""
    return theme.message_count >= 2 or theme.last_message == analysed[-1] or len(analysed) == 1
