"""Every YAML file under deploy/ (and .yamllint itself) is yamllint clean under the repo's .yamllint."""

from __future__ import annotations

from pathlib import Path

from yamllint import linter
from yamllint.config import YamlLintConfig

from tests.deploy.promql import REPO


def yaml_files() -> list[Path]:
    deploy = REPO / "deploy"
    return [REPO / ".yamllint", *sorted(p for ext in ("*.yml", "*.yaml") for p in deploy.rglob(ext))]


def test_yaml_files_are_lint_clean() -> None:
    config = YamlLintConfig(file=str(REPO / ".yamllint"))
    problems = []
    files = [p for p in yaml_files() if not config.is_file_ignored(str(p.relative_to(REPO)))]
    assert any(p.parts[-3:] == ("deploy", "compose", "compose.yaml") for p in files)
    for path in files:
        for problem in linter.run(path.read_text(), config, str(path)):
            problems.append(f"{path.relative_to(REPO)}:{problem.line}: {problem.desc} ({problem.rule})")
    assert problems == []


def test_helm_templates_are_the_only_ignored_yaml() -> None:
    config = YamlLintConfig(file=str(REPO / ".yamllint"))
    ignored = [p for p in yaml_files() if config.is_file_ignored(str(p.relative_to(REPO)))]
    assert all("templates" in p.parts and "helm" in p.parts for p in ignored)
