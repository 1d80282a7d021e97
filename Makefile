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
# PostgreSQL counts as asked for when either URL is given (environment or command line).
PG_ASKED := $(if $(and $(filter file,$(origin PG_TEST_URL)),$(filter file,$(origin PG_ADMIN_URL))),0,1)
DEMO ?= 1

.PHONY: run serve install test test-sqlite test-postgres browser-deps bench-deps lint format bench clean

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

# var/ holds the database, the secret, demo passwords, mail and backups: its owner's only.
var/secret_key:
	mkdir -p var
	(umask 077 && $(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@)
	chmod 600 $@

# One small server as a city runs it: production settings, static files via whitenoise, and the
# processes of the Procfile (the granian web server and the background worker) under honcho;
# Ctrl-C stops both.
# DEMO=0 starts without demo content and demo accounts. Files it creates are its owner's only.
run: install var/secret_key
	umask 077; chmod 700 var; chmod 600 var/*.sqlite3* var/demo-logins.json 2>/dev/null; \
	export DJANGO_SETTINGS_MODULE=twinning.settings.production SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret_key)}" \
	  SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0 SERVE_MEDIA=1 \
	  HOST=$(HOST) PORT=$(PORT) WORKERS=$(WORKERS) \
	  BASE_URL="$${BASE_URL:-http://$(HOST):$(PORT)}"; \
	$(PY) manage.py migrate --noinput && \
	$(PY) manage.py collectstatic --noinput --verbosity 0 && \
	$(PY) manage.py build_places && \
	if [ "$(DEMO)" = 0 ]; then \
	  echo "Ohne Demo-Inhalte (DEMO=0). Ersten Administrator anlegen: $(PY) manage.py createsuperuser"; \
	else $(PY) manage.py load_demo || exit 1; fi && \
	echo "Twinning läuft auf http://$(HOST):$(PORT)/ (Redaktion: http://$(HOST):$(PORT)/admin/)" && \
	exec $(VENV)/bin/honcho --no-colour start

# Debian's chromium for the browser tests; installed when missing and we may use apt.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installiere Debian-Paket chromium (für die Browser-Tests)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium fehlt: sudo apt-get install chromium"; exit 1; fi; }

test: install browser-deps
	$(MAKE) test-sqlite
	$(MAKE) test-postgres

test-sqlite:
	$(PY) -m pytest -q

# The same suite on PostgreSQL. Skipped (and said so) only when nobody asked for PostgreSQL and
# nothing listens at its address; asked for (PG_TEST_URL, PG_ADMIN_URL, CI) or listening but
# unusable (a wrong password, say), it fails with the address and the error.
test-postgres:
	@PG_TEST_URL='$(PG_TEST_URL)' PG_ADMIN_URL='$(PG_ADMIN_URL)' PG_ASKED=$(PG_ASKED) \
	  $(PY) .ci/postgres_check.py; status=$$?; \
	if [ $$status = 0 ]; then DATABASE_URL='$(PG_TEST_URL)' $(PY) -m pytest -q; \
	elif [ $$status != 2 ]; then exit 1; fi

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Debian's wrk (load) and nginx-light (the static-file ceiling) for `make bench`.
bench-deps:
	@command -v wrk >/dev/null 2>&1 && { command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null; \
	  else echo "wrk oder nginx fehlt: sudo apt-get install wrk nginx-light"; exit 1; fi; }

# Page throughput, server time, anchors and import rate; BENCH_SIZES, BENCH_DATABASES,
# BENCH_WRK_SECONDS and BENCH_ANCHOR_DIR change what is measured (see README).
bench: install bench-deps
	$(PY) -m twinning.benchmarks

clean:
	rm -rf $(VENV) node_modules var
