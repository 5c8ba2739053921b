"""The Grafana dashboard: structure, rows, PromQL that promtool parses, metric names from the contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy.promql import (
    DEPLOY,
    PROMETHEUS_SYNTHETIC,
    check_expressions_parse,
    contract_metrics,
    dashboard_expressions,
    exported_names,
    iter_panels,
    load_dashboard,
    metric_names,
)

REQUIRED_ROWS = ("Throughput", "Flags", "Latency", "Dead letters", "Model", "Lag")


@pytest.fixture(scope="module")
def dashboard() -> dict[str, Any]:
    return load_dashboard()


def row_titles(dashboard: dict[str, Any]) -> list[str]:
    return [p["title"] for p in dashboard["panels"] if p["type"] == "row"]


def test_dashboard_has_the_six_rows_in_order(dashboard: dict[str, Any]) -> None:
    assert row_titles(dashboard) == list(REQUIRED_ROWS)


def test_every_row_has_panels_with_queries(dashboard: dict[str, Any]) -> None:
    current = None
    counts: dict[str, int] = {}
    for panel in dashboard["panels"]:
        if panel["type"] == "row":
            current = panel["title"]
            continue
        assert current is not None, "panel before the first row"
        assert panel["targets"], f"panel {panel['title']!r} has no query"
        counts[current] = counts.get(current, 0) + 1
    assert set(counts) == set(REQUIRED_ROWS)


def test_panel_ids_unique_and_grid_fits(dashboard: dict[str, Any]) -> None:
    ids = [p["id"] for p in iter_panels(dashboard)]
    assert len(ids) == len(set(ids))
    for panel in iter_panels(dashboard):
        grid = panel["gridPos"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24, panel["title"]


def test_uid_and_datasource_variable(dashboard: dict[str, Any]) -> None:
    assert dashboard["uid"] == "postwatch-overview"
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    assert variables["datasource"]["query"] == "prometheus"
    for panel in iter_panels(dashboard):
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] == "${datasource}", panel["title"]


def test_latency_row_has_p50_p95_p99(dashboard: dict[str, Any]) -> None:
    exprs = " ".join(dashboard_expressions(dashboard))
    for metric in ("postwatch_ingest_to_verdict_seconds", "postwatch_created_to_review_seconds"):
        for q in ("0.5", "0.95", "0.99"):
            assert f"histogram_quantile({q}, sum by (le) (rate({metric}_bucket" in exprs


def test_flags_row_splits_by_category_language_severity(dashboard: dict[str, Any]) -> None:
    exprs = dashboard_expressions(dashboard)
    for label in ("category", "lang", "severity"):
        assert f"sum by ({label}) (rate(postwatch_posts_flagged_total[$__rate_interval]))" in exprs


def test_model_row_shows_version_and_score_drift(dashboard: dict[str, Any]) -> None:
    exprs = " ".join(dashboard_expressions(dashboard))
    assert "postwatch_model_info" in exprs
    assert "rate(postwatch_score_bucket[1h] offset 24h)" in exprs


def test_every_expression_parses_with_promtool(dashboard: dict[str, Any], tmp_path: Path) -> None:
    exprs = dashboard_expressions(dashboard)
    assert len(exprs) >= 30
    result = check_expressions_parse(exprs, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(exprs)} rules found" in result.stdout


def test_promtool_rejects_a_broken_expression(tmp_path: Path) -> None:
    result = check_expressions_parse(["sum(rate(postwatch_posts_consumed_total[1m])"], tmp_path)
    assert result.returncode != 0


def test_dashboard_names_only_contract_metrics(dashboard: dict[str, Any]) -> None:
    allowed = exported_names(contract_metrics()) | PROMETHEUS_SYNTHETIC
    named = set().union(*(metric_names(e) for e in dashboard_expressions(dashboard)))
    assert named - allowed == set()
    # every contract metric is on the dashboard somewhere
    bases = {n.removesuffix("_bucket").removesuffix("_sum").removesuffix("_count") for n in named}
    assert set(contract_metrics()) - bases == set()


def test_metric_name_extraction() -> None:
    expr = 'histogram_quantile(0.9, sum by (le) (rate(a_b{x="y"}[5m] offset 1h))) > on () group_left 3 * b:c'
    assert metric_names(expr) == {"a_b", "b:c"}


def test_grafana_provisioning_points_at_the_dashboard() -> None:
    provider = yaml.safe_load((DEPLOY / "grafana/provisioning/dashboards/postwatch.yaml").read_text())
    assert provider["providers"][0]["type"] == "file"
    assert provider["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"
    datasource = yaml.safe_load((DEPLOY / "grafana/provisioning/datasources/prometheus.yaml").read_text())
    assert datasource["datasources"][0]["uid"] == "prometheus"
    assert datasource["datasources"][0]["url"] == "http://prometheus:9090"
