"""Find a model: an existing path, then the models shipped in the package, then `$ASSIST_HOME`.

Nothing is ever downloaded.
"""

from __future__ import annotations

import os
from pathlib import Path

from assist.errors import ModelNotFoundError

_HERE = Path(__file__).resolve().parent


def shipped_model_path(name: str) -> Path:
    """The folder a shipped model `name` lives in (it may not exist in a partial install)."""
    return _HERE / name


def shipped_models() -> list[str]:
    """Names of the models shipped in this install."""
    return sorted(p.name for p in _HERE.iterdir() if p.is_dir() and (p / "meta.json").is_file())


def resolve_model(name_or_path: str | os.PathLike[str]) -> Path:
    """The folder of a model given as a path, a shipped name, or a name under `$ASSIST_HOME`.

    Raises:
        ModelNotFoundError: nothing found; the message lists the places searched.

    Example:
        >>> resolve_model("syntax-nl").name
        'syntax-nl'
    """
    tried: list[str] = []
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        return path
    tried.append(f"path {str(path)!r}")
    name = str(name_or_path)
    shipped = shipped_model_path(name)
    if "/" not in name and shipped.is_dir():
        return shipped
    tried.append(f"shipped models {shipped_models()}")
    home = os.environ.get("ASSIST_HOME")
    if home:
        candidate = Path(home).expanduser() / name
        if candidate.is_dir():
            return candidate
        tried.append(f"$ASSIST_HOME folder {str(candidate)!r}")
    else:
        tried.append("$ASSIST_HOME (not set)")
    raise ModelNotFoundError(
        f"model {name!r} not found; searched {', '.join(tried)}. Pass the path of a model folder, "
        "one of the shipped names, or put the folder under $ASSIST_HOME"
    )
