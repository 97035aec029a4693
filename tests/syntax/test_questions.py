from __future__ import annotations

import pytest

from assist.syntax.questions import question_form
from assist.text.pipeline import get_pipeline


@pytest.mark.parametrize(
    ("text", "lang", "kind", "cue"),
    [
        ("What happened after that?", "en", "open", "What"),
        ("And why do you think that is?", "en", "open", "why"),
        ("Do you sleep well these days?", "en", "closed", "Do"),
        ("Can you tell me more about it?", "en", "closed", "Can"),
        ("Do you know why you feel this way?", "en", "closed", "Do"),
        ("You felt alone?", "en", "closed", "?"),
        ("What a day!", "en", None, None),
        ("I wonder why she left.", "en", None, None),
        ("Wat gebeurde er daarna?", "nl", "open", "Wat"),
        ("En hoe voelde dat?", "nl", "open", "hoe"),
        ("Zo, waarover wil je het hebben?", "nl", "open", "waarover"),
        ("Heb je daar met iemand over gepraat?", "nl", "closed", "Heb"),
        ("Weet je waarom je je zo voelt?", "nl", "closed", "Weet"),
        ("Je voelde je alleen?", "nl", "closed", "?"),
        ("Wat een dag!", "nl", None, None),
        ("Ik weet niet waarom ze wegging.", "nl", None, None),
    ],
)
def test_question_form_from_words(text: str, lang: str, kind: str | None, cue: str | None) -> None:
    doc = get_pipeline(lang)(text)
    q = question_form(doc[:], lang)
    assert (q.kind if q else None, q.cue if q else None) == (kind, cue)

