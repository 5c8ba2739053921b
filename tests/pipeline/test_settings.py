from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.settings import Settings, SettingsError, bootstrap_servers


def test_environment_then_overrides() -> None:
    env = {
        "POSTWATCH_PARTITIONS": "8",
        "POSTWATCH_TOPIC_PREFIX": "stg.",
        "POSTWATCH_MODEL_DIR": "/srv/models",
        "POSTWATCH_METRICS_ENABLED": "false",
        "POSTWATCH_SASL_USERNAME": "svc",
        "POSTWATCH_SASL_PASSWORD": "pw",
        "POSTWATCH_SECURITY_PROTOCOL": "SASL_SSL",
    }
    s = Settings.from_env(env, partitions=2)
    assert s.partitions == 2 and s.topic("posts") == "stg.posts" and s.model_dir == Path("/srv/models")
    assert s.metrics_enabled is False
    assert s.security.security_protocol == "SASL_SSL" and s.security.sasl_username == "svc"
    assert "pw" not in repr(s)


def test_bad_values_name_the_variable() -> None:
    with pytest.raises(SettingsError, match="POSTWATCH_PARTITIONS"):
        Settings.from_env({"POSTWATCH_PARTITIONS": "four"})
    with pytest.raises(SettingsError, match="POSTWATCH_WEB_PORT"):
        Settings.from_env({"POSTWATCH_WEB_PORT": "70000"})


def test_settings_are_frozen() -> None:
    s = Settings.from_env({})
    with pytest.raises(AttributeError):
        s.partitions = 3  # type: ignore[misc]


def test_bootstrap_servers_accepts_faust_and_kafka_styles() -> None:
    assert bootstrap_servers("kafka://a:9092;b:9093") == ["a:9092", "b:9093"]
    assert bootstrap_servers("a:9092,b:9093") == ["a:9092", "b:9093"]
