# Twinning: `make run` sets up and serves the site, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/twinning
PG_ADMIN_URL ?= postgres://postgres@127.0.0.1:5432/postgres

.PHONY: run serve install test test-sqlite test-postgres browser-deps lint format bench clean

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 wird gebraucht ($(PYTHON) nicht gefunden)"; exit 1; }
	[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json
	npm install --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed node_modules/.installed

var/secret_key:
	mkdir -p var
	$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

# One small server as a city runs it: production settings, static files via whitenoise, and the
# processes of the Procfile (gunicorn and the background worker) under honcho; Ctrl-C stops both.
run: install var/secret_key
	export DJANGO_SETTINGS_MODULE=twinning.settings.production SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret_key)}" \
	  SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0 SERVE_MEDIA=1 \
	  HOST=$(HOST) PORT=$(PORT) WORKERS=$(WORKERS) \
	  BASE_URL="$${BASE_URL:-http://$(HOST):$(PORT)}"; \
	$(PY) manage.py migrate --noinput && \
	$(PY) manage.py collectstatic --noinput --verbosity 0 && \
	$(PY) manage.py load_demo && \
	echo "Twinning läuft auf http://$(HOST):$(PORT)/ (Redaktion: http://$(HOST):$(PORT)/admin/)" && \
	exec $(VENV)/bin/honcho --no-colour start

# Debian's chromium for the browser tests; installed when missing and we may use apt.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium fehlt: sudo apt-get install chromium"; exit 1; fi; }

test: install browser-deps
	$(MAKE) test-sqlite
	$(MAKE) test-postgres

test-sqlite:
	$(PY) -m pytest -q

# The same suite on PostgreSQL when a server answers (CI makes sure one does).
test-postgres:
	@if $(PY) -c "import psycopg; psycopg.connect('$(PG_ADMIN_URL)', connect_timeout=3).close()" 2>/dev/null; then \
	  DATABASE_URL=$(PG_TEST_URL) $(PY) -m pytest -q; \
	elif [ -n "$$CI" ]; then echo "PostgreSQL antwortet nicht unter $(PG_TEST_URL)"; exit 1; \
	else echo "PostgreSQL nicht erreichbar: Test auf PostgreSQL übersprungen."; fi

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install
	$(PY) -m twinning.benchmarks

clean:
	rm -rf $(VENV) node_modules var
