"""Registry: verified loading, tamper detection, placeholder fallback, promotion gate, hot reload."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import orjson
import pytest

from models import artifacts
from models.artifacts import MANIFEST_FILE, MODEL_FILE, ModelIntegrityError
from models.classifier import TrainedScorer
from models.placeholder import PlaceholderKeywordScorer
from models.registry import (
    POINTER,
    ModelReloadError,
    PromotionRefused,
    RegistryError,
    Reloader,
    current_version,
    list_versions,
    load_scorer,
    promote,
)
from models.training import train


@pytest.fixture()
def registry(trained_registry: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "registry"
    shutil.copytree(trained_registry, copy)
    return copy


def _folder(registry: Path) -> Path:
    version = current_version(registry)
    assert version is not None
    return registry / version


def test_loads_current_version(registry: Path) -> None:
    scorer = load_scorer(registry)
    assert isinstance(scorer, TrainedScorer)
    assert scorer.model_version == current_version(registry)


def test_tampered_model_file_is_refused(registry: Path) -> None:
    path = _folder(registry) / MODEL_FILE
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="sha256"):
        load_scorer(registry)


def test_library_version_mismatch_is_refused(registry: Path) -> None:
    path = _folder(registry) / MANIFEST_FILE
    manifest = json.loads(path.read_text())
    manifest["libraries"]["scikit-learn"] = "0.24.2"
    path.write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match=r"scikit-learn 0\.24\.2"):
        load_scorer(registry)


def test_types_outside_the_allow_list_are_refused(registry: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(artifacts.sio, "get_untrusted_types", lambda **_: ["os.system"])
    with pytest.raises(ModelIntegrityError, match=r"os\.system"):
        load_scorer(registry)


def test_empty_registry_falls_back_to_placeholder(tmp_path: Path) -> None:
    assert isinstance(load_scorer(tmp_path), PlaceholderKeywordScorer)


def test_versions_without_pointer_is_an_error(registry: Path) -> None:
    (registry / POINTER).unlink()
    with pytest.raises(RegistryError, match="current"):
        load_scorer(registry)


def _worse_corpus(fixture_corpus: Path, tmp_path: Path) -> Path:
    """Same texts, fake-news labels inverted on train: a clearly worse challenger."""
    rows = [orjson.loads(line) for line in fixture_corpus.read_bytes().splitlines()]
    for row in rows:
        if row["split"] == "train":
            row["fake_news"] = 1 - row["fake_news"]
    path = tmp_path / "worse.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    return path


def test_promote_refuses_a_worse_challenger(registry: Path, fixture_corpus: Path, tmp_path: Path) -> None:
    champion = current_version(registry)
    challenger = train([_worse_corpus(fixture_corpus, tmp_path)], registry).version
    with pytest.raises(PromotionRefused, match="fake_news_f1"):
        promote(registry, challenger, data=[fixture_corpus])
    assert current_version(registry) == champion
    promote(registry, challenger, data=[fixture_corpus], force=True)
    assert current_version(registry) == challenger
    assert [v.version for v in list_versions(registry) if v.current] == [challenger]


def test_promote_unknown_version(registry: Path) -> None:
    with pytest.raises(RegistryError):
        promote(registry, "pw-nope")


def _second_version(registry: Path) -> str:
    """A copy of the current version under another name (a valid, distinct version)."""
    src = _folder(registry)
    dst = registry / "pw-second"
    shutil.copytree(src, dst)
    manifest = json.loads((dst / MANIFEST_FILE).read_text())
    manifest["version"] = "pw-second"
    (dst / MANIFEST_FILE).write_text(json.dumps(manifest))
    return "pw-second"


def _point(registry: Path, version: str, bump: float) -> None:
    (registry / POINTER).write_text(version + "\n")
    st = (registry / POINTER).stat()
    os.utime(registry / POINTER, (st.st_atime, st.st_mtime + bump))


def test_reloader_picks_up_promoted_version(registry: Path) -> None:
    reloader = Reloader(registry, min_interval=0.0)
    old = reloader.scorer.model_version
    assert reloader.maybe_reload() is False
    _point(registry, _second_version(registry), 5)
    assert reloader.maybe_reload() is True
    assert reloader.scorer.model_version == "pw-second" != old
    assert reloader.scorer.score_batch(["hello"])[0].model_version == "pw-second"
    assert reloader.promoted_at == pytest.approx((registry / POINTER).stat().st_mtime)
    assert reloader.trained_at


def test_reloader_checks_at_most_once_per_interval(registry: Path) -> None:
    now = [100.0]
    reloader = Reloader(registry, clock=lambda: now[0])
    _point(registry, _second_version(registry), 5)
    now[0] += 0.5
    assert reloader.maybe_reload() is False
    now[0] += 0.6
    assert reloader.maybe_reload() is True


def test_reloader_keeps_old_scorer_on_bad_version(registry: Path) -> None:
    reloader = Reloader(registry, min_interval=0.0)
    old = reloader.scorer.model_version
    bad = _second_version(registry)
    (registry / bad / MODEL_FILE).write_bytes(b"not a model")
    _point(registry, bad, 5)
    with pytest.raises(ModelReloadError):
        reloader.maybe_reload()
    assert reloader.scorer.model_version == old
    assert reloader.maybe_reload() is False  # reported once per pointer change, not every batch
