#!/usr/bin/env python3
"""Benchmark: full builds of the same articles by Almanac and by Hugo, side by side.

Makes a deterministic corpus with gen_corpus.py (seed 1) in both layouts, then
builds each into an empty folder, alternating Almanac and Hugo, several times. Prints per tool:
pages (.html files written), median wall time, median CPU (user + system) and the kernel's part of
it, peak memory (largest resident set of any run), pages per second, and the ratio Almanac / Hugo.
After each Almanac build, the same files are also written alone, with plain system calls on two
threads, under the same conditions: what creating the site's folders and files costs on this file
system, whatever program makes their contents.

Each output is deleted just before the next build into it. On a file system that avoids reusing
freshly freed inodes (ext4 without a journal skips those freed in the last minute, longer while they
are not yet written back), creating the new files then costs far more kernel time; `--settle SECONDS`
waits between the two to measure without that.

Installs Debian's `hugo` with apt-get when it is missing. Not part of the test suite.

Usage:
  compare_hugo.py [ALMANAC_BINARY] [--articles 10000] [--runs 5] [--settle SECONDS] [--keep]
  compare_hugo.py [ALMANAC_BINARY] --scaling [--with-50k] [--runs 3] [--settle SECONDS]
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
GENERATOR = os.path.join(HERE, "gen_corpus.py")
SEED = "1"


def ensure_hugo():
    if shutil.which("hugo"):
        return
    print("hugo is missing; installing Debian's package", file=sys.stderr)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(sudo + ["apt-get", "install", "-y", "hugo"], check=True, env=env)


def make_corpus(root, articles, layout):
    folder = os.path.join(root, f"{layout}-{articles}")
    subprocess.run([sys.executable, GENERATOR, "--articles", str(articles), "--out", folder,
                    "--layout", layout, "--seed", SEED], check=True, stdout=subprocess.DEVNULL)
    if layout == "almanac":
        shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(folder, "Templates"))
    return folder


def run(command, output, settle=0):
    """Runs one build into an empty `output`; returns wall, CPU seconds, peak RSS in bytes and
    kernel CPU seconds. `settle` seconds pass between deleting the previous output and the build."""
    shutil.rmtree(output, ignore_errors=True)
    time.sleep(settle)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # The peak is read from the process's own high-water mark while it runs, not from wait4's
    # ru_maxrss: that one also counts the copy of this script's memory the child started as before
    # exec, which is large once the files-alone step has read a whole site into memory.
    peak = 0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, high_water_mark(process.pid))
        time.sleep(0.02)
    wall = time.perf_counter() - start
    errors = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(command)} failed with exit code {code}:\n{errors}")
    return wall, usage.ru_utime + usage.ru_stime, peak, usage.ru_stime


def high_water_mark(pid):
    """`VmHWM` of a running process in bytes: the largest resident set its program has had; 0 once
    it has exited."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def read_tree(folder):
    """Every file below `folder`, as (relative path, contents), in path order."""
    files = []
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                files.append((os.path.relpath(path, folder), handle.read()))
    return sorted(files)


