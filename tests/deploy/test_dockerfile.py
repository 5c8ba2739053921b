"""Dockerfile: slim base, non-root, one image whose command picks the role. (Docker is not on this machine:
the build itself is not exercised here.)"""

from __future__ import annotations

import json
import re

from tests.deploy.promql import REPO

DOCKERFILE = (REPO / "Dockerfile").read_text()


def instructions(name: str) -> list[str]:
    return re.findall(rf"^{name}\s+(.+)$", DOCKERFILE, re.M)


def test_slim_base_images() -> None:
    bases = instructions("FROM")
    assert bases and all("-slim" in b for b in bases)


def test_runs_as_non_root() -> None:
    users = instructions("USER")
    assert users and users[-1].split(":")[0] not in ("0", "root")


def test_role_is_the_command() -> None:
    assert json.loads(instructions("ENTRYPOINT")[-1]) == ["postwatch"]
    assert json.loads(instructions("CMD")[-1]) == ["worker"]


def test_healthcheck_probes_ready() -> None:
    assert "/ready" in DOCKERFILE and "HEALTHCHECK" in DOCKERFILE


def test_copied_sources_exist_and_context_is_small() -> None:
    for line in instructions("COPY"):
        if "--from" not in line:
            for source in line.split()[:-1]:
                assert (REPO / source).exists(), source
    ignored = (REPO / ".dockerignore").read_text().split()
    assert {".venv", ".git", "tests"} <= set(ignored)
