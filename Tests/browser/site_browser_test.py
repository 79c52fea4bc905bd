#!/usr/bin/env python3
"""Runs the axe-core accessibility engine in headless Chromium over key pages of a built site,
then checks that search finds pages in both languages.

Serves OUTPUT under the site's base path on a free loopback port, opens the home, an edition,
an article and an indicator page in each language, and fails on any serious or critical
violation. axe-core comes from PyPI's axe-playwright-python, which ships axe.min.js. Then it
searches zh/search/ for a Chinese word pair found inside longer words (营商 in 营商环境) and
en/search/ for an English word, and expects results.

Usage: site_browser_test.py OUTPUT_FOLDER BASE_PATH PAGE...   (pages relative to the base path)
"""
import functools
import http.server
import os
import shutil
import sys
import tempfile
import threading
import time

import axe_playwright_python
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

AXE = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")


def serve(output, base_path):
    root = tempfile.mkdtemp(prefix="almanac-axe-")
    mount = os.path.join(root, base_path.strip("/")) if base_path.strip("/") else root
    os.makedirs(os.path.dirname(mount), exist_ok=True)
    if mount == root:
        root = os.path.abspath(output)
    else:
        os.symlink(os.path.abspath(output), mount)
    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, root


def wait_for(probe, seconds=5.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.05)
    return 0


def main():
    output, base_path, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    server, root = serve(output, base_path)
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    with open(AXE, encoding="utf-8") as f:
        axe = f.read()
    passed = failed = 0
    try:
        for page in pages:
            driver.get(f"http://127.0.0.1:{server.server_address[1]}{base_path}{page}")
            driver.execute_script(axe)
            result = driver.execute_async_script(
                "var done = arguments[0]; axe.run(document).then(function (r) { done(r.violations); });")
            serious = [v for v in result if v.get("impact") in ("serious", "critical")]
            for violation in serious:
                nodes = ", ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"]) for n in violation["nodes"][:3])
                print(f"{page}: {violation['impact']}: {violation['id']}: {violation['help']} ({nodes})")
            minor = sorted(v["id"] for v in result if v not in serious)
            print(f"{'ok  ' if not serious else 'FAIL'} {page}" + (f" (minor or moderate: {', '.join(minor)})" if minor else ""))
            passed, failed = passed + (not serious), failed + bool(serious)
        for page, query in (("zh/search/", "营商"), ("en/search/", "GDP"), ("zh/search/", "地区生产总值")):
            driver.get(f"http://127.0.0.1:{server.server_address[1]}{base_path}{page}?q={query}")
            found = wait_for(lambda: driver.execute_script("return document.querySelectorAll('.search-results li').length"))
            print(f"{'ok  ' if found else 'FAIL'} search {page} for {query}: {found} results")
            passed, failed = passed + bool(found), failed + (not found)
    finally:
        driver.quit()
        server.shutdown()
    print(f"pages: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
