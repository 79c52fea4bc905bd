#!/usr/bin/env bash
# End-to-end check of archiving with the command-line tool on a copy of the sample site:
# freeze 2025, restyle the site and rebuild, then expect every 2025 file byte for byte as frozen
# and `almanac verify` to pass; then tamper with one byte, delete a file and add one, and expect
# `almanac verify` to fail naming each of them.
#
# Usage: archive-roundtrip.sh ALMANAC_BINARY
set -euo pipefail
almanac=$(realpath "$1")
repository=$(cd "$(dirname "$0")/../.." && pwd)
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
cp -r "$repository/Content" "$repository/Templates" "$site/"
cd "$site"
fail() { echo "archive: FAILED: $*" >&2; exit 1; }

"$almanac" build >/dev/null
"$almanac" archive 2025 --date 2026-11-21 >/dev/null
# The edition's revisions page lives on the live site: the ledger changes as later editions do.
frozen=$(cd Output && find zh/2025 en/2025 -type f -not -path '*/revisions/*' | sort)
[ -n "$frozen" ] || fail "nothing published for 2025"
( cd Output && sha256sum $frozen ) > frozen.sha256

"$almanac" archive 2025 >/dev/null 2>&1 && fail "freezing 2025 twice without --force was accepted"
"$almanac" archive 2019 >/dev/null 2>&1 && fail "freezing a year without content was accepted"

echo 'body { font-family: serif; }' >> Templates/assets/style.css
sed -i 's|<main id="main">|<main id="main" class="restyled">|' Templates/base.mustache
"$almanac" build >/dev/null
( cd Output && sha256sum --quiet -c ../frozen.sha256 ) || fail "a frozen 2025 file changed after restyling"
grep -q restyled Output/en/2026/index.html || fail "live pages did not take the new style"
grep -q restyled Output/en/2025/revisions/index.html || fail "the revisions page of a frozen edition is not live"
"$almanac" verify >/dev/null || fail "verify rejected an intact archive"

page=Output/archive/2025/site/en/2025/index.html
printf 'X' | dd of="$page" bs=1 seek=100 conv=notrunc status=none
rm Output/archive/2025/site/zh/2025/indicators.csv
echo extra > Output/archive/2025/site/extra.txt
if report=$("$almanac" verify 2>&1); then fail "verify passed a tampered archive"; fi
for expected in "$page:1:1: error: changed" "Output/archive/2025/site/zh/2025/indicators.csv:1:1: error: missing" \
                "Output/archive/2025/site/extra.txt:1:1: error: extra"; do
    grep -qF "$expected" <<<"$report" || fail "verify did not report: $expected"$'\n'"$report"
done
echo "archive: freeze, restyle and verify passed; $(wc -l < frozen.sha256) frozen files unchanged; tampering named"
