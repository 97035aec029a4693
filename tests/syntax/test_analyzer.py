from __future__ import annotations

import pytest

from assist import Assistant
from assist.errors import EmptyTextError
from assist.syntax import SyntaxResult, ud_noun_chunks
from assist.text import pipeline


@pytest.fixture(scope="module")
def tags_assistant() -> Assistant:
    return Assistant(syntax="tags")


def _offsets_hold(result: SyntaxResult) -> None:
    spans = [*result.sentences, *result.noun_phrases, *result.passives]
    spans += [s for p in result.passives for s in (p.auxiliary, p.participle) if s is not None]
    for span in spans:
        assert result.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "lang", "passive", "question"),
    [
        ("I was fired by my new boss last week. Why do you think that happened?", "en",
         ("was", "fired"), "open"),
        ("Ik werd vorige week door mijn nieuwe baas ontslagen. Heb je daar met iemand over gepraat?", "nl",
         ("werd", "ontslagen"), "closed"),
    ],
)
def test_syntax_reads_passive_question_and_noun_phrases(
    assistant: Assistant, text: str, lang: str, passive: tuple[str, str], question: str
) -> None:
    result = assistant.syntax(text)
    assert result.language == lang
    assert result.backend == "parse"
    assert "syntax" in result.pipeline
    first, second = result.sentences
    (found,) = first.passives
    assert found.auxiliary is not None and found.participle is not None
    assert (found.auxiliary.text, found.participle.text) == passive
    assert first.question is None
    assert second.question is not None and second.question.kind == question
    assert {"my new boss", "mijn nieuwe baas"} & {n.text for n in result.noun_phrases}
    assert all(s.clauses and s.max_dependency_length for s in result.sentences)
    _offsets_hold(result)


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("I think that the night shifts are ruining my sleep.", 2),
        ("Ik denk dat de nachtdiensten mijn slaap verstoren, want ik word steeds wakker.", 3),
    ],
)
def test_clause_count(assistant: Assistant, text: str, clauses: int) -> None:
    (sentence,) = assistant.syntax(text).sentences
    assert sentence.clauses == clauses


def test_dutch_noun_chunks_through_spacy_use_our_iterator() -> None:
    nlp = pipeline.get_pipeline("nl", pipeline.syntax_pipeline("nl"))
    doc = nlp("Mijn oudste zus woont sinds maart in een heel klein huis in Den Haag.")
    chunks = [c.text for c in doc.noun_chunks]
    assert chunks == [doc[s:e].text for s, e in ud_noun_chunks(doc)]
    assert {"Mijn oudste zus", "een heel klein huis", "Den Haag"} <= set(chunks)


def test_tags_backend_has_no_dependency_length(tags_assistant: Assistant) -> None:
    result = tags_assistant.syntax("Het gesprek werd afgezegd. Wat vond je daarvan?", lang="nl")
    assert result.backend == "tags"
    assert [p.text for p in result.passives] == ["werd afgezegd"]
    assert all(s.max_dependency_length is None for s in result.sentences)
    assert result.sentences[1].question is not None and result.sentences[1].question.kind == "open"
    _offsets_hold(result)


def test_without_a_trained_pipeline_syntax_falls_back_to_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "syntax_pipeline", lambda lang, configured=None: None)
    assistant = Assistant(lang="en")
    result = assistant.syntax("I was told to wait. Why?")
    assert result.backend == "none"
    assert result.passives == () and result.noun_phrases == ()
    assert len(result.sentences) == 2
    assert assistant.info()["languages"]["en"]["syntax_pipeline"].startswith("en_pipeline")


def test_info_names_the_syntax_pipelines(assistant: Assistant) -> None:
    info = assistant.info()
    assert info["syntax_backend"] == "parse"
    assert "syntax" in info["languages"]["nl"]["syntax_pipeline"]


def test_mixed_language_html_and_emoji(assistant: Assistant) -> None:
    text = "<p>Ik werd &amp; voel me 😞 niet gehoord.</p> I was not heard either. Why not?"
    result = assistant.syntax(text)
    assert result.languages == ("nl", "en")
    _offsets_hold(result)
    assert any(s.question is not None for s in result.sentences)


def test_bad_input(assistant: Assistant) -> None:
    with pytest.raises(EmptyTextError):
        assistant.syntax("   ")
    with pytest.raises(TypeError):
        assistant.syntax(b"bytes")  # type: ignore[arg-type]


def test_to_dict_leaves_the_text_out_unless_asked(assistant: Assistant) -> None:
    result = assistant.syntax("Waarom voel ik me zo?")
    assert "text" not in result.to_dict()
    assert result.to_dict(include_text=True)["text"] == "Waarom voel ik me zo?"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Dear Anna,\n\nThank you for your letter.\n\nWarm regards,\nMarieke", "en"),
     ("Beste Ruud,\n\nDank je wel voor je brief.\n\nHartelijke groet,\nMarieke", "nl")],
)
def test_line_breaks_end_sentences_and_whitespace_is_no_phrase(assistant: Assistant, text: str, lang: str) -> None:
    result = assistant.syntax(text, lang=lang)
    assert [s.text for s in result.sentences][-2:] == [text.splitlines()[-2], "Marieke"]
    assert all(n.text.strip() == n.text and n.text for n in result.noun_phrases)
    assert all(s.clauses == 1 for s in result.sentences)


def test_noun_phrase_head_is_the_noun_with_and_without_a_parse(
    assistant: Assistant, tags_assistant: Assistant
) -> None:
    for a in (assistant, tags_assistant):
        phrases = a.syntax("I miss my old school friends.", lang="en").noun_phrases
        assert [(n.text, n.head) for n in phrases] == [("my old school friends", "friend")]


def test_pipeline_order_configured_then_en_core_web_sm_then_shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy.util

    assert pipeline.syntax_pipeline("nl", {"nl": "my_pipeline"}) == "my_pipeline"
    assert pipeline.syntax_pipeline("en", {}).endswith("syntax-en")  # type: ignore[union-attr]
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "en_core_web_sm")
    assert pipeline.syntax_pipeline("en", {}) == "en_core_web_sm"
    assert pipeline.syntax_pipeline("nl", {}).endswith("syntax-nl")  # type: ignore[union-attr]
