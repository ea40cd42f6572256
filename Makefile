# conflict-ledger: `make run` and `make test` are the two set-up commands on a fresh machine.
SHELL := /bin/bash
export DAGSTER_HOME := $(CURDIR)/.dagster
export DAGSTER_DISABLE_TELEMETRY := 1
export GX_ANALYTICS_ENABLED := false
UV ?= $(shell command -v uv 2>/dev/null || echo "python3 -m uv")
RUN := $(UV) run --frozen
HOST ?= 127.0.0.1
PORT ?= 3000

.PHONY: install native run refresh test lint ui eval bench clean

install:  ## create .venv with the locked dependencies
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 \
		|| python3 -m pip install --quiet uv
	$(UV) sync --frozen

native: install  ## compile the extractor with mypyc (a no-op when the build is up to date)
	$(RUN) python -m pipeline.build_native

run: native  ## materialise every asset over $LEDGER_INBOX (default seeds/) and publish a release
	$(RUN) dagster job execute -m pipeline.definitions -j everything

refresh: native  ## the same, re-reading every input (a deliberate full refresh)
	$(RUN) dagster job execute -m pipeline.definitions -j everything \
		-c pipeline/full_refresh.yaml

test: native  ## the whole test suite, on the compiled extractor (LEDGER_NATIVE_REQUIRED: a test fails if it is not)
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy
	$(RUN) dagster definitions validate -m pipeline.definitions
	LEDGER_NATIVE_REQUIRED=1 $(RUN) pytest -n 2 --durations=10

lint: install
	$(RUN) ruff check .
	$(RUN) ruff format --check .

ui: native  ## Dagster's web UI on http://$(HOST):$(PORT)
	$(RUN) dagster dev -w workspace.yaml -h $(HOST) -p $(PORT)

eval: native  ## extraction accuracy: GVDB totals (or EVAL_FILE), the conflict dev sets, the held-out set
	$(RUN) python bench/eval.py $(EVAL_FILE)
	$(RUN) python bench/claims_eval.py bench/data/conflict_probe.jsonl bench/data/conflict_heldout.jsonl \
		bench/data/conflict_heldout3.jsonl bench/data/conflict_heldout4.jsonl
	@echo "--- held-out (not used for development) ---"
	$(RUN) python bench/claims_eval.py bench/data/conflict_heldout2.jsonl \
		--misses bench/out/heldout2_misses.jsonl

bench: native  ## speed of parse + extract against a single-regex floor
	$(RUN) python bench/extract.py

clean:  ## remove generated data (the warehouse and its releases) and the compiled extractor
	rm -rf warehouse/*.duckdb warehouse/*.duckdb.wal warehouse/releases bench/out
	rm -rf build pipeline/core/*.so
