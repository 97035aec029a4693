"""Models shipped inside the package, and the resolver that finds a model by name or path."""

from __future__ import annotations

from assist.models.resolve import resolve_model, shipped_model_path, shipped_models

__all__ = ["resolve_model", "shipped_model_path", "shipped_models"]
