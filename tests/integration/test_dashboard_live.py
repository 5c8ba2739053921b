"""Every metric the Grafana dashboard names is in a live /metrics scrape of a worker on the embedded broker.

The worker gets traffic that makes every labelled series exist: posts in four kinds (fake news, Khmer,
abuse, benign), a malformed post (DLQ), a reviewer decision and an undecodable one (errors{stage=decode});
the consumer-lag gauge is set by a 5 s timer.
"""

from __future__ import annotations

import pytest

from pipeline.settings import Settings
from tests.deploy.live import (
    decision,
    post,
    sample_names,
    scrape,
    send_decisions,
    send_posts,
    total,
    wait_until,
)
from tests.deploy.promql import PROMETHEUS_SYNTHETIC, dashboard_expressions, load_dashboard, metric_names

from .conftest import WorkerFactory

pytestmark = pytest.mark.integration

POSTS = 40


def drive_traffic(settings: Settings) -> None:
    send_posts(settings, [post(i) for i in range(POSTS)], extra=[b"{not json"])
    send_decisions(settings, [decision("p0"), b"\xff not a decision"])


def test_every_dashboard_metric_is_in_a_live_scrape(broker_settings: Settings,
                                                    worker_process: WorkerFactory) -> None:
    worker = worker_process()
    drive_traffic(broker_settings)

    def settled() -> bool:
        text = scrape(worker.web_url)
        return (total(text, "postwatch_posts_consumed_total") >= POSTS + 1
                and total(text, "postwatch_review_decisions_total") >= 1
                and "postwatch_consumer_lag{" in text)

    wait_until(settled, 60, "the worker to consume the traffic and report lag")
    live = sample_names(scrape(worker.web_url))
    exprs = dashboard_expressions(load_dashboard())
    named = set().union(*(metric_names(e) for e in exprs)) - PROMETHEUS_SYNTHETIC
    print(f"\ndashboard: {len(exprs)} expressions, {len(named)} metric names, all checked against the scrape")
    assert len(exprs) >= 30 and len(named) >= 18
    assert sorted(named - live) == []
