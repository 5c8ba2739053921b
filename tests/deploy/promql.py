"""PromQL helpers shared by the deploy tests and the live dashboard test.

Parsing is done by promtool itself (each expression becomes a recording rule in a temporary rules file);
metric names are pulled out with a small lexer that drops strings, label matchers, grouping clauses,
ranges, numbers, keywords and function calls.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "postwatch.json"
RULES = DEPLOY / "prometheus" / "rules" / "postwatch.rules.yml"
ARCHITECTURE = REPO / "docs" / "ARCHITECTURE.md"

#: Grafana macros and variables used in the dashboard, replaced by a concrete value before parsing.
GRAFANA_SUBSTITUTIONS: dict[str, str] = {
    "${__rate_interval}": "1m",
    "$__rate_interval": "1m",
    "$__interval": "1m",
    "$__range": "1h",
}

#: Series that Prometheus itself creates for every target; they are never in a worker's /metrics.
PROMETHEUS_SYNTHETIC: frozenset[str] = frozenset({"up"})

_KEYWORDS = frozenset({
    "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool",
    "inf", "nan", "atan2",
})
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_MATCHERS = re.compile(r"\{[^{}]*\}")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)")
_RANGE = re.compile(r"\[[^\[\]]*\]")
_IDENT = re.compile(r"(?<![\w:.])([A-Za-z_:][\w:]*)(?![\w:]|\s*\()")


PROMTOOL_MISSING = "promtool is not installed: run `make prometheus` (installs Debian's prometheus package)"


def promtool() -> str:
    """Path of promtool; raises AssertionError with the install hint when it is absent."""
    path = shutil.which("promtool")
    assert path is not None, PROMTOOL_MISSING
    return path


def substitute_grafana(expr: str) -> str:
    for macro, value in GRAFANA_SUBSTITUTIONS.items():
        expr = expr.replace(macro, value)
    assert "$" not in expr, f"unhandled Grafana variable in {expr!r}"
    return expr


def metric_names(expr: str) -> set[str]:
    """Names of the series an expression selects (not functions, labels, keywords or durations)."""
    text = _STRING.sub('""', expr)
    text = _MATCHERS.sub("", text)
    text = _GROUPING.sub("", text)
    text = _RANGE.sub("", text)
    return {name for name in _IDENT.findall(text) if name not in _KEYWORDS}


def load_dashboard(path: Path = DASHBOARD) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def iter_panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panel.get("panels", [])


def dashboard_expressions(dashboard: dict[str, Any]) -> list[str]:
    """Every PromQL expression in the dashboard (panel targets and Prometheus template queries)."""
    exprs = [t["expr"] for p in iter_panels(dashboard) for t in p.get("targets", []) if t.get("expr")]
    for var in dashboard.get("templating", {}).get("list", []):
        if var.get("type") == "query" and isinstance(var.get("query"), str):
            exprs.append(var["query"])
    return exprs


def rule_expressions(path: Path = RULES) -> list[str]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [str(rule["expr"]) for group in doc["groups"] for rule in group["rules"]]


def check_expressions_parse(exprs: list[str], workdir: Path) -> subprocess.CompletedProcess[str]:
    """Write each expression as a recording rule and let `promtool check rules` parse them all."""
    rules = [{"record": f"postwatch_check:expr_{i}", "expr": substitute_grafana(e)}
             for i, e in enumerate(exprs)]
    path = workdir / "dashboard-exprs.rules.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}), encoding="utf-8")
    return subprocess.run([promtool(), "check", "rules", str(path)], capture_output=True, text=True,
                          timeout=60, check=False)


def contract_metrics(path: Path = ARCHITECTURE) -> dict[str, str]:
    """Metric name -> type from the table in docs/ARCHITECTURE.md."""
    rows = re.findall(r"^\| `(postwatch_\w+)` \| (counter|gauge[^|]*|histogram) \|", path.read_text(), re.M)
    return {name: kind.split()[0] for name, kind in rows}


def exported_names(contract: dict[str, str]) -> set[str]:
    """Series names of the contract metrics: counters as-is (named ..._total), histograms in 3 parts."""
    names: set[str] = set()
    for name, kind in contract.items():
        if kind == "histogram":
            names |= {f"{name}_bucket", f"{name}_sum", f"{name}_count"}
        else:
            names.add(name)
    return names
