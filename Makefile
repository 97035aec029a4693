# Two entry points, both self-contained on a fresh machine with Python 3.11:
#   make run   - create .venv, install, analyse the example letters and threads
#   make test  - create .venv with the dev extras, run pytest, ruff and mypy
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test lint typecheck bench train-syntax clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(PIP) install -e ".[dev]"
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/assist emotions examples/letters/*.txt
	$(BIN)/assist themes examples/threads/en-anna/*.txt
	$(BIN)/assist themes examples/threads/nl-ruud/*.txt
	$(BIN)/assist syntax examples/replies/*.txt

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest
	$(BIN)/ruff check assist tests benchmarks
	$(BIN)/mypy

bench: $(VENV)/.installed-dev
	$(PIP) install -e ".[dev,bench]"
	cd benchmarks && ../$(BIN)/python emotion_words_quality.py --split dev
	cd benchmarks && ../$(BIN)/python emotion_words_quality.py --split test
	cd benchmarks && ../$(BIN)/python emotion_words_quality.py --split dev2
	cd benchmarks && ../$(BIN)/python emotion_words_quality.py --split dev3
	cd benchmarks && ../$(BIN)/python langid.py
	cd benchmarks && ../$(BIN)/python emotion_words.py
	cd benchmarks && ../$(BIN)/python themes.py
	cd benchmarks && ../$(BIN)/python syntax.py

# Retrain the shipped syntax pipelines from ../shared/data/ud-{dutch,english} (seeded; see their model cards).
train-syntax: $(VENV)/.installed-dev
	OMP_NUM_THREADS=1 $(BIN)/python -m assist.train syntax --lang nl
	OMP_NUM_THREADS=1 $(BIN)/python -m assist.train syntax --lang en

clean:
	rm -rf $(VENV) build dist *.egg-info
