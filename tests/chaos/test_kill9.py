"""Chaos 1: kill -9 the worker three times while 20,000 posts stream in at about 1,500/s."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from pipeline.settings import Settings

from .conftest import WorkerFactory
from .support import collecting, counts, post_messages, produce, record_result

pytestmark = [pytest.mark.chaos, pytest.mark.timeout(300)]

POSTS = 20_000
RATE = 1_500.0
KILLS = 3
#: How long each worker runs (after it is ready) before it is killed.
RUN_BEFORE_KILL_S = 1.5


def test_kill9_three_times_loses_nothing_and_duplicates_share_review_id(
    broker_settings: Settings, worker_process: WorkerFactory
) -> None:
    started = time.monotonic()
    worker = worker_process()
    with ThreadPoolExecutor(1) as pool, collecting(broker_settings) as collector:
        producing = pool.submit(produce, broker_settings, post_messages("k9", POSTS), RATE)
        kills: list[dict[str, float | int | bool]] = []
        for _ in range(KILLS):
            time.sleep(RUN_BEFORE_KILL_S)
            collector.drain(idle_s=0.3, max_s=1.0)
            worker.kill()
            kills.append(
                {
                    "at_s": round(time.monotonic() - started, 1),
                    "verdicts_seen": collector.ledger.verdicts,
                    "while_producing": not producing.done(),
                }
            )
            worker = worker_process()
        sent = producing.result(timeout=180)
        missing = collector.wait_accounted(sent, deadline_s=150)
        collector.settle()
        ledger = collector.ledger
    result = counts(sent, ledger, missing) | {
        "kills": kills,
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    record_result("kill9", result)
    assert len(sent) == POSTS
    assert not missing, f"{len(missing)} posts lost, e.g. {[s.message.post_id for s in missing[:5]]}"
    assert result["dead_lettered"] == 0 and ledger.key_mismatches == 0
    assert ledger.review_id_conflicts() == [], "duplicate review items must share review_id"
    assert len(kills) == KILLS and kills[0]["while_producing"]
    assert kills[0]["verdicts_seen"] > 0, "the first worker was killed before it scored anything"
