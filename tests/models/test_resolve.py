from __future__ import annotations

from pathlib import Path

import pytest

from assist.errors import ModelNotFoundError
from assist.models import resolve_model, shipped_model_path, shipped_models


def test_shipped_syntax_models_are_listed_and_resolve_by_name() -> None:
    assert {"syntax-en", "syntax-nl"} <= set(shipped_models())
    assert resolve_model("syntax-nl") == shipped_model_path("syntax-nl")


def test_an_existing_path_wins(tmp_path: Path) -> None:
    assert resolve_model(tmp_path) == tmp_path


def test_assist_home_is_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "my-model").mkdir()
    monkeypatch.setenv("ASSIST_HOME", str(tmp_path))
    assert resolve_model("my-model") == tmp_path / "my-model"


def test_missing_model_error_lists_the_places_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSIST_HOME", raising=False)
    with pytest.raises(ModelNotFoundError) as err:
        resolve_model("no-such-model")
    message = str(err.value)
    assert "no-such-model" in message and "syntax-nl" in message and "$ASSIST_HOME (not set)" in message
    assert isinstance(err.value, OSError)
