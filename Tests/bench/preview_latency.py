#!/usr/bin/env python3
"""Benchmark: time from saving one article to the preview's reload event.

Starts `almanac serve` over a site, listens to its reload events, then repeatedly edits one
article's body and measures the time from the write to the `reload` event. Prints the
median, 90th percentile and range. The site is the sample site, or a synthetic corpus made
with gen_corpus.py (beside this script) when --articles is given.

Usage: preview_latency.py ALMANAC_BINARY [--articles N] [--edits 20]
"""
import argparse
import os
import select
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
GENERATOR = os.path.join(HERE, "gen_corpus.py")


def make_site(articles):
    root = tempfile.mkdtemp(prefix="almanac-latency-")
    if articles:
        subprocess.run([sys.executable, GENERATOR, "--articles", str(articles), "--out", root, "--layout", "almanac"],
                       check=True, stdout=subprocess.DEVNULL)
    else:
        shutil.copytree(os.path.join(REPO, "Content"), os.path.join(root, "Content"))
    shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(root, "Templates"))
    return root


def first_article(root):
    content = os.path.join(root, "Content")
    for edition in sorted(os.listdir(content)):
        folder = os.path.join(content, edition)
        if edition.isdigit() and os.path.isdir(folder):
            for name in sorted(os.listdir(folder)):
                if name.endswith(".en.md"):
                    return os.path.join(folder, name)
    raise SystemExit("no article found")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def open_events(port, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall(b"GET /__almanac/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
            return sock
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the preview server did not start")


def wait_reload(sock, seconds=30):
    buffer = b""
    deadline = time.time() + seconds
    while time.time() < deadline:
        ready, _, _ = select.select([sock], [], [], 0.5)
        if ready:
            chunk = sock.recv(4096)
            if not chunk:
                raise SystemExit("the event stream closed")
            buffer += chunk
            if b"event: reload" in buffer:
                return time.perf_counter()
    raise SystemExit("no reload event")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--articles", type=int, default=0, help="synthetic corpus size; 0 uses the sample site")
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    root = make_site(args.articles)
    port = free_port()
    started = time.perf_counter()
    server = subprocess.Popen([os.path.abspath(args.binary), "serve", "--root", root, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        events = open_events(port, timeout=600)
        startup = time.perf_counter() - started
        time.sleep(0.5)
        article = first_article(root)
        with open(article, encoding="utf-8") as f:
            original = f.read()
        samples = []
        for edit in range(args.edits):
            with open(article, "w", encoding="utf-8") as f:
                f.write(original + f"\nEdited paragraph number {edit}.\n")
            saved = time.perf_counter()
            samples.append((wait_reload(events) - saved) * 1000)
            time.sleep(0.2)
        samples.sort()
        site = f"{args.articles} articles" if args.articles else "sample site"
        p90 = samples[max(0, int(round(0.9 * len(samples))) - 1)]
        print(f"preview latency, {site}: save → reload event over {len(samples)} edits: "
              f"median {statistics.median(samples):.1f} ms, p90 {p90:.1f} ms, "
              f"min {samples[0]:.1f} ms, max {samples[-1]:.1f} ms (server ready after {startup:.1f} s)")
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
