"""spaCy components, for developers who run their own spaCy pipelines.

`nlp.add_pipe("assist_emotion_words")` adds the lexicon emotion-word finder to any English or
Dutch pipeline. Mentions land in `doc.spans["emotions"]`: each span's `label_` is the emotion,
and `span._.emotion` holds the full `EmotionMention` (group, intensity, negated, term).

Example:
    >>> import spacy, assist.spacy_components
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("assist_tokens")  # sentences and lemmas, as in Assistant()
    >>> _ = nlp.add_pipe("assist_emotion_words")
    >>> doc = nlp("I'm not angry, just sad.")
    >>> [(s.text, s.label_, s._.emotion.negated) for s in doc.spans["emotions"]]
    [('angry', 'anger', True), ('sad', 'sadness', False)]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from assist.emotions.lexicon import LexiconEmotionWords
from assist.lang import check_language
from assist.text import pipeline as _pipeline  # registers assist_tokens
from assist.text.document import ParsedText, Segment
from assist.text.normalize import Normalized

__all__ = ["EmotionWordsComponent"]
_ = _pipeline

if not Span.has_extension("emotion"):
    Span.set_extension("emotion", default=None)


class EmotionWordsComponent:
    """Store the emotion words of each doc in `doc.spans[key]`."""

    def __init__(self, lang: str, key: str = "emotions") -> None:
        self.lang = check_language(lang)
        self.key = key
        self.finder = LexiconEmotionWords()

    def __call__(self, doc: Doc) -> Doc:
        """Find the emotion words of `doc` and store them as spans."""
        text = doc.text
        parsed = ParsedText(text, self.lang, (Segment(0, self.lang, doc),), Normalized(text))
        spans = []
        for mention in self.finder.find(parsed.segments[0], parsed):
            span = doc.char_span(mention.start, mention.end, label=mention.emotion, alignment_mode="expand")
            if span is not None:
                span._.emotion = mention
                spans.append(span)
        doc.spans[self.key] = spans
        return doc


@Language.factory("assist_emotion_words", default_config={"key": "emotions"})
def make_emotion_words(nlp: Language, name: str, key: str) -> EmotionWordsComponent:
    """Factory for `nlp.add_pipe("assist_emotion_words")` (the pipeline's language must be en or nl)."""
    return EmotionWordsComponent(str(nlp.lang), key)
