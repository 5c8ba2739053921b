# postwatch: the two commands are `make demo` and `make test`. Both build .venv by themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PY := $(BIN)/python
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help demo test lint unit integration chaos bench model evaluate prometheus clean fmt venv

help:  ## Show this help
	@awk 'BEGIN{FS=":.*## "} /^[a-zA-Z_-]+:.*## /{printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)  ## Start the embedded broker and a worker, replay the sample stream, show flagged posts
	$(BIN)/postwatch demo $(DEMO_ARGS)

prometheus:  ## Install Debian's prometheus (and promtool) when absent
	@command -v promtool >/dev/null 2>&1 || { \
	  echo "installing Debian's prometheus package (provides promtool)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends prometheus >/dev/null; }

lint: $(STAMP)  ## ruff, mypy and import-linter (the package boundaries)
	$(BIN)/ruff check pipeline agents models tests
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) prometheus lint  ## Lint, then every unit and integration test (not chaos)
	$(BIN)/pytest -q $(PYTEST_ARGS)

unit: $(STAMP)  ## Unit tests only
	$(BIN)/pytest -q -m 'not integration and not chaos' $(PYTEST_ARGS)

integration: $(STAMP)  ## Integration tests only (real embedded broker, live Prometheus)
	$(BIN)/pytest -q -m integration $(PYTEST_ARGS)

chaos: $(STAMP)  ## Chaos suite on the real broker (kill -9, broker cut, hot swap, hostile input, backpressure)
	$(BIN)/pytest -q -m chaos tests/chaos $(PYTEST_ARGS)

bench: $(STAMP)  ## Benchmark: passthrough vs pipeline, latency, RSS
	$(BIN)/postwatch bench --json bench.json

model: $(STAMP)  ## Rebuild the bundled default model deterministically from the corpus
	$(BIN)/postwatch train --data models/data/corpus.jsonl --out models/registry --promote --force

evaluate: $(STAMP)  ## Evaluate the current model: fixed test split and the two held-out challenge sets (reports/)
	$(BIN)/postwatch evaluate --data models/data/corpus.jsonl --report reports/test-split
	$(BIN)/postwatch evaluate --data models/eval/challenge.jsonl --report reports/challenge
	$(BIN)/postwatch evaluate --data models/eval/challenge2.jsonl --report reports/challenge2

fmt: $(STAMP)
	$(BIN)/ruff check --fix pipeline agents models tests
	$(BIN)/ruff format pipeline agents models tests

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache
