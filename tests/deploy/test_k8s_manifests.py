"""deploy/k8s/base: every manifest validated offline (kubernetes-validate for core kinds, the CRD subset
schemas in deploy/schemas/crds for ServiceMonitor, PrometheusRule and KEDA), and the scaling invariants."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml
from kubernetes_validate.utils import SchemaNotFoundError

from tests.deploy.promql import DEPLOY

BASE = DEPLOY / "k8s" / "base"
CRD_SCHEMAS = DEPLOY / "schemas" / "crds"
K8S_VERSION = "1.30.0"
CRD_FILES = {
    "ServiceMonitor": "servicemonitor.json",
    "PrometheusRule": "prometheusrule.json",
    "ScaledObject": "scaledobject.json",
    "TriggerAuthentication": "triggerauthentication.json",
}


def load_documents(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def kustomize_resources() -> list[dict[str, Any]]:
    kustomization = yaml.safe_load((BASE / "kustomization.yaml").read_text())
    return [doc for name in kustomization["resources"] for doc in load_documents(BASE / name)]


def by_kind(kind: str) -> dict[str, Any]:
    [doc] = [d for d in kustomize_resources() if d["kind"] == kind]
    return doc


def validate(document: dict[str, Any]) -> None:
    """Raise on an invalid manifest; core kinds in strict mode (unknown fields rejected)."""
    kind = document["kind"]
    if kind in CRD_FILES:
        schema = json.loads((CRD_SCHEMAS / CRD_FILES[kind]).read_text())
        jsonschema.Draft202012Validator(schema).validate(document)
    else:
        kubernetes_validate.validate(document, K8S_VERSION, strict=True)


def manifest_ids() -> list[str]:
    return sorted(p.name for p in BASE.glob("*.yaml") if p.name != "kustomization.yaml")


def test_kustomization_lists_existing_files() -> None:
    kustomization = yaml.safe_load((BASE / "kustomization.yaml").read_text())
    for name in kustomization["resources"]:
        assert (BASE / name).is_file(), name
    listed = set(kustomization["resources"]) | {"secrets.example.yaml"}
    assert set(manifest_ids()) == listed


@pytest.mark.parametrize("name", manifest_ids())
def test_manifest_is_valid(name: str) -> None:
    for document in load_documents(BASE / name):
        validate(document)


def test_strict_validation_rejects_unknown_fields() -> None:
    deployment = copy.deepcopy(by_kind("Deployment"))
    deployment["spec"]["template"]["spec"]["containers"][0]["imagePullPolcy"] = "Always"
    with pytest.raises(kubernetes_validate.ValidationError):
        validate(deployment)
    scaled = copy.deepcopy(by_kind("ScaledObject"))
    scaled["spec"]["maxReplicas"] = 4
    with pytest.raises(jsonschema.ValidationError):
        validate(scaled)


def test_core_kinds_have_offline_schemas() -> None:
    for document in kustomize_resources():
        if document["kind"] not in CRD_FILES:
            try:
                kubernetes_validate.validate(document, K8S_VERSION, strict=True)
            except SchemaNotFoundError as exc:  # pragma: no cover - the assertion message is the point
                raise AssertionError(f"no offline schema for {document['kind']}") from exc


def partitions() -> int:
    return int(by_kind("ConfigMap")["data"]["POSTWATCH_PARTITIONS"])


def test_replicas_do_not_exceed_partitions() -> None:
    assert 1 <= by_kind("Deployment")["spec"]["replicas"] <= partitions()
    scaled = by_kind("ScaledObject")["spec"]
    assert scaled["minReplicaCount"] <= scaled["maxReplicaCount"] <= partitions()


def test_keda_scales_the_worker_on_posts_lag() -> None:
    scaled = by_kind("ScaledObject")["spec"]
    assert scaled["scaleTargetRef"]["name"] == by_kind("Deployment")["metadata"]["name"]
    [trigger] = scaled["triggers"]
    assert trigger["type"] == "kafka"
    assert trigger["metadata"]["topic"] == "posts"
    assert trigger["metadata"]["consumerGroup"] == "postwatch"
    assert trigger["authenticationRef"]["name"] == by_kind("TriggerAuthentication")["metadata"]["name"]


def test_kafka_credentials_come_from_secrets() -> None:
    container = by_kind("Deployment")["spec"]["template"]["spec"]["containers"][0]
    secret_env = {e["name"]: e["valueFrom"]["secretKeyRef"]["name"] for e in container["env"]}
    assert secret_env == {"POSTWATCH_SASL_USERNAME": "postwatch-kafka",
                          "POSTWATCH_SASL_PASSWORD": "postwatch-kafka"}
    volumes = {v["name"]: v for v in by_kind("Deployment")["spec"]["template"]["spec"]["volumes"]}
    assert volumes["kafka-tls"]["secret"]["secretName"] == "postwatch-kafka-tls"
    assert all(v["name"] in volumes for v in container["volumeMounts"])


def test_worker_runs_non_root_with_probes() -> None:
    pod = by_kind("Deployment")["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    container = pod["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/ready"
    assert container["livenessProbe"]["httpGet"]["path"] == "/health"
    assert container["ports"][0]["containerPort"] == 6066


def test_metrics_are_scraped_as_job_postwatch() -> None:
    service = by_kind("Service")
    monitor = by_kind("ServiceMonitor")["spec"]
    assert service["metadata"]["labels"][monitor["jobLabel"]] == "postwatch"
    assert monitor["endpoints"][0]["port"] == service["spec"]["ports"][0]["name"]
    annotations = by_kind("Deployment")["spec"]["template"]["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"


def test_retrain_cronjob_runs_export_train_evaluate_promote() -> None:
    job = by_kind("CronJob")["spec"]
    script = job["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["args"][0]
    order = [script.index(step) for step in ("postwatch decisions export", "postwatch train",
                                             "postwatch evaluate", "postwatch models promote")]
    assert order == sorted(order)
    helm_steps = yaml.safe_load((DEPLOY / "helm/postwatch/values.yaml").read_text())["retrain"]["steps"]
    assert script.strip().splitlines() == [s.strip() for s in helm_steps]
    assert job["concurrencyPolicy"] == "Forbid"
