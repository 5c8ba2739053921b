"""Training on a small fixture: fast, deterministic, with per-language thresholds and a full manifest."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.artifacts import MODEL_FILE, read_manifest, sha256_file
from models.classifier import ANY_LANG, HEADS
from models.registry import current_version
from models.scoring import LANGS
from models.training import (
    CHILD_SAFETY_RECALL,
    C,
    _fit_lr,
    child_safety_floor,
    f1_threshold,
    fit_linear,
    nb_ratio,
    recall_threshold,
    train,
)


def test_train_is_deterministic(fixture_corpus: Path, tmp_path: Path) -> None:
    # Training time is reported by `postwatch train`/the closing note, not asserted: no timed tests.
    first = train([fixture_corpus], tmp_path / "a")
    second = train([fixture_corpus], tmp_path / "b")
    assert first.version == second.version
    assert sha256_file(first.folder / MODEL_FILE) == sha256_file(second.folder / MODEL_FILE)


def test_manifest_records_provenance(trained_registry: Path) -> None:
    version = current_version(trained_registry)
    assert version is not None
    manifest = read_manifest(trained_registry / version)
    assert manifest["files"][MODEL_FILE] == sha256_file(trained_registry / version / MODEL_FILE)
    assert {"scikit-learn", "skops", "numpy", "scipy"} <= set(manifest["libraries"])
    assert len(manifest["data"]["sha256"]) == 64
    assert manifest["trained_at"].endswith("Z")
    assert manifest["metrics"]["test"]["summary"]["fake_news_f1"] > 0.8
    assert manifest["trusted_types"] == []


def test_thresholds_per_category_and_language(trained_registry: Path) -> None:
    version = current_version(trained_registry)
    assert version is not None
    thresholds = read_manifest(trained_registry / version)["thresholds"]
    assert set(thresholds) == set(HEADS)
    for table in thresholds.values():
        assert set(table) == {ANY_LANG, *LANGS}
        assert all(0.05 <= t <= 0.95 for t in table.values())
    # Child safety: one recall-first threshold for every language (see thresholds_for).
    cs = thresholds["child_safety"]
    assert all(cs[lang] == cs[ANY_LANG] for lang in LANGS)


def test_recall_threshold_keeps_recall() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 400)
    p = np.clip(y * 0.4 + rng.random(400) * 0.6, 0, 1)
    thr = recall_threshold(y, p, 0.98)
    assert (p[y == 1] >= thr).mean() >= 0.98


def test_f1_threshold_separates_clean_data() -> None:
    y = np.array([0, 0, 0, 1, 1, 1])
    p = np.array([0.1, 0.2, 0.3, 0.7, 0.8, 0.9])
    assert 0.3 < f1_threshold(y, p) < 0.7


def test_recall_threshold_is_the_most_precise_one_keeping_recall() -> None:
    # Recall >= 0.75 needs 3 of 4 positives; the cut above the negative at 0.7 is the precise one.
    y = np.array([1, 1, 0, 1, 0, 1, 0, 0])
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2])
    thr = recall_threshold(y, p, 0.75)
    assert 0.5 < thr < 0.6
    assert recall_threshold(np.zeros(4, dtype=int), p[:4], 0.97) == 0.5


def test_child_safety_thresholds_may_go_below_the_general_floor() -> None:
    from models.training import thresholds_for

    y = np.array([1] * 40 + [0] * 200)
    p = np.concatenate([np.linspace(0.02, 0.9, 40), np.linspace(0.0, 0.019, 200)])
    langs = np.array(["km"] * 240)
    table = thresholds_for("child_safety", y, p, langs)
    assert table[ANY_LANG] < 0.05
    assert (p[y == 1] >= table["km"]).mean() >= CHILD_SAFETY_RECALL


def test_child_safety_uses_one_threshold_that_keeps_recall_over_all_languages() -> None:
    from models.training import thresholds_for

    rng = np.random.default_rng(1)
    langs = np.array(["km"] * 300 + ["mixed"] * 300)
    y = (rng.random(600) < 0.2).astype(int)
    # Mixed positives score lower: a per-language rule would drag the mixed threshold down.
    p = np.clip(y * np.where(langs == "km", 0.6, 0.3) + rng.random(600) * 0.4, 0, 1)
    table = thresholds_for("child_safety", y, p, langs)
    assert len(set(table.values())) == 1
    assert (p[y == 1] >= table[ANY_LANG]).mean() >= CHILD_SAFETY_RECALL


def test_nb_ratio_favours_columns_seen_in_positives() -> None:
    import scipy.sparse as sp

    # Column 0 only in positives, column 1 only in negatives, column 2 in both alike.
    x = sp.csr_matrix(np.array([[1, 0, 1], [1, 0, 1], [0, 1, 1], [0, 1, 1]], dtype=float))
    r = nb_ratio(x, np.array([1, 1, 0, 0]))
    assert r[0] > 0 > r[1]
    assert abs(r[2]) < 1e-9


def test_nb_fit_folds_the_scale_into_weights_for_raw_columns() -> None:
    import scipy.sparse as sp

    rng = np.random.default_rng(3)
    y = np.array([1, 0] * 40)
    # Column 0 tracks the label; the rest is noise. Scoring uses the raw columns only.
    dense = rng.random((80, 6)) * (rng.random((80, 6)) < 0.5)
    dense[:, 0] = y + 0.1 * rng.random(80)
    x = sp.csr_matrix(dense)
    coef, intercept = fit_linear(x, y, np.ones(80), nb=True)
    margin = x @ coef + intercept
    x_nb = x @ sp.diags(nb_ratio(x, y))
    assert np.allclose(margin, _fit_lr(x_nb, y, C, np.ones(80)).decision_function(x_nb))
    assert ((margin > 0) == (y == 1)).mean() > 0.95


def test_child_safety_floor_adds_one_standard_error_of_the_recall_estimate() -> None:
    assert child_safety_floor(1300) == pytest.approx(0.97 + (0.97 * 0.03 / 1300) ** 0.5)
    # Few positives: a wide margin, never above 1.
    assert child_safety_floor(10) > child_safety_floor(1000) > CHILD_SAFETY_RECALL
    assert child_safety_floor(1) == 1.0
