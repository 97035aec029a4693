"""The lexicon backend: emotion words and expressions from per-language data files.

Matching runs per sentence on token forms and lemmas (see `assist.text.phrases`). Then:
exception phrases ("good grief", "gek genoeg") drop matches inside them; `pred` words
followed by a content word ("mad scientist") are dropped; a capitalised word inside a
sentence is taken for a name ("Joy", "Hope"); overlapping matches keep the longest; negation
is read from a window before the mention (and, for Dutch finite verbs, after it: "ik schaam
me niet"), stopping at clause boundaries and ignoring pseudo-negations ("can't help", "niet
alleen"); intensity is scaled by nearby intensifiers and downtoners.
"""

from __future__ import annotations

from collections.abc import Sequence

from assist.emotions.labels import GROUP_OF
from assist.emotions.resources import TYPO_MIN_LENGTH, EmotionResources, LexiconEntry, correct_typo, emotion_resources
from assist.emotions.result import EmotionMention
from assist.text.document import ParsedText, Segment
from assist.text.keys import is_elongated, join_separable_verbs
from assist.text.phrases import PhraseMatch
from assist.text.tokens import SentenceTokens, sentences

Keys = Sequence[tuple[str, ...]]
_QUOTES = frozenset({'"', "'", ":", "(", "-", "*", "•"})


class LexiconEmotionWords:
    """Find emotion words with the shipped lexicon.

    `context=False` gives a plain lookup baseline: no exception phrases, no `pred` rule, no
    negation and no intensity modifiers (for benchmarks and ablations).

    Example:
        >>> from assist import Assistant
        >>> [m.text for m in Assistant().emotions("I feel so lonely.").mentions]
        ['lonely']
    """

    def __init__(self, *, context: bool = True) -> None:
        self.context = context

    def find(self, segment: Segment, parsed: ParsedText) -> list[EmotionMention]:
        """Return the mentions in `segment`, sorted by start offset."""
        res = emotion_resources(segment.lang)
        mentions: list[EmotionMention] = []
        for sent in sentences(segment.doc, segment.lang):
            mentions.extend(self._sentence(sent, res, segment.start, parsed))
        return mentions

    def _sentence(
        self, sent: SentenceTokens, res: EmotionResources, offset: int, parsed: ParsedText
    ) -> list[EmotionMention]:
        sent = _join_hyphenated(sent)
        keys: Keys = _with_typo_keys(sent.keys, res)
        if res.lang == "nl":
            keys = join_separable_verbs(sent.lemmas, list(keys), res.breakers)
        matches = res.lexicon.find(keys)
        if not matches:
            return []
        if self.context:
            blocked = [(m.first, m.last) for m in res.exceptions.find(keys)]
            matches = [
                m
                for m in matches
                if not any(a <= m.first and m.last <= b for a, b in blocked)
                and not _attributive(m, res, keys)
                and not _name_like(m, sent, parsed.normalized.text, offset)
            ]
        chosen = _select(matches)
        pseudo = {p for m in res.pseudo.find(keys) for p in range(m.first, m.last + 1)}
        mods = [(m.first, m.last, res.factors[m.phrase.value]) for m in _select(res.modifiers.find(keys))]
        mod_positions = {p for a, b, _ in mods for p in range(a, b + 1)}
        out = []
        for match in chosen:
            entry = res.entries[match.phrase.value]
            start, end = parsed.span(offset + sent.starts[match.first], offset + sent.ends[match.last])
            text = parsed.text[start:end]
            if self.context:
                negated = _negated(match, sent, keys, res, pseudo, mod_positions)
                intensity = _intensity(match, entry, keys, res, mods, text)
            else:
                negated, intensity = False, entry.intensity
            out.append(
                EmotionMention(
                    start=start,
                    end=end,
                    text=text,
                    emotion=entry.emotion,
                    group=GROUP_OF[entry.emotion],
                    intensity=intensity,
                    negated=negated,
                    term=entry.term,
                    lemma=entry.phrase,
                    language=res.lang,
                )
            )
        return out


def _join_hyphenated(sent: SentenceTokens) -> SentenceTokens:
    """Drop hyphens inside words ("over-the-moon", "heart-broken") so phrases match either spelling."""
    if not sent.hyphens:
        return sent
    keep = [
        i
        for i in range(len(sent))
        if not (
            sent.keys[i][0] == "-"
            and 0 < i < len(sent) - 1
            and sent.ends[i - 1] == sent.starts[i]
            and sent.ends[i] == sent.starts[i + 1]
        )
    ]
    if len(keep) == len(sent):
        return sent
    return SentenceTokens(
        [sent.starts[i] for i in keep], [sent.ends[i] for i in keep], [sent.keys[i] for i in keep],
        [sent.lemmas[i] for i in keep],
    )


