# INNOSPARK: `make run` serves a demo on http://127.0.0.1:8000, `make test` runs the whole suite.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup messages lint bench-pdf bench-scoring bench-toolkit bench-compendium bench-workshop bench-load test-crash train-scorer clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

messages: $(STAMP)
	$(PY) manage.py compilemessages --ignore=.venv -v0

setup: $(STAMP) messages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_content
	$(PY) manage.py import_indicators -v0
	$(PY) manage.py seed_demo --if-empty
	$(PY) manage.py seed_events --if-empty

# `make run BIND=0.0.0.0:8000 ALLOWED_HOSTS=192.168.1.20` lets phones on the network join a
# live workshop (README, "Live workshops").
BIND ?= 127.0.0.1:8000
run: setup
	$(PY) manage.py runserver $(BIND)

# The suite runs in JOBS processes (pytest-xdist; each has its own test database and browser):
# one per core, at most 4. `make test JOBS=1` runs it in this process. `--dist load` hands each
# process its tests in collection order, which pytest-django sorts as Django does: tests in a
# rolled-back transaction first, then transactional ones (browser tests), which empty the
# database when they end. (`worksteal` would let a process take plain database tests after
# that, and they would find no content.)
JOBS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); [ $$n -gt 4 ] && n=4; echo $$n)
test: $(STAMP) messages
	@if [ -x /usr/bin/chromium ]; then echo "Browser tests: using /usr/bin/chromium"; \
	else echo "*** Browser tests SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium) ***"; fi
	$(PY) -m pytest $(if $(filter 1,$(JOBS)),,-n $(JOBS) --dist load)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench-pdf: setup
	$(PY) bench/pdf_render.py

# Rebuild the committed originality models from data/aut/ (deterministic; about 5 minutes).
# Comparison models: `$(PY) -m innospark.scoring.train --encoder e5` (English pool, ~5 min).
train-scorer: $(STAMP)
	$(PY) -m innospark.scoring.train --encoder use --pool en
	$(PY) -m innospark.scoring.train --encoder e5 --pool bg
	$(PY) -m innospark.scoring.train --encoder e5 --pool et
	$(PY) -m innospark.scoring.train --encoder e5 --pool hu

bench-toolkit: setup
	$(PY) bench/toolkit.py

bench-compendium: setup
	$(PY) bench/compendium.py

bench-scoring: $(STAMP)
	$(PY) bench/scoring.py --all

# gunicorn under simulated test-takers on PostgreSQL and SQLite, each on a throwaway database
# (bench/load.py, about 12 minutes); kill -9 of the server mid-load loses no acknowledged answer
# (bench/crash.py, about 3 minutes). Both start the local PostgreSQL as CI does.
bench-load: $(STAMP)
	bench/pg_up.sh
	$(PY) bench/load.py

test-crash: $(STAMP)
	bench/pg_up.sh
	$(PY) bench/crash.py

# A live workshop with 50 simulated participants on gunicorn, SQLite then PostgreSQL (needs the
# local cluster: pg_ctlcluster 15 main start): update latency of the screens, target < 2 s.
bench-workshop: $(STAMP) messages
	$(PY) bench/workshop.py

clean:
	rm -rf $(VENV) staticfiles db.sqlite3*
