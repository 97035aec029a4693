"""Key terms of one message: taxonomy hits and the client's own salient words and phrases."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from assist.emotions.result import EmotionMention
from assist.text.document import ParsedText
from assist.text.phrases import PhraseMatch
from assist.text.tokens import SentenceTokens, sentences
from assist.themes.base import TermStats
from assist.themes.taxonomy import ThemeResources, theme_resources

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_ZIPF = 5.0  # words more frequent than this ("time", "oud") are too general to be the client's own key words
_STARTERS = frozenset({"weer", "nooit", "altijd", "steeds", "again", "always", "never", "still"})
_QUOTES = frozenset({'"', "'"})
_SPELLING = {"m'n": "mijn", "z'n": "zijn"}


@cache
def rarity(word: str, lang: str) -> float:
    """0 for the most common words, up to 1 for words rare in general language (wordfreq)."""
    return max(0.0, 7.0 - zipf_frequency(word, lang)) / 7.0


def _select(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    ordered = sorted(matches, key=lambda m: (-len(m.phrase.tokens), m.first, m.phrase.value))
    taken: list[PhraseMatch] = []
    for match in ordered:
        if all(match.last < t.first or match.first > t.last for t in taken):
            taken.append(match)
    return taken


def _content(sent: SentenceTokens, i: int, res: ThemeResources) -> str | None:
    """The lemma of a token that can be a key word, else None."""
    form = sent.keys[i][0]
    lemma = sent.lemmas[i].replace("_", "")
    if not form.isalpha() or len(form) < 3:
        return None
    if form in res.stop_words or lemma in res.stop_words or form in res.generic or lemma in res.generic:
        return None
    if zipf_frequency(lemma, res.lang) >= MAX_ZIPF:
        return None
    return lemma


def _emphasised(sent: SentenceTokens, i: int, j: int, res: ThemeResources, analysed: str, offset: int) -> bool:
    before = sent.keys[i - 1][0] if i > 0 else ""
    after = sent.keys[j + 1][0] if j + 1 < len(sent) else ""
    text = analysed[offset + sent.starts[i] : offset + sent.ends[j]]
    return before in res.intensifiers or (before in _QUOTES and after in _QUOTES) or (len(text) >= 3 and text.isupper())


def collect(parsed: ParsedText, message: int, taxonomy: dict[tuple[str, str], TermStats],
            own: dict[str, TermStats]) -> None:
    """Add the key terms of one message to the thread's running statistics."""
    analysed = parsed.normalized.text
    for seg in parsed.segments:
        res = theme_resources(seg.lang)
        for sent in sentences(seg.doc, seg.lang):
            covered: set[int] = set()
            for match in _select(res.index.find(sent.keys)):
                entry = res.entries[match.phrase.value]
                slot = (entry.phrase, entry.category)
                stats = taxonomy.setdefault(slot, TermStats(entry.phrase, entry.category, entry.weight))
                _add(stats, parsed, seg.start, sent, match.first, match.last, message)
                stats.emphasis += _emphasised(sent, match.first, match.last, res, analysed, seg.start)
                covered.update(range(match.first, match.last + 1))
            for i in range(len(sent)):
                if i in covered:
                    continue
                lemma = _content(sent, i, res)
                if lemma is None:
                    continue
                first = sent.keys[i - 1][0] if i > 0 else ""
                if i > 0 and i - 1 not in covered and (first in res.possessives or first in _STARTERS):
                    key = f"{_SPELLING.get(first, first)} {lemma}"
                    stats = own.setdefault(key, TermStats(key, None, rarity(lemma, res.lang)))
                    _add(stats, parsed, seg.start, sent, i - 1, i, message)
                    stats.emphasis += _emphasised(sent, i - 1, i, res, analysed, seg.start)
                stats = own.setdefault(lemma, TermStats(lemma, None, rarity(lemma, res.lang)))
                _add(stats, parsed, seg.start, sent, i, i, message)
                stats.emphasis += _emphasised(sent, i, i, res, analysed, seg.start)


