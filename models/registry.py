"""The model registry: one folder per version plus a `current` pointer file.

Layout::

    registry/
      current                 # one line: the promoted version, replaced atomically
      pw-1a2b3c4d5e6f/
        model.skops           # weights, calibration, thresholds, feature config (skops, no pickle)
        manifest.json         # sha256 of files, library versions, data hash, metrics, thresholds, date

`load_scorer` verifies sha256 and library versions; `Reloader` lets the stream worker pick up a new
`current` between batches; `promote` refuses a challenger that is worse than the champion on the
fixed test split unless forced.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.artifacts import MANIFEST_FILE, ModelIntegrityError, load_model, read_manifest, write_atomic
from models.placeholder import PlaceholderKeywordScorer
from models.scoring import Scorer

log = logging.getLogger(__name__)

DEFAULT_REGISTRY = Path(__file__).with_name("registry")
DEFAULT_CORPUS = Path(__file__).parent / "data" / "corpus.jsonl"
POINTER = "current"
#: How far a challenger may fall behind the champion on a gate metric before promotion is refused.
TOLERANCE = 0.005
#: Gate metrics and whether higher is better.
GATE_METRICS: dict[str, bool] = {
    "fake_news_f1": True,
    "abuse_f1": True,
    "child_safety_recall": True,
    "hard_negative_false_flag_rate": False,
}

__all__ = [
    "ModelIntegrityError",
    "ModelReloadError",
    "PromotionRefused",
    "RegistryError",
    "Reloader",
    "current_version",
    "list_versions",
    "load_scorer",
    "promote",
]


class RegistryError(RuntimeError):
    """The registry is missing, inconsistent, or names an unknown version."""


class PromotionRefused(RegistryError):
    """The challenger is worse than the champion on the test split (use force to override)."""


class ModelReloadError(RegistryError):
    """A newly promoted version failed to load; the previous scorer stays in service."""


@dataclass(frozen=True, slots=True)
class VersionInfo:
    version: str
    trained_at: str
    current: bool
    manifest: dict[str, Any]


def registry_dir(model_dir: Path | None) -> Path:
    return Path(model_dir) if model_dir is not None else DEFAULT_REGISTRY


def current_version(registry: Path) -> str | None:
    try:
        name = (registry / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def version_folders(registry: Path) -> list[Path]:
    if not registry.is_dir():
        return []
    return sorted(p for p in registry.iterdir() if p.is_dir() and (p / MANIFEST_FILE).is_file())


def list_versions(registry: Path | None = None) -> list[VersionInfo]:
    """Every version in the registry, oldest first."""
    reg = registry_dir(registry)
    current = current_version(reg)
    infos = []
    for folder in version_folders(reg):
        manifest = read_manifest(folder)
        infos.append(
            VersionInfo(folder.name, str(manifest.get("trained_at", "")), folder.name == current, manifest)
        )
    return sorted(infos, key=lambda i: (i.trained_at, i.version))


def set_current(registry: Path, version: str) -> None:
    """Point `current` at a version (atomic replace, so readers never see a half-written name)."""
    if not (registry / version / MANIFEST_FILE).is_file():
        raise RegistryError(f"no version {version!r} in {registry}")
    write_atomic(registry / POINTER, f"{version}\n".encode())


def load_version(registry: Path, version: str) -> Scorer:
    folder = registry / version
    if not folder.is_dir():
        raise RegistryError(f"{registry}: `current` names {version!r}, which does not exist")
    return load_model(folder)


def load_scorer(model_dir: Path | None = None) -> Scorer:
    """The `current` model of a registry (or a single version folder), verified.

    Falls back to the keyword placeholder only when the registry holds no version at all.
    """
    reg = registry_dir(model_dir)
    if (reg / MANIFEST_FILE).is_file():
        return load_model(reg)
    version = current_version(reg)
    if version is None:
        if version_folders(reg):
            raise RegistryError(
                f"{reg}: versions exist but no `current` pointer; run `postwatch models promote`"
            )
        log.warning("no trained model in %s; using the keyword placeholder scorer", reg)
        return PlaceholderKeywordScorer()
    return load_version(reg, version)


@dataclass(frozen=True, slots=True)
class PromoteOutcome:
    version: str
    previous: str | None
    message: str
    comparison: dict[str, Any]


def regressions(champion: dict[str, Any], challenger: dict[str, Any]) -> list[str]:
    """Gate metrics on which the challenger is worse than the champion by more than TOLERANCE."""
    worse = []
    for key, higher_better in GATE_METRICS.items():
        old, new = champion.get(key), challenger.get(key)
        if old is None or new is None:
            continue
        delta = (new - old) if higher_better else (old - new)
        if delta < -TOLERANCE:
            worse.append(f"{key} {new:.4f} vs champion {old:.4f}")
    return worse


def test_summaries(registry: Path, versions: Sequence[str], data: Sequence[Path]) -> dict[str, Any]:
    """Score each version on the same fixed test split; falls back to manifests without data."""
    from models.evaluation import evaluate, read_jsonl, select_split

    files = [p for p in data if Path(p).is_file()]
    if not files:
        return {
            v: read_manifest(registry / v).get("metrics", {}).get("test", {}).get("summary") or {}
            for v in versions
        }
    records = select_split(read_jsonl(files), "test")
    return {v: evaluate(load_version(registry, v), records)["summary"] for v in versions}


def promote(
    registry: Path | None, version: str, *, force: bool = False, data: Sequence[Path] | None = None
) -> PromoteOutcome:
    """Make `version` current unless it is worse than the current champion on the test split."""
    reg = registry_dir(registry)
    load_version(reg, version)  # a broken challenger is never promoted, forced or not
    champion = current_version(reg)
    comparison: dict[str, Any] = {}
    if champion and champion != version and (reg / champion).is_dir():
        comparison = test_summaries(reg, [champion, version], data if data is not None else [DEFAULT_CORPUS])
        worse = regressions(comparison[champion], comparison[version])
        if worse and not force:
            raise PromotionRefused(
                f"{version} is worse than {champion}: " + "; ".join(worse) + " (use --force)"
            )
    set_current(reg, version)
    message = f"promoted {version}" + (f" (was {champion})" if champion and champion != version else "")
    return PromoteOutcome(version, champion, message, comparison)


def _pointer_state(registry: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(registry / POINTER)
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_ino, st.st_size)


class Reloader:
    """Holds the live scorer and swaps in a newly promoted version between batches.

    `maybe_reload()` stats the pointer at most once per `min_interval` seconds, loads and verifies a
    new version completely before swapping, and on failure keeps the old scorer and raises
    `ModelReloadError` once for that pointer change (the agent counts it as a reload error).
    """

    def __init__(
        self,
        model_dir: Path | None = None,
        *,
        min_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.registry = registry_dir(model_dir)
        self.min_interval = min_interval
        self._clock = clock
        self._state = _pointer_state(self.registry)
        self._scorer = load_scorer(self.registry)
        self._failed_state: tuple[int, int, int] | None = None
        self._last_check = clock()
        self.loaded_at = time.time()
        self.reloads = 0
        self.last_error: Exception | None = None

    @property
    def scorer(self) -> Scorer:
        return self._scorer

    @property
    def promoted_at(self) -> float:
        """mtime of the `current` pointer as last seen (0.0 when there is none)."""
        return self._state[0] / 1e9 if self._state else 0.0

    @property
    def trained_at(self) -> str:
        return str(getattr(self._scorer, "trained_at", ""))

    def maybe_reload(self) -> bool:
        """True when a new version was swapped in. Cheap when nothing changed."""
        now = self._clock()
        if now - self._last_check < self.min_interval:
            return False
        self._last_check = now
        state = _pointer_state(self.registry)
        if state is None or state == self._state or state == self._failed_state:
            return False
        return self._swap(state)

    def _swap(self, state: tuple[int, int, int]) -> bool:
        version = current_version(self.registry)
        if version is None or version == self._scorer.model_version:
            self._state = state
            return False
        try:
            scorer = load_version(self.registry, version)
        except Exception as exc:
            self._failed_state = state
            self.last_error = exc
            raise ModelReloadError(f"could not load promoted model {version}: {exc}") from exc
        self._scorer, self._state, self.loaded_at = scorer, state, time.time()
        self.reloads += 1
        log.info("model reloaded: %s", version)
        return True
