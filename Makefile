# Quick start:  make demo  (install + analyse a bundled sample)   |   make test  (install + full test suite)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test system-deps lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test,spark]'

demo: install
	$(BIN)/reportedly demo

system-deps:
	bash scripts/system-deps.sh

test: install-test system-deps
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/pytest

bench: install-test
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
