"""deploy/compose: valid against the vendored compose-spec schema, and the topology the issue asks for."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
import yaml

from tests.deploy.promql import DEPLOY

COMPOSE_DIR = DEPLOY / "compose"
SCHEMA = DEPLOY / "schemas" / "compose-spec.json"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((COMPOSE_DIR / "compose.yaml").read_text())
    return data


def schema_errors(document: dict[str, Any]) -> list[str]:
    schema = json.loads(SCHEMA.read_text())
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(document)]


def test_compose_matches_the_compose_spec(compose: dict[str, Any]) -> None:
    assert schema_errors(compose) == []


def test_schema_rejects_an_invalid_condition(compose: dict[str, Any]) -> None:
    broken = copy.deepcopy(compose)
    broken["services"]["worker"]["depends_on"]["kafka"]["condition"] = "service_up"
    assert schema_errors(broken)


def test_kafka_runs_in_kraft_mode(compose: dict[str, Any]) -> None:
    env = compose["services"]["kafka"]["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "CONTROLLER" in env["KAFKA_CONTROLLER_LISTENER_NAMES"]
    assert not any(key.startswith("KAFKA_ZOOKEEPER") for key in env)


def test_services_and_healthchecks(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"kafka", "topic-init", "worker", "prometheus", "grafana"} <= set(services)
    for name in ("kafka", "worker", "prometheus", "grafana"):
        assert services[name]["healthcheck"]["test"], name


def test_at_least_two_workers(compose: dict[str, Any]) -> None:
    replicas = compose["services"]["worker"]["deploy"]["replicas"]
    assert replicas == "${POSTWATCH_WORKERS:-2}"
    env_example = (COMPOSE_DIR / ".env.example").read_text()
    assert "POSTWATCH_WORKERS=2" in env_example
    assert "POSTWATCH_PARTITIONS=4" in env_example


def test_startup_order_waits_for_health(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["topic-init"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    worker = services["worker"]["depends_on"]
    assert worker["kafka"]["condition"] == "service_healthy"
    assert worker["topic-init"]["condition"] == "service_completed_successfully"
    assert services["prometheus"]["depends_on"]["worker"]["condition"] == "service_healthy"
    assert services["grafana"]["depends_on"]["prometheus"]["condition"] == "service_healthy"


def test_topic_init_creates_every_topic(compose: dict[str, Any]) -> None:
    script = compose["services"]["topic-init"]["command"][0]
    for topic in ("posts", "posts.scored", "review.fake_news", "review.abuse", "review.child_safety",
                  "posts.dlq", "review.decisions"):
        assert f" {topic}" in script
    assert "--partitions" in script


def test_mounted_files_and_env_files_exist(compose: dict[str, Any]) -> None:
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (COMPOSE_DIR / source).exists(), source
        for env_file in service.get("env_file", []):
            if env_file.get("required", True):
                assert (COMPOSE_DIR / env_file["path"]).exists(), env_file


def test_grafana_gets_the_provisioned_dashboard(compose: dict[str, Any]) -> None:
    volumes = compose["services"]["grafana"]["volumes"]
    assert "../grafana/dashboards:/var/lib/grafana/dashboards:ro" in volumes
    assert "../grafana/provisioning:/etc/grafana/provisioning:ro" in volumes


def test_worker_env_example_names_security_settings() -> None:
    text = (COMPOSE_DIR / "postwatch.env.example").read_text()
    for key in ("POSTWATCH_SECURITY_PROTOCOL", "POSTWATCH_SASL_MECHANISM", "POSTWATCH_SASL_USERNAME",
                "POSTWATCH_SASL_PASSWORD", "POSTWATCH_SSL_CAFILE", "POSTWATCH_SSL_CERTFILE",
                "POSTWATCH_SSL_KEYFILE"):
        assert key in text
