#!/usr/bin/env python3
"""Checks every frozen edition's downloads the way a records office and a web archive would.

Usage: check-archives.py OUTPUT

For each Output/archive/<year>/: the bundle Output/downloads/almanac-edition-<year>.zip, unzipped, is
a valid BagIt bag (Library of Congress `bagit` library); every page in it opens from a folder: each
link and stylesheet resolves to a file of the bundle (anchors included) or to the live site, and none
starts with `/`. The web archive almanac-edition-<year>.warc.gz passes `warcio check`, `warcio index`
lists every page and file of the edition, and pywb, serving it on loopback, replays the edition page
in each language.
"""
import html.parser, json, os, pathlib, shutil, socket, subprocess, sys, tempfile, time, urllib.request, zipfile

import bagit


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if value is not None and (name in ("href", "src", "action")) and not (tag == "link" and ("rel", "canonical") in attrs):
                self.links.append((tag, name, value))


def parse(path):
    parser = Links()
    parser.feed(path.read_text("utf-8"))
    return parser


def check_bundle(zip_path, base_url, work):
    problems = []
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(work)
    bag_dir = next(pathlib.Path(work).iterdir())
    try:
        bagit.Bag(str(bag_dir)).validate()
    except bagit.BagValidationError as error:
        problems.append(f"{zip_path.name}: not a valid bag: {error}")
    parsed = {}
    pages = sorted(bag_dir.rglob("*.html"))
    for page in pages:
        for tag, attribute, value in parse(page).links:
            where = f"{zip_path.name}:{page.relative_to(bag_dir)}: <{tag} {attribute}=\"{value}\">"
            if value.startswith(("http://", "https://")):
                if not value.startswith(base_url) and "creativecommons.org" not in value:
                    problems.append(f"{where} leads off the site")
                continue
            if value.startswith("/"):
                problems.append(f"{where} starts with / and breaks when opened from a folder")
                continue
            if value.startswith(("mailto:", "data:")):
                continue
            target, _, fragment = value.partition("#")
            target = target.partition("?")[0]
            file = (page.parent / target).resolve() if target else page
            if not file.is_file() or bag_dir.resolve() not in file.parents:
                problems.append(f"{where} does not resolve to a file of the bundle")
                continue
            if fragment and file.suffix == ".html":
                ids = parsed.setdefault(file, parse(file).ids)
                if fragment not in ids:
                    problems.append(f"{where}: no element with id \"{fragment}\"")
    return problems, len(pages)


def check_warc(warc, manifest, base_url, venv):
    problems = []
    check = subprocess.run([f"{venv}/bin/warcio", "check", str(warc)], capture_output=True, text=True)
    if check.returncode != 0:
        problems.append(f"{warc.name}: warcio check failed:\n{check.stdout}{check.stderr}")
    index = subprocess.run([f"{venv}/bin/warcio", "index", "-f", "warc-type,warc-target-uri", str(warc)],
                           capture_output=True, text=True, check=True)
    uris = {json.loads(line).get("warc-target-uri") for line in index.stdout.splitlines()}
    wanted = {base_url + f["path"][len("site/"):].removesuffix("index.html") for f in manifest["files"] if f["path"].startswith("site/")}
    for uri in sorted(wanted - uris):
        problems.append(f"{warc.name}: warcio index does not list {uri}")
    return problems, len(uris & wanted)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def replay(warcs, base_url, frozen_days, venv, work):
    """Serves the WARCs with pywb and fetches each edition's page in each language through it."""
    problems, fetched = [], 0
    subprocess.run([f"{venv}/bin/wb-manager", "init", "editions"], cwd=work, check=True, capture_output=True)
    for warc in warcs:
        subprocess.run([f"{venv}/bin/wb-manager", "add", "editions", str(warc)], cwd=work, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([f"{venv}/bin/wayback", "--bind", "127.0.0.1", "--port", str(port)], cwd=work,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for year, day in frozen_days.items():
            for language in ("zh", "en"):
                url = f"http://127.0.0.1:{port}/editions/{day.replace('-', '')}120000id_/{base_url}{language}/{year}/"
                for attempt in range(60):
                    try:
                        with urllib.request.urlopen(url, timeout=10) as response:
                            body = response.read().decode("utf-8")
                        break
                    except OSError:
                        time.sleep(0.5)
                else:
                    problems.append(f"pywb did not replay {url}")
                    continue
                if f'lang="{"zh-Hans" if language == "zh" else "en"}"' not in body or "</html>" not in body:
                    problems.append(f"pywb replayed {url}, but not the edition page")
                else:
                    fetched += 1
    finally:
        server.terminate()
        server.wait(timeout=10)
    return problems, fetched


def main():
    output = pathlib.Path(sys.argv[1])
    venv = pathlib.Path(sys.executable).parent.parent
    shelf = output / "archive"
    years = sorted(p.name for p in shelf.iterdir() if p.is_dir()) if shelf.is_dir() else []
    if not years:
        print("archives: no frozen edition to check")
        return 0
    problems, pages, records, warcs, days = [], 0, 0, [], {}
    with tempfile.TemporaryDirectory() as work:
        for year in years:
            manifest = json.loads((shelf / year / "manifest.json").read_text("utf-8"))
            base_url, days[year] = manifest["base_url"], manifest["frozen"]
            found, count = check_bundle(output / "downloads" / f"almanac-edition-{year}.zip", base_url, f"{work}/bag-{year}")
            problems += found
            pages += count
            warc = output / "downloads" / f"almanac-edition-{year}.warc.gz"
            found, count = check_warc(warc, manifest, base_url, venv)
            problems += found
            records += count
            warcs.append(warc.resolve())
        os.makedirs(f"{work}/pywb")
        found, fetched = replay(warcs, base_url, days, venv, f"{work}/pywb")
        problems += found
    for problem in problems:
        print("archives:", problem, file=sys.stderr)
    print(f"archives: {len(years)} bundles valid BagIt bags with {pages} pages whose links all resolve offline; "
          f"{records} pages and files in the WARCs; {fetched} pages replayed by pywb; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
