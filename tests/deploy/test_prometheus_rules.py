"""Alert rules: `promtool check rules`, `promtool test rules`, names from the contract, k8s/helm copies."""

from __future__ import annotations

import subprocess

import yaml

from tests.deploy.promql import (
    DEPLOY,
    PROMETHEUS_SYNTHETIC,
    RULES,
    contract_metrics,
    exported_names,
    metric_names,
    promtool,
    rule_expressions,
)

RULE_TESTS = DEPLOY / "prometheus" / "tests" / "postwatch.rules.test.yml"
REQUIRED_ALERTS = {
    "PostwatchWorkerDown",
    "PostwatchConsumerLagGrowing",
    "PostwatchDeadLetterRateHigh",
    "PostwatchFlagRateSpike",
    "PostwatchFlagRateCollapse",
    "PostwatchChildSafetyUnreviewed",
    "PostwatchModelNotReloaded",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([promtool(), *args], capture_output=True, text=True, timeout=120, check=False)


def alert_names() -> set[str]:
    doc = yaml.safe_load(RULES.read_text())
    return {r["alert"] for g in doc["groups"] for r in g["rules"] if "alert" in r}


def test_promtool_check_rules() -> None:
    result = run("check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_promtool_unit_tests_pass() -> None:
    result = run("test", "rules", str(RULE_TESTS))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_every_alert_is_unit_tested() -> None:
    tests = yaml.safe_load(RULE_TESTS.read_text())["tests"]
    tested = {a["alertname"] for t in tests for a in t.get("alert_rule_test", [])}
    assert alert_names() - tested == set()


def test_required_alerts_exist() -> None:
    assert alert_names() >= REQUIRED_ALERTS


def test_rules_name_only_contract_metrics() -> None:
    doc = yaml.safe_load(RULES.read_text())
    recorded = {r["record"] for g in doc["groups"] for r in g["rules"] if "record" in r}
    allowed = exported_names(contract_metrics()) | PROMETHEUS_SYNTHETIC | recorded
    named = set().union(*(metric_names(e) for e in rule_expressions()))
    assert named - allowed == set()


def test_compose_prometheus_config_is_valid() -> None:
    result = run("check", "config", "--syntax-only", str(DEPLOY / "prometheus" / "prometheus.yml"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_k8s_and_helm_rule_copies_match() -> None:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    k8s = yaml.safe_load((DEPLOY / "k8s/base/prometheusrule.yaml").read_text())
    helm = yaml.safe_load((DEPLOY / "helm/postwatch/files/postwatch.rules.yml").read_text())
    assert k8s["spec"]["groups"] == groups
    assert helm["groups"] == groups
