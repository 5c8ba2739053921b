"""Chaos 2: cut the worker's broker connection for 10 s with a TCP proxy (drop and refuse), then
restore it. The worker recovers by itself and nothing is lost."""

from __future__ import annotations

import time

import pytest

from pipeline.process import http_status
from pipeline.settings import Settings

from .conftest import ProxiedSetup, WorkerFactory
from .support import (
    Collector,
    collecting,
    counts,
    metric_value,
    metrics_text,
    post_messages,
    produce,
    record_result,
)

pytestmark = [pytest.mark.chaos, pytest.mark.timeout(300)]

BEFORE = 15_000
AFTER = 2_000
CUT_S = 10.0
CUT_WHEN_SCORED = 2_000


def wait_verdicts(collector: Collector, at_least: int, timeout_s: float) -> int:
    deadline = time.monotonic() + timeout_s
    while collector.ledger.verdicts < at_least and time.monotonic() < deadline:
        collector.drain(idle_s=0.2, max_s=0.5)
    return collector.ledger.verdicts


def test_broker_cut_for_10s_worker_recovers_and_loses_nothing(
    proxied: ProxiedSetup, proxied_settings: Settings, proxied_worker: WorkerFactory
) -> None:
    started = time.monotonic()
    worker = proxied_worker()
    with collecting(proxied_settings) as collector:
        backlog = produce(proxied_settings, post_messages("cut", BEFORE))
        before_cut = wait_verdicts(collector, CUT_WHEN_SCORED, timeout_s=60)
        dropped = proxied.proxy.cut()
        time.sleep(CUT_S)
        refused = proxied.proxy.refused
        proxied.proxy.restore()
        restored = time.monotonic()
        wait_verdicts(collector, before_cut + 500, timeout_s=90)
        recovery_s = round(time.monotonic() - restored, 1)
        after = produce(proxied_settings, post_messages("cut", AFTER, start=BEFORE))
        sent = backlog + after
        missing = collector.wait_accounted(sent, deadline_s=120)
        collector.settle(idle_s=2.0)
        ledger = collector.ledger
    metrics = metrics_text(worker.web_url)
    result = counts(sent, ledger, missing) | {
        "verdicts_before_cut": before_cut,
        "connections_dropped": dropped,
        "connections_refused_during_cut": refused,
        "cut_s": CUT_S,
        "recovery_s": recovery_s,
        "produce_errors": metric_value(metrics, "postwatch_errors_total", stage="produce") or 0.0,
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    record_result("broker_cut", result)
    assert dropped > 0, "the worker had no live connection through the proxy"
    assert before_cut < BEFORE, "the backlog was drained before the cut"
    assert worker.returncode() is None, f"the worker died: {worker.log_tail()}"
    assert http_status(f"{worker.web_url}/ready") == 200
    assert not missing, f"{len(missing)} posts lost"
    assert result["dead_lettered"] == 0 and ledger.review_id_conflicts() == []
