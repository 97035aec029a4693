"""Shared fixtures. One Assistant per session: building spaCy pipelines is the slow part."""

from __future__ import annotations

import pytest

from assist import Assistant


@pytest.fixture(scope="session")
def assistant() -> Assistant:
    return Assistant()


@pytest.fixture(scope="session")
def assistant_en_fallback() -> Assistant:
    return Assistant(fallback_lang="en")
