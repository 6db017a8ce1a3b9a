# The two commands a new user runs: `make run` (set up, then run the main job) and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus
DATA ?= data

.PHONY: setup run test bench

$(BIN)/ofsted: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/ofsted

run: setup
	mkdir -p $(DATA)
	$(BIN)/ofsted extract $(CORPUS)/pdfs --format jsonl > $(DATA)/extracted.jsonl
	@echo "extracted $$(wc -l < $(DATA)/extracted.jsonl) files into $(DATA)/extracted.jsonl"

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/extract.py
