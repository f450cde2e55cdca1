# The one task runner. `make run` and `make test` create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
UV := $(VENV)/bin/uv
export UV_PYTHON_DOWNLOADS := never

.PHONY: run demo test lint i18n-update i18n-build icons bench bench-sync bench-agenda bench-report screenshots bundle deb \
	clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check uv

# Byte-compiled at install, so that even the first start of the tray does not compile its imports.
$(VENV)/.run-deps: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --inexact --no-dev --compile-bytecode
	touch $@

$(VENV)/.test-deps: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --inexact --no-dev --extra test
	touch $@ $(VENV)/.run-deps

run: $(VENV)/.run-deps
	$(VENV)/bin/timeward

demo: $(VENV)/.run-deps
	$(VENV)/bin/timeward --demo

# Each check runs whatever the others say; the target fails when any failed: the tests, ruff,
# the layer rules (import-linter, [tool.importlinter]) and the types (mypy, [tool.mypy]).
test: $(VENV)/.test-deps
	@status=0; \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest $(PYTEST_ARGS) || status=1; \
	$(MAKE) --no-print-directory lint || status=1; \
	exit $$status

lint: $(VENV)/.test-deps
	@status=0; \
	$(VENV)/bin/ruff check src tests bench scripts packaging || status=1; \
	$(VENV)/bin/lint-imports --no-cache || status=1; \
	$(VENV)/bin/mypy || status=1; \
	exit $$status

i18n-update: $(VENV)/.run-deps
	$(VENV)/bin/python scripts/i18n.py update

i18n-build: $(VENV)/.run-deps
	$(VENV)/bin/python scripts/i18n.py build

icons: $(VENV)/.run-deps
	$(VENV)/bin/python scripts/icons.py

bench: $(VENV)/.test-deps
	$(VENV)/bin/python bench/tray.py

$(VENV)/.bench-deps: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --inexact --no-dev --extra test --extra bench
	touch $@

bench-sync: $(VENV)/.bench-deps
	$(VENV)/bin/python bench/sync.py

bench-agenda: $(VENV)/.test-deps
	$(VENV)/bin/python bench/agenda.py

bench-report: $(VENV)/.test-deps
	$(VENV)/bin/python bench/report.py

screenshots: $(VENV)/.test-deps
	$(VENV)/bin/python scripts/screenshots.py

$(VENV)/.bundle-deps: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --inexact --no-dev --extra bundle
	touch $@ $(VENV)/.run-deps

# A one-folder app (dist/timeward/timeward) built by PyInstaller from packaging/timeward.spec.
bundle: $(VENV)/.bundle-deps
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/timeward.spec
	@du -sh dist/timeward

# The bundle as a Debian package: dist/timeward_<version>_<arch>.deb (packaging/deb.py).
deb: bundle
	$(VENV)/bin/python packaging/deb.py

clean:
	rm -rf $(VENV) dist build/pyinstaller
