# Second Thought — the two commands: `make run` and `make test`. Nothing else is needed.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_PACKAGE := $(VENV)/.installed-package
BUNDLE := dist/secondthought/secondthought
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' desktopapp/__init__.py)
DEB = dist/secondthought_$(VERSION)_amd64.deb
# What the bundle is built from: a change to any of these rebuilds it, nothing else does.
BUNDLE_INPUTS := $(shell find desktopapp migrations resources -type f -not -name '*.pyc' \
	2>/dev/null) packaging/secondthought.spec packaging/scripts/bundle_filter.py pyproject.toml
DEB_INPUTS := $(BUNDLE) $(wildcard packaging/linux/* packaging/systemd/* \
	packaging/scripts/*.py packaging/scripts/debian-deps.sh) packaging/release-notes.md
PYTEST_ARGS ?=

.PHONY: run test bench fuzz lint typecheck clean deps-run deps-test deps-package screenshot \
	train-tone train-risk eval-warnings package package-check

run: deps-run $(STAMP_RUN)
	$(VENV)/bin/secondthought

test: deps-test $(STAMP_TEST)
	@bash packaging/scripts/pds-deps.sh
	@bash packaging/scripts/mastodon-mock-deps.sh
	$(PY) -m pytest $(PYTEST_ARGS)

# The installable bundle (dist/secondthought/) and the Debian package (dist/*.deb). The
# PyInstaller build is CPU-heavy: it runs niced, and only when its inputs changed.
package: deps-package $(DEB)

$(BUNDLE): $(BUNDLE_INPUTS) | $(STAMP_PACKAGE)
	nice -n 10 $(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/secondthought.spec
	@touch $@

$(DEB): $(DEB_INPUTS) | $(STAMP_PACKAGE)
	$(PY) packaging/scripts/build_deb.py

# Builds the package if needed, then installs the .deb into a throw-away root and runs it
# there: validators, lintian, CLI, fresh database, real keyring, the window under Xvfb.
package-check: package
	$(PY) -m pytest tests/package -p no:cacheprovider -v --timeout=1200

bench: deps-test $(STAMP_TEST)
	$(PY) -m pytest tests/benchmarks -s -p no:cacheprovider --timeout=900

# How often each warning is wrong, on ordinary and risky posts the checks were never tuned
# on: writes docs/warnings-quality.md (not part of `make test`; reads ../shared/data/tweeteval).
# Tuning a check? `make eval-warnings EVAL_ARGS=--tuning` checks and prints only the dev and
# tune parts and writes no doc: never look at the locked, held-out or fresh parts
# (tests/fixtures/warnings_fresh/ and warnings_fresh_s7/ must not even be opened) while tuning.
eval-warnings: deps-test $(STAMP_TEST)
	nice $(PY) tools/eval_warnings.py $(EVAL_ARGS)

# Fuzzing every file read from outside (CSV batches, packets, responses, the settings file,
# LanguageTool's answer, the iCalendar export read back): thousands of examples per test,
# about half an hour on two cores. The suite runs a short pass of the same tests.
FUZZ_EXAMPLES ?= 2000
fuzz: deps-test $(STAMP_TEST)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest tests/integration/test_packet_fuzz.py \
		tests/integration/test_fuzz_inputs.py -p no:cacheprovider --timeout=3600

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check desktopapp tests migrations tools
	$(VENV)/bin/mypy

# Retrain the tone models in resources/models from ../shared/data/tweeteval (reproducible;
# the distillation takes about 45 minutes on two cores and caches its teacher in build/).
train-tone: $(STAMP_TEST)
	$(PIP) install -e '.[test,train,distill]'
	$(PY) -m tools.tone.training --data ../shared/data/tweeteval --out resources/models
	$(PY) -m tools.tone.distill --data ../shared/data/tweeteval --out resources/models

# The risk-intent model (tools/risk): the same data gives the same file byte for byte.
train-risk: $(STAMP_TEST)
	$(PIP) install -e '.[test,train]'
	OMP_NUM_THREADS=1 $(PY) -m tools.risk.training --data ../shared/data/tweeteval --out resources/models

screenshot: deps-test $(STAMP_TEST)
	$(PY) -m pytest tests/ui/test_real_window.py -s

deps-run:
	@bash packaging/scripts/debian-deps.sh run

deps-test:
	@bash packaging/scripts/debian-deps.sh test

deps-package:
	@bash packaging/scripts/debian-deps.sh package

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP_RUN): pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e .
	@touch $@

$(STAMP_TEST): pyproject.toml | $(VENV)/bin/python
	$(PIP) install -e '.[test]'
	@touch $(STAMP_RUN) $@

$(STAMP_PACKAGE): pyproject.toml $(STAMP_TEST)
	$(PIP) install -e '.[test,package]'
	@touch $@

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
