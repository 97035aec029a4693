"""The shipped lexicons are exactly what their build scripts make from their sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/data (the source lexicons)")
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_build_script_reproduces_the_shipped_lexicon(lang: str) -> None:
    script = ROOT / "scripts" / "lexicon" / f"build_{lang}.py"
    proc = subprocess.run([sys.executable, str(script), "--check"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
