"""A real Prometheus server (Debian's `prometheus`) scrapes a worker on loopback; the test reads the series
back through Prometheus's HTTP API, and checks that the alert rules load and evaluate."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.broker import free_port
from pipeline.process import WorkerProcess
from pipeline.settings import Settings
from tests.deploy.live import post, send_posts, wait_until
from tests.deploy.promql import RULES

from .conftest import WorkerFactory

pytestmark = pytest.mark.integration

PROMETHEUS_MISSING = ("the prometheus server is not installed: run `make prometheus` "
                      "(installs Debian's prometheus package)")


def prometheus_config(worker: WorkerProcess, path: Path) -> Path:
    target = worker.web_url.removeprefix("http://")
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(RULES)],
        "scrape_configs": [{"job_name": "postwatch", "metrics_path": "/metrics",
                            "static_configs": [{"targets": [target]}]}],
    }
    path.write_text(yaml.safe_dump(config))
    return path


@pytest.fixture
def prometheus(tmp_path: Path, broker_settings: Settings,
               worker_process: WorkerFactory) -> Iterator[str]:
    binary = shutil.which("prometheus")
    assert binary is not None, PROMETHEUS_MISSING
    worker = worker_process()
    port = free_port()
    config = prometheus_config(worker, tmp_path / "prometheus.yml")
    log = (tmp_path / "prometheus.log").open("wb")
    proc = subprocess.Popen([binary, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                             f"--web.listen-address=127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        log.close()


def api(base: str, path: str, **params: str) -> Any:
    url = f"{base}/api/v1/{path}" + (f"?{urllib.parse.urlencode(params)}" if params else "")
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            body = json.loads(response.read())
    except OSError:
        return None
    assert body["status"] == "success", body
    return body["data"]


def query_value(base: str, expr: str) -> float | None:
    data = api(base, "query", query=expr)
    if not data or not data["result"]:
        return None
    return float(data["result"][0]["value"][1])


def test_prometheus_scrapes_a_worker(prometheus: str, broker_settings: Settings) -> None:
    wait_until(lambda: query_value(prometheus, 'up{job="postwatch"}') == 1.0, 60, "target up")
    wait_until(lambda: query_value(prometheus, 'postwatch_worker_ready{job="postwatch"}') == 1.0, 30,
               "postwatch_worker_ready in Prometheus")
    send_posts(broker_settings, [post(i) for i in range(10)])
    consumed = 'sum(postwatch_posts_consumed_total{job="postwatch"})'
    wait_until(lambda: (query_value(prometheus, consumed) or 0) >= 10, 60,
               "the consumed counter to reach 10 in Prometheus")
    series = api(prometheus, "series", **{"match[]": "postwatch_posts_flagged_total"})
    assert {s["category"] for s in series} & {"fake_news", "abuse", "harassment", "threat"}


def test_prometheus_loads_and_evaluates_the_alert_rules(prometheus: str) -> None:
    def rules_evaluated() -> bool:
        data = api(prometheus, "rules")
        return bool(data) and all(r.get("lastEvaluation", "").startswith("20")
                                  for g in data["groups"] for r in g["rules"])

    wait_until(rules_evaluated, 30, "every rule to be evaluated once")
    groups = api(prometheus, "rules")["groups"]
    rules = [r for g in groups for r in g["rules"]]
    assert {g["name"] for g in groups} == {"postwatch.alerts"}
    assert {r["type"] for r in rules} == {"recording", "alerting"}
    assert all(r["health"] == "ok" for r in rules), [(r["name"], r.get("lastError")) for r in rules]
    firing = [r["name"] for r in rules if r["type"] == "alerting" and r["state"] == "firing"]
    assert "PostwatchWorkerDown" not in firing
