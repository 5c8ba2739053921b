"""deploy/helm/postwatch: static checks only (no helm binary here; see deploy/README.md).

Checked: Chart.yaml, values.yaml against the chart's values.schema.json, every `.Values.*` path used by a
template exists in values.yaml, the chart covers the same kinds as the validated plain manifests, the
replicas-vs-partitions guard is wired in, and the bundled rules are the tested ones.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import yaml

from tests.deploy.promql import DEPLOY, RULES

CHART = DEPLOY / "helm" / "postwatch"
TEMPLATES = CHART / "templates"
VALUES_REF = re.compile(r"\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)")
KIND = re.compile(r"^kind: (\w+)$", re.M)


def values() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CHART / "values.yaml").read_text())
    return data


def template_text() -> str:
    return "\n".join(p.read_text() for p in sorted(TEMPLATES.glob("*")) if p.is_file())


def test_chart_metadata() -> None:
    chart = yaml.safe_load((CHART / "Chart.yaml").read_text())
    assert chart["apiVersion"] == "v2"
    assert chart["name"] == "postwatch"
    assert re.fullmatch(r"\d+\.\d+\.\d+", chart["version"])


def test_values_match_the_values_schema() -> None:
    schema = json.loads((CHART / "values.schema.json").read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.Draft7Validator(schema).validate(values())


def test_values_schema_rejects_unknown_keys() -> None:
    schema = json.loads((CHART / "values.schema.json").read_text())
    broken = values() | {"workers": {"replicas": 3}}
    assert list(jsonschema.Draft7Validator(schema).iter_errors(broken))


def resolve(path: str, data: Any) -> bool:
    for key in path.strip(".").split("."):
        if not isinstance(data, dict) or key not in data:
            return False
        data = data[key]
    return True


def test_every_values_reference_exists() -> None:
    refs = set(VALUES_REF.findall(template_text()))
    assert refs, "no .Values references found"
    missing = sorted(r for r in refs if not resolve(r, values()))
    assert missing == []


def test_chart_covers_the_plain_manifest_kinds() -> None:
    chart_kinds = set(KIND.findall(template_text()))
    base = DEPLOY / "k8s" / "base"
    kustomization = yaml.safe_load((base / "kustomization.yaml").read_text())
    plain_kinds = {d["kind"] for n in kustomization["resources"]
                   for d in yaml.safe_load_all((base / n).read_text())}
    assert plain_kinds - {"Namespace", "ConfigMap"} <= chart_kinds
    assert {"Deployment", "CronJob", "ScaledObject", "ServiceMonitor", "TriggerAuthentication"} <= chart_kinds


def test_replicas_guard_is_used_by_deployment_and_keda() -> None:
    helpers = (TEMPLATES / "_helpers.tpl").read_text()
    assert 'gt (int .Values.worker.replicas) (int .Values.kafka.partitions)' in helpers
    assert '{{- include "postwatch.checkReplicas" . }}' in (TEMPLATES / "deployment.yaml").read_text()
    scaled = (TEMPLATES / "scaledobject.yaml").read_text()
    assert 'maxReplicaCount: {{ include "postwatch.maxReplicas" . }}' in scaled
    assert values()["worker"]["replicas"] <= values()["kafka"]["partitions"]


def test_sasl_and_tls_come_from_existing_secrets() -> None:
    helpers = (TEMPLATES / "_helpers.tpl").read_text()
    assert "secretKeyRef:\n      name: {{ .Values.kafka.sasl.existingSecret }}" in helpers
    assert "secretName: {{ .Values.kafka.tls.existingSecret }}" in (TEMPLATES / "deployment.yaml").read_text()
    assert "password" not in json.dumps(values()).lower().replace("existingsecret", "")


def test_bundled_rules_are_the_tested_rules() -> None:
    assert (CHART / "files" / "postwatch.rules.yml").read_text() == RULES.read_text()