# Emotion words as evidence for the emotional themes: by finer term first, then by emotion.
EMOTION_THEMES_BY_TERM = {
    "loneliness": "friends_loneliness", "rejection": "friends_loneliness",
    "shame": "self_worth", "worthlessness": "self_worth", "insecurity": "self_worth", "self-hatred": "self_worth",
    "hopelessness": "mood", "emptiness": "mood", "despair": "mood", "numbness": "mood",
    "worry": "anxiety", "anxiety": "anxiety", "panic": "anxiety", "stress": "anxiety",
    "rage": "anger", "irritation": "anger", "frustration": "anger",
}
EMOTION_THEMES_BY_EMOTION = {
    "sadness": "mood", "grief": "loss_grief", "fear": "anxiety", "nervousness": "anxiety",
    "anger": "anger", "annoyance": "anger",
}
EMOTION_WEIGHT = 0.5  # an emotion word is evidence for a theme, less specific than a taxonomy term


def collect_emotions(
    mentions: Sequence[EmotionMention], message: int, taxonomy: dict[tuple[str, str], TermStats]
) -> None:
    """Add the message's (not negated) emotion words to the emotional themes (mood, anxiety, ...)."""
    for m in mentions:
        category = EMOTION_THEMES_BY_TERM.get(m.term or "") or EMOTION_THEMES_BY_EMOTION.get(m.emotion)
        if m.negated or category is None:
            continue
        stats = taxonomy.setdefault((m.lemma, category), TermStats(m.lemma, category, EMOTION_WEIGHT))
        stats.occurrences.append((message, m.start, m.end, m.text))
        stats.forms[m.text.lower()] += 1


def _add(stats: TermStats, parsed: ParsedText, offset: int, sent: SentenceTokens, i: int, j: int, message: int) -> None:
    start, end = parsed.span(offset + sent.starts[i], offset + sent.ends[j])
    text = parsed.text[start:end]
    stats.occurrences.append((message, start, end, text))
    # A capital inside a sentence marks a name ("Marco"); at the start of one it says nothing.
    stats.forms[text if i > 0 and text[:1].isupper() and not text.isupper() else text.lower()] += 1


_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def collect_noun_phrases(
    parsed: ParsedText, message: int, own: dict[str, TermStats], chunker: Callable[[Doc, str], list[tuple[int, int]]]
) -> None:
    """Add the message's multi-word noun phrases ("night shifts", "nieuwe baan") as own key phrases.

    `parsed` comes from a pipeline with a tagger (and parser); a phrase is its nouns and
    adjectives without determiners or possessives, keyed by their lemmas, rated by its noun.
    """
    for seg in parsed.segments:
        res = theme_resources(seg.lang)
        for start, end in chunker(seg.doc, seg.lang):
            words = [t for t in seg.doc[start:end] if t.pos_ in _PHRASE_POS]
            if len(words) < 2 or not all(t.is_alpha for t in words) or words[-1].i != end - 1:
                continue
            lemmas = [(t.lemma_ or t.lower_).lower() for t in words]
            head = lemmas[-1]
            # A phrase may rest on a commoner noun than a single key word ("new job"), not on the
            # commonest ("this time", "die dag"): one Zipf step above the single-word cut-off.
            if head in res.stop_words or head in res.generic or zipf_frequency(head, res.lang) >= MAX_ZIPF + 1:
                continue
            key = " ".join(lemmas)
            stats = own.setdefault(key, TermStats(key, None, rarity(head, res.lang)))
            first, last = words[0], words[-1]
            s, e = parsed.span(seg.start + first.idx, seg.start + last.idx + len(last.text))
            stats.occurrences.append((message, s, e, parsed.text[s:e]))
            stats.forms[parsed.text[s:e].lower()] += 1
