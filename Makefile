# INNOSPARK: `make run` serves a demo on http://127.0.0.1:8000, `make test` runs the whole suite.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup messages lint bench-pdf bench-scoring bench-toolkit bench-compendium train-scorer clean

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

run: setup
	$(PY) manage.py runserver 127.0.0.1:8000

test: $(STAMP) messages
	@if [ -x /usr/bin/chromium ]; then echo "Browser tests: using /usr/bin/chromium"; \
	else echo "*** Browser tests SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium) ***"; fi
	$(PY) -m pytest

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

clean:
	rm -rf $(VENV) staticfiles db.sqlite3*
