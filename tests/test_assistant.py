from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assist import Assistant, AssistantConfig, EmotionResult
from assist.errors import InvalidInputError
from tests.samples import EN_LETTER, MIXED, NL_LETTER


@pytest.mark.parametrize(("text", "lang"), [(EN_LETTER, "en"), (NL_LETTER, "nl")])
def test_emotions_detects_language_and_offsets(assistant: Assistant, text: str, lang: str) -> None:
    result = assistant.emotions(text)
    assert isinstance(result, EmotionResult)
    assert result.language == lang
    assert len(result.mentions) >= 3
    for m in result.mentions:
        assert text[m.start : m.end] == m.text
        assert m.language == lang


def test_emotions_many_equals_one_by_one(assistant: Assistant) -> None:
    texts = [EN_LETTER, NL_LETTER, MIXED, "I'm not sad.", "Ik ben niet bang."] * 3
    assert assistant.emotions_many(texts) == [assistant.emotions(t) for t in texts]
    assert assistant.emotions_many(texts, batch_size=2) == [assistant.emotions(t) for t in texts]


def test_emotions_many_accepts_a_generator(assistant: Assistant) -> None:
    results = assistant.emotions_many(t for t in [EN_LETTER, NL_LETTER])
    assert [r.language for r in results] == ["en", "nl"]


def test_mixed_text_is_analysed_per_sentence(assistant: Assistant) -> None:
    result = assistant.emotions(MIXED)
    assert set(result.languages) == {"en", "nl"}
    langs = {m.text: m.language for m in result.mentions}
    assert langs.get("verdrietig") == "nl"
    assert langs.get("anger") == "en"


def test_given_lang_skips_detection(assistant: Assistant) -> None:
    assert assistant.emotions("Help!", lang="nl").language == "nl"
    assert Assistant(lang="en").emotions("Ik ben bang.").language == "en"
    assert Assistant(fallback_lang="nl").emotions("Help!").language == "nl"


def test_config_round_trips(tmp_path: pytest.TempPathFactory) -> None:
    a = Assistant(fallback_lang="nl", max_chars=5000)
    path = tmp_path / "assist.json"  # type: ignore[operator]
    path.write_text(json.dumps(a.to_config()))
    b = Assistant.from_config(str(path))
    assert b.config == a.config == AssistantConfig(fallback_lang="nl", max_chars=5000)
    assert Assistant.from_config(a.to_config()).config == a.config


def test_info_reports_pipelines_and_lexicon_sizes(assistant: Assistant) -> None:
    info = assistant.info()
    for lang in ("en", "nl"):
        assert "assist_tokens" in info["languages"][lang]["pipeline"]
        assert info["languages"][lang]["emotion_lexicon_entries"] > 0


def test_result_to_dict_leaves_text_out_unless_asked(assistant: Assistant) -> None:
    result = assistant.emotions(EN_LETTER)
    data = result.to_dict()
    assert "text" not in data
    assert data["mentions"][0]["start"] == result.mentions[0].start
    assert result.to_dict(include_text=True)["text"] == EN_LETTER
    json.dumps(data)


def test_null_backend_finds_nothing() -> None:
    assert Assistant(emotion_words="none").emotions(EN_LETTER).mentions == ()


def test_configured_missing_spacy_pipeline_is_a_clear_error() -> None:
    from assist.errors import ModelNotFoundError

    with pytest.raises(ModelNotFoundError, match="xx_missing_pipeline"):
        Assistant(spacy_pipelines={"en": "xx_missing_pipeline"}).emotions("I am sad.")


def test_import_assist_does_not_import_torch() -> None:
    # spaCy's thinc imports torch whenever it is installed, so spaCy itself loads on first use.
    code = (
        "import sys, assist; assist.Assistant(); "
        "print('torch' in sys.modules, 'transformers' in sys.modules, 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False False"


def test_torch_is_installed_in_the_test_environment() -> None:
    # The dev extras install torch==2.13.0 (CPU); without it the test above would pass for the wrong reason.
    import importlib.util

    assert importlib.util.find_spec("torch") is not None


def test_configured_spacy_pipeline_is_used(tmp_path_factory: pytest.TempPathFactory) -> None:
    import spacy

    path = tmp_path_factory.mktemp("pipeline") / "en_test_pipeline"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = "test_pipeline"
    nlp.to_disk(path)
    custom = Assistant(spacy_pipelines={"en": str(path)})
    assert "test_pipeline" in custom.info()["languages"]["en"]["pipeline"]
    result = custom.emotions("I'm not angry. I am so lonely.", lang="en")
    assert [(m.text, m.negated) for m in result.mentions] == [("angry", True), ("lonely", False)]


def test_batches_restore_the_garbage_collector(assistant: Assistant) -> None:
    import gc

    assert gc.isenabled()
    assistant.emotions_many(["I am sad."] * 3000)
    assert gc.isenabled()
    gc.disable()
    try:
        assistant.emotions_many(["I am sad."] * 10)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
    with pytest.raises(InvalidInputError):
        assistant.emotions_many(["I am sad.", ""])
    assert gc.isenabled()
