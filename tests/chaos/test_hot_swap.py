"""Chaos 3: hot model swap under load. Promote a new version while posts flow: nothing is lost, no
batch fails, and later verdicts carry the new version."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from models.registry import DEFAULT_REGISTRY, current_version
from pipeline.process import WorkerProcess
from pipeline.settings import Settings

from .conftest import WorkerFactory
from .support import (
    collecting,
    counts,
    metric_value,
    metrics_text,
    post_messages,
    produce,
    record_result,
)

pytestmark = [pytest.mark.chaos, pytest.mark.timeout(300)]

DURING = 9_000
AFTER = 1_000
RATE = 1_000.0
PROMOTE_AFTER_S = 3.0
CHALLENGER = "pw-chaos-swap-0001"


def registry_with_challenger(tmp: Path) -> tuple[Path, str]:
    """A copy of the bundled registry plus a second version: the same verified model file under a
    new version id (the version a verdict carries comes from the manifest)."""
    registry = tmp / "registry"
    shutil.copytree(DEFAULT_REGISTRY, registry)
    champion = current_version(registry)
    assert champion is not None
    shutil.copytree(registry / champion, registry / CHALLENGER)
    manifest_path = registry / CHALLENGER / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["version"] = CHALLENGER
    manifest["trained_at"] = "2099-01-01T00:00:00Z"
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return registry, champion


def promote(registry: Path, version: str) -> subprocess.CompletedProcess[str]:
    """The operator's path: `postwatch models promote VERSION --registry DIR` (champion gate applies).

    `--data` names no file, so the gate compares the manifests' test metrics instead of re-scoring
    the test split with both models (~10 s of CPU on this 2-core box, stolen from the worker).
    """
    command = [sys.executable, "-m", "agents.cli", "models", "promote", version, "--registry", str(registry)]
    command += ["--data", str(registry.parent / "no-such-test-split.jsonl")]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def wait_for_reload(worker: WorkerProcess, timeout_s: float) -> float:
    deadline = time.monotonic() + timeout_s
    reloads = 0.0
    while time.monotonic() < deadline:
        reloads = metric_value(metrics_text(worker.web_url), "postwatch_model_reloads_total") or 0.0
        if reloads >= 1:
            return reloads
        time.sleep(0.5)
    return reloads


def test_hot_swap_under_load_loses_nothing_and_later_verdicts_carry_new_version(
    broker_settings: Settings, worker_process: WorkerFactory, tmp_path: Path
) -> None:
    started = time.monotonic()
    registry, champion = registry_with_challenger(tmp_path)
    worker = worker_process(env={"POSTWATCH_MODEL_DIR": str(registry)})
    with ThreadPoolExecutor(1) as pool, collecting(broker_settings) as collector:
        producing = pool.submit(produce, broker_settings, post_messages("hs", DURING), RATE)
        time.sleep(PROMOTE_AFTER_S)
        promote_started = time.monotonic()
        promoted = promote(registry, CHALLENGER)
        promoted_at_s = round(time.monotonic() - started, 1)
        promote_s = round(time.monotonic() - promote_started, 1)
        during = producing.result(timeout=120)
        reloads = wait_for_reload(worker, timeout_s=30)
        after = produce(broker_settings, post_messages("hs", AFTER, start=DURING))
        sent = during + after
        missing = collector.wait_accounted(sent, deadline_s=120)
        collector.settle(idle_s=2.0)
        ledger = collector.ledger
    metrics = metrics_text(worker.web_url)
    versions_during = [ledger.versions.get(s.message.post_id or "", set()) for s in during]
    versions_after = [ledger.versions.get(s.message.post_id or "", set()) for s in after]
    result = counts(sent, ledger, missing) | {
        "champion": champion,
        "challenger": CHALLENGER,
        "promote_exit": promoted.returncode,
        "promoted_at_s": promoted_at_s,
        "promote_command_s": promote_s,
        "during_old_version": sum(champion in v for v in versions_during),
        "during_new_version": sum(CHALLENGER in v for v in versions_during),
        "after_new_version": sum(v == {CHALLENGER} for v in versions_after),
        "model_reloads_total": reloads,
        "reload_errors": metric_value(metrics, "postwatch_errors_total", stage="reload") or 0.0,
        "produce_errors": metric_value(metrics, "postwatch_errors_total", stage="produce") or 0.0,
        "score_errors": metric_value(metrics, "postwatch_errors_total", stage="score") or 0.0,
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    record_result("hot_swap", result)
    assert promoted.returncode == 0, promoted.stderr
    assert current_version(registry) == CHALLENGER
    assert not missing, f"{len(missing)} posts lost"
    assert result["dead_lettered"] == 0 and ledger.review_id_conflicts() == []
    assert reloads >= 1 and result["reload_errors"] == 0
    assert result["produce_errors"] == 0 and result["score_errors"] == 0
    assert result["during_old_version"] > 0, "the swap happened before any post was scored"
    assert result["during_new_version"] > 0, "the swap did not happen while posts were flowing"
    assert all(v <= {champion, CHALLENGER} for v in versions_during)
    assert result["after_new_version"] == AFTER, "verdicts after the swap must carry the new version"
    assert f'model_version="{CHALLENGER}"' in metrics