def _with_typo_keys(keys: list[tuple[str, ...]], res: EmotionResources) -> list[tuple[str, ...]]:
    out = keys
    seen = res.spelled
    for i, token_keys in enumerate(keys):
        if len(token_keys[0]) < TYPO_MIN_LENGTH - 1:
            continue
        fixed = seen.get(token_keys, "")
        if fixed == "":
            fixed = None
            if not res.lexicon.knows(token_keys):
                fixed = correct_typo(token_keys[0], res.lang)
            if len(seen) < 200_000:
                seen[token_keys] = fixed
        if fixed is not None:
            out = list(out) if out is keys else out
            out[i] = (*token_keys, fixed)
    return out


def _attributive(match: PhraseMatch, res: EmotionResources, keys: Keys) -> bool:
    """A `pred` word used before a noun: "a mad scientist", "that sick beat", "Mad scientists ...".

    It must follow a determiner (or open the sentence) and precede a content word; "feeling
    guilty whenever ..." and "I'm mad at him" keep their emotion.
    """
    if not res.entries[match.phrase.value].pred or match.last + 1 >= len(keys):
        return False
    before = keys[match.first - 1][0] if match.first > 0 else ""
    if match.first > 0 and before not in res.determiners:
        return False
    nxt = keys[match.last + 1][0]
    return nxt.isalpha() and nxt not in res.stop_words and nxt not in res.negators and nxt not in res.breakers


def _name_like(match: PhraseMatch, sent: SentenceTokens, analysed: str, offset: int) -> bool:
    """A capitalised single word inside a sentence is a name more often than a feeling ("Joy", "Blije")."""
    if len(match.positions) != 1 or match.first == 0:
        return False
    i = match.first
    text = analysed[offset + sent.starts[i] : offset + sent.ends[i]]
    before = analysed[offset + sent.starts[i - 1] : offset + sent.ends[i - 1]]
    return text[:1].isupper() and text[1:].islower() and before not in _QUOTES


def _select(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """Keep non-overlapping matches: longest phrase first, then surface-form matches, then row order."""
    ordered = sorted(
        matches, key=lambda m: (-len(m.phrase.tokens), not m.exact, m.last - m.first, m.phrase.value)
    )
    taken: list[PhraseMatch] = []
    for match in ordered:
        if all(match.last < t.first or match.first > t.last for t in taken):
            taken.append(match)
    return sorted(taken, key=lambda m: m.first)


def _is_negator(keys: tuple[str, ...], res: EmotionResources) -> bool:
    return keys[0] in res.negators or (len(keys) > 1 and keys[1] in res.negators)


def _negated(
    match: PhraseMatch,
    sent: SentenceTokens,
    keys: Keys,
    res: EmotionResources,
    pseudo: set[int],
    modifiers: set[int],
) -> bool:
    # A negator inside the span that is not part of the phrase ("ik voel me niet rot").
    for j in range(match.first + 1, match.last):
        if j not in match.positions and j not in pseudo and _is_negator(keys[j], res):
            return True
    if _scan(range(match.first - 1, -1, -1), res.params.negation_window, keys, res, pseudo, modifiers, res.breakers):
        return True
    # Dutch main clauses put "niet" after the finite verb: "ik schaam me niet", "ik mis hem niet".
    window_after = res.params.negation_window_after
    ends_clause = keys[match.last][0] in res.breakers_after  # "baal ervan dat ..."
    if window_after and not ends_clause and any(_finite_verb(sent, p) for p in match.positions):
        after = range(match.last + 1, len(keys))
        return _scan(after, window_after, keys, res, pseudo, modifiers, res.breakers_after)
    return False


def _finite_verb(sent: SentenceTokens, i: int) -> bool:
    """A conjugated verb form: its lemma is an infinitive and differs from the form."""
    lemma = sent.lemmas[i].replace("_", "")
    form = sent.keys[i][0]
    participle = form.startswith("ge") and not lemma.startswith("ge")  # "geschaamd", "gemist"
    return lemma.endswith("en") and form != lemma and not participle


def _scan(
    positions: range,
    window: int,
    keys: Keys,
    res: EmotionResources,
    pseudo: set[int],
    modifiers: set[int],
    breakers: frozenset[str],
) -> bool:
    counted = 0
    for j in positions:
        if counted >= window:
            return False
        key = keys[j][0]
        if key in breakers:
            return False
        if j in pseudo:
            continue
        if _is_negator(keys[j], res):
            return True
        if key in res.transparent or j in modifiers:
            continue
        counted += 1
    return False


def _intensity(
    match: PhraseMatch,
    entry: LexiconEntry,
    keys: Keys,
    res: EmotionResources,
    mods: list[tuple[int, int, float]],
    text: str,
) -> float:
    factor = 1.0
    window = res.params.modifier_window
    for first, last, f in mods:
        before = match.first - window <= last < match.first and not any(
            keys[j][0] in res.breakers for j in range(last + 1, match.first)
        )
        inside = match.first < first and last < match.last and first not in match.positions
        if before or inside:
            factor *= f
    if text.isupper() and sum(c.isalpha() for c in text) >= 3:
        factor *= 1.2
    if any(is_elongated(keys[p][0]) for p in match.positions):
        factor *= 1.15
    if keys[-1][0] == "!" or (len(keys) > 1 and keys[-2][0] == "!"):
        factor *= 1.1
    return round(min(1.0, max(0.05, entry.intensity * factor)), 2)
