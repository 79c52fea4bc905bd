#!/usr/bin/env python3
"""Checks a built site the way readers and machines use it.

- Every internal link, stylesheet, script and image resolves to a file, and every #anchor to an
  element id on the target page (links must stay under the base path, so the site works when it
  is served from a sub-path).
- Every Atom feed parses cleanly with feedparser and is well-formed XML (xmllint); so is the
  sitemap, whose every <loc> exists.

Usage: check-site.py OUTPUT_FOLDER BASE_URL
Prints one line per problem and a closing 'links: N passed, N failed' line.
"""
import os
import subprocess
import sys
import urllib.parse
from html.parser import HTMLParser

import feedparser


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if key in attrs and attrs[key] is not None:
                self.links.append((self.getpos()[0], attrs[key]))


def parse(path):
    parser = PageParser()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return parser


def target_file(output, base_path, page_path, url):
    """The file a link points to, or None when it is outside the site or external."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme in ("mailto", "tel", "data", "javascript"):
        return None, None
    if parts.scheme or parts.netloc:
        return None, None  # absolute URLs are checked through the sitemap and canonical tests
    path = urllib.parse.unquote(parts.path)
    if not path:
        return page_path, urllib.parse.unquote(parts.fragment)
    if not path.startswith("/"):
        path = urllib.parse.urljoin("/" + os.path.relpath(page_path, output).replace(os.sep, "/"), path)
    if not path.startswith(base_path):
        return "outside", path
    relative = path[len(base_path):]
    file = os.path.join(output, relative)
    if path.endswith("/") or os.path.isdir(file):
        file = os.path.join(file, "index.html")
    return file, urllib.parse.unquote(parts.fragment)


def check_links(output, base_path):
    problems, checked = [], 0
    pages = {}
    for folder, _, files in os.walk(output):
        for name in files:
            if name.endswith(".html"):
                pages[os.path.join(folder, name)] = None
    for page in sorted(pages):
        pages[page] = parse(page)
    for page, parsed in sorted(pages.items()):
        for line, url in parsed.links:
            file, fragment = target_file(output, base_path, page, url)
            if file is None:
                continue
            checked += 1
            where = f"{os.path.relpath(page, output)}:{line}"
            if file == "outside":
                problems.append(f"{where}: link {url} leaves the base path {base_path}")
            elif not os.path.isfile(file):
                problems.append(f"{where}: link {url} points to a missing file")
            elif fragment:
                target = pages.get(file) or (parse(file) if file.endswith(".html") else None)
                if target is None or fragment not in target.ids:
                    problems.append(f"{where}: link {url} points to a missing anchor #{fragment}")
    return checked, problems


def check_feeds_and_sitemap(output, base_url):
    problems, checked = [], 0
    base_path = urllib.parse.urlsplit(base_url).path
    for folder, _, files in os.walk(output):
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith(".xml"):
                checked += 1
                lint = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
                if lint.returncode != 0:
                    problems.append(f"{os.path.relpath(path, output)}: not well-formed XML: {lint.stderr.strip()}")
            if name == "atom.xml":
                feed = feedparser.parse(path)
                if feed.bozo or not feed.entries:
                    problems.append(f"{os.path.relpath(path, output)}: feedparser: {feed.get('bozo_exception', 'no entries')}")
    sitemap = os.path.join(output, "sitemap.xml")
    if os.path.exists(sitemap):
        with open(sitemap, encoding="utf-8") as f:
            text = f.read()
        for loc in text.split("<loc>")[1:]:
            url = loc.split("</loc>")[0].replace("&amp;", "&")
            checked += 1
            path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
            file = os.path.join(output, path[len(base_path):], "index.html" if path.endswith("/") else "")
            if not url.startswith(base_url) or not os.path.isfile(file):
                problems.append(f"sitemap.xml: {url} is not a page of the site")
    return checked, problems


def main():
    output, base_url = sys.argv[1], sys.argv[2]
    base_path = urllib.parse.urlsplit(base_url).path or "/"
    links, link_problems = check_links(output, base_path)
    files, file_problems = check_feeds_and_sitemap(output, base_url)
    for problem in link_problems + file_problems:
        print(problem)
    failed = len(link_problems) + len(file_problems)
    print(f"links: {links + files - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