def write_tree(files, output, settle=0):
    """Creates `files` in an empty `output` with plain system calls on two threads, as `run` builds:
    what making the folders and files of a site costs here, whatever makes their contents.
    Returns wall, CPU seconds, no peak memory and kernel CPU seconds."""
    shutil.rmtree(output, ignore_errors=True)
    time.sleep(settle)

    def write(part):
        for path, data in part:
            target = os.path.join(output, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.write(descriptor, data)
            os.close(descriptor)

    before, start = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    threads = [threading.Thread(target=write, args=(files[half::2],)) for half in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF)
    kernel = after.ru_stime - before.ru_stime
    return wall, after.ru_utime - before.ru_utime + kernel, 0, kernel


def count_pages(folder):
    return sum(name.endswith(".html") for _, _, names in os.walk(folder) for name in names)


def almanac_command(binary, corpus, output):
    return [binary, "build", "--root", corpus, "--content", os.path.join(corpus, "Content"),
            "--templates", os.path.join(corpus, "Templates"), "--output", output]


def hugo_command(corpus, output):
    return ["hugo", "--quiet", "--source", corpus, "--destination", output]


def summarise(runs, pages):
    wall = statistics.median(r[0] for r in runs)
    return {"pages": pages, "wall": wall, "cpu": statistics.median(r[1] for r in runs),
            "rss": max(r[2] for r in runs), "rate": pages / wall, "kernel": statistics.median(r[3] for r in runs)}


def mib(size):
    return f"{size / 2**20:,.0f} MiB"


def compare(binary, articles, runs, work, settle):
    ensure_hugo()
    almanac_site = make_corpus(work, articles, "almanac")
    hugo_site = make_corpus(work, articles, "hugo")
    almanac_out, hugo_out = os.path.join(work, "almanac-out"), os.path.join(work, "hugo-out")
    files_out = os.path.join(work, "files-out")
    results = {"almanac": [], "files": [], "hugo": []}
    site_files = None
    for index in range(runs):
        results["almanac"].append(run(almanac_command(binary, almanac_site, almanac_out), almanac_out, settle))
        site_files = site_files or read_tree(almanac_out)
        results["files"].append(write_tree(site_files, files_out, settle))
        results["hugo"].append(run(hugo_command(hugo_site, hugo_out), hugo_out, settle))
        print(f"run {index + 1}/{runs}: almanac {results['almanac'][-1][0]:.2f} s, "
              f"its files alone {results['files'][-1][0]:.2f} s, hugo {results['hugo'][-1][0]:.2f} s", file=sys.stderr)
    almanac = summarise(results["almanac"], count_pages(almanac_out))
    files = summarise(results["files"], almanac["pages"])
    hugo = summarise(results["hugo"], count_pages(hugo_out))
    print(f"\n{articles:,} articles ({2 * articles:,} files), {runs} runs each, alternating; medians, peak = largest run"
          + (f"; {settle} s between deleting an output and the next build" if settle else "") + "\n")
    print(f"| tool | pages | wall | CPU | of which kernel | peak memory | pages/s |")
    print(f"| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, row in (("almanac", almanac), ("hugo", hugo)):
        print(f"| {name} | {row['pages']:,} | {row['wall']:.2f} s | {row['cpu']:.2f} s | {row['kernel']:.2f} s | "
              f"{mib(row['rss'])} | {row['rate']:,.0f} |")
    print(f"| almanac / hugo | {almanac['pages'] / hugo['pages']:.2f} | {almanac['wall'] / hugo['wall']:.2f} | "
          f"{almanac['cpu'] / hugo['cpu']:.2f} | {almanac['kernel'] / hugo['kernel']:.2f} | "
          f"{almanac['rss'] / hugo['rss']:.2f} | {almanac['rate'] / hugo['rate']:.2f} |")
    print(f"\nWriting Almanac's {len(site_files):,} files alone, with plain system calls on two threads (Python), "
          f"into a folder deleted just before: wall {files['wall']:.2f} s, CPU {files['cpu']:.2f} s, "
          f"of which kernel {files['kernel']:.2f} s; {files['wall'] / hugo['wall']:.2f} of Hugo's wall time.")


def scaling(binary, runs, sizes, work, settle):
    print(f"| articles | files written | wall | CPU | peak memory | wall per 1,000 articles | memory per article |")
    print(f"| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for articles in sizes:
        site = make_corpus(work, articles, "almanac")
        output = os.path.join(work, "almanac-out")
        rows = [run(almanac_command(binary, site, output), output, settle) for _ in range(runs)]
        files = sum(len(names) for _, _, names in os.walk(output))
        row = summarise(rows, files)
        print(f"| {articles:,} | {files:,} | {row['wall']:.2f} s | {row['cpu']:.2f} s | {mib(row['rss'])} | "
              f"{row['wall'] / articles * 1000:.2f} s | {row['rss'] / articles / 1024:.1f} KiB |", flush=True)
        shutil.rmtree(site)
        shutil.rmtree(output, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("almanac", nargs="?", default=os.path.join(REPO, ".build", "release", "almanac"))
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scaling", action="store_true", help="Almanac alone at 1,000 and 10,000 articles")
    parser.add_argument("--with-50k", action="store_true", help="with --scaling: also 50,000 articles")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and outputs in the temp folder")
    parser.add_argument("--settle", type=float, default=0,
                        help="seconds to wait between deleting an output and the next build (default 0)")
    args = parser.parse_args()
    binary = os.path.abspath(args.almanac)
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"{binary} is not an executable; run `swift build -c release --product almanac` first")
    work = tempfile.mkdtemp(prefix="almanac-compare-")
    try:
        if args.scaling:
            scaling(binary, args.runs, [1000, 10000] + ([50000] if args.with_50k else []), work, args.settle)
        else:
            compare(binary, args.articles, args.runs, work, args.settle)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
