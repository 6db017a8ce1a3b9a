# The two commands a new user runs: `make run` (set up, then run the main job) and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus
DATA ?= data
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: setup run test bench browser

$(BIN)/ofsted: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m publish.charts  # the site's chart specs, built by altair once (publish/charts.py)
	touch $@

setup: $(BIN)/ofsted

# The main job: backfill the North East into data/ofsted.duckdb and show its rating changes.
# No internet here: by default from a replica of the reports site over $(CORPUS), started and
# stopped around the run (and ended with the recipe however it ends: pipeline/orphans.py);
# `make run SITE=https://reports.ofsted.gov.uk` uses the real site.
SITE ?= replica
PORT ?= 8765
REGION ?= North East

run: setup
	@set -e; site="$(SITE)"; \
	if [ "$$site" = replica ]; then \
	  [ -f "$(CORPUS)/manifest.csv" ] || { echo "error: no corpus at $(CORPUS): clone this repository beside shared/, or make run CORPUS=/path/to/shared/corpus" >&2; exit 1; }; \
	  $(BIN)/python -m pipeline.orphans $$$$ $(BIN)/ofsted replica --corpus $(CORPUS) --port $(PORT) & replica=$$!; \
	  trap 'kill $$replica 2>/dev/null' EXIT; site=http://127.0.0.1:$(PORT); \
	  for i in $$(seq 1 50); do $(BIN)/python -c "import urllib.request; urllib.request.urlopen('$$site/_replica/state')" 2>/dev/null && break; sleep 0.2; done; \
	  kill -0 $$replica 2>/dev/null || { echo "the replica did not start (is port $(PORT) taken? try make run PORT=...)" >&2; exit 1; }; \
	fi; \
	$(BIN)/ofsted backfill --region "$(REGION)" --site "$$site"; \
	$(BIN)/ofsted changes --since 2014-01-01 --region "$(REGION)"; \
	$(BIN)/ofsted site "$${OFSTED_DATA_DIR:-$(DATA)}/site"

# The site's tests read pages in a real headless browser: Debian's chromium, installed here when
# it is missing and we may (root, apt-get); otherwise those tests skip and say why.
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian's chromium for the site's browser tests"; \
	  apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; } \
	  || echo "could not install chromium: the site's browser tests will skip"; \
	else echo "no chromium (and not root to install it): the site's browser tests will skip"; fi

# Test workers (pytest-xdist), a file each at a time: the long tests, which run the pipeline's commands
# against a Prefect server of their worker's own, mostly wait, so four share two cores well (about
# 5.5 min against 10 on one). One server given (OFSTED_TEST_PREFECT_API_URL) is shared: no workers then,
# as tests clear what they made on it. `make test JOBS=0` runs them one by one.
JOBS ?= $(if $(OFSTED_TEST_PREFECT_API_URL),0,4)

test: setup
	@$(MAKE) --no-print-directory browser || true
	OFSTED_CORPUS="$(abspath $(CORPUS))" $(BIN)/python -m pytest -n $(JOBS) --dist loadfile

bench: setup
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/poll.py
	$(BIN)/python benchmarks/load.py
	$(BIN)/python benchmarks/backfill.py
	$(BIN)/python benchmarks/site.py
	$(BIN)/python benchmarks/workbook.py
