#!/usr/bin/env python3
"""Browser test of `almanac serve`: an open page reloads by itself after an edit.

Starts the preview server on a free loopback port over a copy of the bilingual fixture site,
opens a page in Debian's headless Chromium (through chromedriver and Selenium), edits the
article, and checks that the page reloads on its own and shows the new text; then breaks the
article and checks that the page shows the error, and fixes it again.

Usage: preview_reload_test.py ALMANAC_BINARY
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
FIXTURE = os.path.join(REPO, "Tests", "AlmanacBuildTests", "Fixtures", "Sites", "bilingual", "Content")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, seconds=10.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def start_server(binary, root, port):
    server = subprocess.Popen([binary, "serve", "--root", root, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if not wait_for(lambda: socket.socket().connect_ex(("127.0.0.1", port)) == 0, 30):
        server.kill()
        raise SystemExit("the preview server did not start")
    return server


def browser():
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def replace_in(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert old in text, f"{old!r} not in {path}"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))


def main():
    binary = os.path.abspath(sys.argv[1])
    root = tempfile.mkdtemp(prefix="almanac-browser-")
    shutil.copytree(FIXTURE, os.path.join(root, "Content"))
    shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(root, "Templates"))
    port = free_port()
    server = start_server(binary, root, port)
    driver = browser()
    passed, failed = 0, 0

    def check(name, ok):
        nonlocal passed, failed
        print(("ok   " if ok else "FAIL ") + name)
        passed, failed = passed + ok, failed + (not ok)

    try:
        article = os.path.join(root, "Content", "2025", "review.en.md")
        driver.get(f"http://127.0.0.1:{port}/en/2025/review/")
        check("page opens", "The year 2025 in review" in driver.title)
        time.sleep(0.3)  # let the page subscribe to reload events
        driver.execute_script("window.__notReloaded = true;")
        replace_in(article, "Modern logistics", "Smart logistics")
        reloaded = wait_for(lambda: driver.execute_script("return window.__notReloaded === undefined;"))
        check("an edit reloads the open page by itself", reloaded)
        check("the reloaded page shows the edit", wait_for(lambda: "Smart logistics" in driver.page_source))

        driver.execute_script("window.__notReloaded = true;")
        replace_in(article, "value: 1257", "value: 1258")
        check("a broken edit shows its error in the page",
              wait_for(lambda: "review.zh.md:14:28" in driver.page_source))
        replace_in(article, "value: 1258", "value: 1257")
        check("the fixed page comes back by itself",
              wait_for(lambda: "Smart logistics" in driver.page_source and "error" not in driver.title.lower()))
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)
    print(f"browser: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
