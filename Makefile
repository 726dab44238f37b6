# Packetizer — developer commands. Each target bootstraps .venv when it is missing or when
# pyproject.toml changed since the last install.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# system tools the tests and bench use (qpdf --check, pdftoppm/pdftotext, GNU time for peak
# memory, LibreOffice to convert Word/ODT files, a CJK font for names on the cover, Tesseract and
# Ghostscript for OCR); installed when missing and we can. Each is a command or a file, then the
# Debian package that has it.
SYSTEM_TOOLS := qpdf:qpdf pdftoppm:poppler-utils pdftotext:poppler-utils /usr/bin/time:time \
	tesseract:tesseract-ocr gs:ghostscript \
	soffice:libreoffice-writer-nogui desktop-file-validate:desktop-file-utils \
	appstreamcli:appstream \
	/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf:fonts-droid-fallback

.PHONY: demo test run bench lint eval-postings eval-content realworld screenshots translations icons dist dist-test \
	sysdeps clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/packetizer demo

run: $(STAMP)
	$(VENV)/bin/packetizer

test: $(STAMP) sysdeps
	$(PY) -m pytest -q

bench: $(STAMP) sysdeps
	$(PY) bench/run.py

eval-postings: $(STAMP)
	$(PY) bench/eval_postings.py

eval-content: $(STAMP)
	$(PY) bench/eval_content.py

realworld: $(STAMP) sysdeps
	$(PY) bench/realworld.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

# the interface's texts (every tr() call) for translators; `pyside6-linguist` edits them and
# `pyside6-lrelease` compiles them to the .qm files the app loads
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find packetizer/gui -name "*.py" | sort) -no-obsolete -ts resources/translations/packetizer_en.ts

# the PNG sizes and the Windows .ico, from resources/icons/packetizer.svg (committed)
icons: $(STAMP)
	$(PY) installers/make_icons.py

# a one-folder build for this OS with PyInstaller (installers/packetizer.spec); on Linux also
# dist/packetizer-VERSION-linux-ARCH.tar.gz with install.sh for ~/.local
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' packetizer/__init__.py)
dist: $(STAMP)
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --quiet "pyinstaller>=6"
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller \
	  installers/packetizer.spec
	@if [ "$$(uname)" = Linux ]; then \
	  cp installers/linux/install.sh dist/ && \
	  tar -czf dist/packetizer-$(VERSION)-linux-$$(uname -m).tar.gz -C dist packetizer install.sh \
	  && echo "wrote dist/packetizer-$(VERSION)-linux-$$(uname -m).tar.gz"; fi

# not part of `make test`: builds first, takes a minute
dist-test: dist
	$(PY) installers/smoke_test.py dist/packetizer/packetizer

lint: $(STAMP)
	$(VENV)/bin/ruff check packetizer tests bench tools

# Install the PDF tools the tests read outputs with, on Debian/Ubuntu when we are root (as in
# CI). Elsewhere print what is missing; the tests that need a tool then say why they skip.
sysdeps:
	@missing=""; for pair in $(SYSTEM_TOOLS); do tool=$${pair%%:*}; pkg=$${pair##*:}; \
	  command -v $$tool >/dev/null 2>&1 || test -e $$tool || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing \
	      >/dev/null) || echo "could not install$$missing; tests that need them will skip"; \
	  else echo "missing system packages:$$missing (tests that need them will skip)"; fi; \
	fi

clean:
	rm -rf $(VENV) build dist .pytest_cache packetizer-demo
