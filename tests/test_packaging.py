"""The language data and model cards ship inside the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA_FILES = (
    "emotion_lexicon.tsv",
    "modifiers.tsv",
    "emotion_exceptions.tsv",
    "stop_words.txt",
    "LEXICON_CARD.md",
    "theme_taxonomy.tsv",
    "theme_generic.txt",
    "possessives.txt",
    "determiners.txt",
    "questions.tsv",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("assist-*.whl")
    return path


def test_wheel_contains_language_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("en", "nl"):
        for name in DATA_FILES:
            assert f"assist/lang/{lang}/{name}" in names
    assert "assist/py.typed" in names
    assert "assist/lang/DATA_CARD.md" in names
    assert "assist/lang/THEMES_CARD.md" in names
    assert "assist/lang/theme_categories.tsv" in names
    assert "assist/lang/langid/de.txt" in names
    assert "assist/lang/nl/zijn_verbs.txt" in names
    assert "assist/train/syntax.cfg" in names
    for lang in ("en", "nl"):
        for part in ("meta.json", "config.cfg", "README.md", "parser/model", "tok2vec/model", "vocab/strings.json"):
            assert f"assist/models/syntax-{lang}/{part}" in names
    assert not any(n.startswith(("tests/", "benchmarks/", "service/")) for n in names)


@pytest.mark.slow
def test_wheel_installs_and_works_offline_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], check=True)
    code = (
        "from assist import Assistant; a = Assistant(); print(a.emotions('Ik ben zo bang.').mentions[0].emotion);"
        "print(a.themes(['Mijn baas is streng.', 'Mijn baas belt weer.']).themes[0].category);"
        "r = a.syntax('Ik werd ontslagen.'); print(r.backend, r.passives[0].text.replace(' ', '_'))"
    )
    out = subprocess.run([str(py), "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path)
    assert out.stdout.split() == ["fear", "work", "parse", "werd_ontslagen"]
