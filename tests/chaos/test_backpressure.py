"""Chaos 5: backpressure. A slow downstream (the worker's produce requests throttled by the proxy,
so acks come slowly) makes the worker slow down, with bounded memory, and nothing is lost."""

from __future__ import annotations

import time

import pytest

from pipeline.settings import Settings

from .conftest import ProxiedSetup, WorkerFactory
from .support import Collector, RssSampler, collecting, counts, post_messages, produce, record_result

pytestmark = [pytest.mark.chaos, pytest.mark.timeout(300)]

BACKLOG = 30_000
#: Client→broker bytes/s per connection while throttled: a few hundred verdicts a second at most.
THROTTLE_BYTES_PER_S = 200_000
THROTTLED_S = 20.0
MAX_RSS_MB = 500.0


def verdict_rate(collector: Collector, seconds: float) -> float:
    """Verdicts per second seen over the next `seconds`."""
    first, started = collector.ledger.verdicts, time.monotonic()
    while time.monotonic() - started < seconds:
        collector.drain(idle_s=0.3, max_s=1.0)
    return (collector.ledger.verdicts - first) / (time.monotonic() - started)


def test_slow_downstream_slows_the_worker_with_bounded_memory(
    proxied: ProxiedSetup, proxied_settings: Settings, proxied_worker: WorkerFactory
) -> None:
    started = time.monotonic()
    backlog = produce(proxied_settings, post_messages("bp", BACKLOG))
    proxied.proxy.throttle(THROTTLE_BYTES_PER_S)
    worker = proxied_worker()
    sampler = RssSampler(worker.pid).start()
    baseline_mb = sampler.peak_mb()
    with collecting(proxied_settings) as collector:
        throttled_rate = verdict_rate(collector, THROTTLED_S)
        throttled_peak_mb = sampler.peak_mb()
        backlog_left = BACKLOG - collector.ledger.verdicts
        proxied.proxy.throttle(None)
        free_rate = verdict_rate(collector, 5.0)
        missing = collector.wait_accounted(backlog, deadline_s=120)
        collector.settle(idle_s=2.0)
        ledger = collector.ledger
    sampler.stop()
    result = counts(backlog, ledger, missing) | {
        "throttle_bytes_per_s": THROTTLE_BYTES_PER_S,
        "throttled_verdicts_per_s": round(throttled_rate, 1),
        "unthrottled_verdicts_per_s": round(free_rate, 1),
        "backlog_left_when_unthrottled": backlog_left,
        "rss_at_ready_mb": baseline_mb,
        "peak_rss_throttled_mb": throttled_peak_mb,
        "peak_rss_mb": sampler.peak_mb(),
        "reader_rescans": collector.rescans,
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    record_result("backpressure", result)
    assert worker.returncode() is None, f"the worker died: {worker.log_tail()}"
    assert backlog_left > BACKLOG // 2, "the throttled worker still drained most of the backlog"
    assert throttled_rate < free_rate / 2, "the worker did not slow down under a slow downstream"
    assert result["peak_rss_mb"] < MAX_RSS_MB
    assert not missing, f"{len(missing)} posts lost"
    assert result["dead_lettered"] == 0 and ledger.review_id_conflicts() == []
