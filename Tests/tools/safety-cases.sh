#!/usr/bin/env bash
# The reproductions of the reliability review, run with the command-line tool on copies of the
# sample site (frozen editions included): each must fail with a located error, or give a safe
# result, and leave Output/ and Output/archive/ exactly as they were.
#
# Usage: safety-cases.sh ALMANAC_BINARY
set -euo pipefail
almanac=$(realpath "$1")
repository=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

fail() { echo "safety: FAILED: $*" >&2; failed=$((failed + 1)); }
pass() { passed=$((passed + 1)); }

# A fresh copy of the repository's site at $site, built once.
fresh() {
    site="$work/$1/a/b/site"
    mkdir -p "$site"
    (cd "$repository" && git ls-files -z Content Templates Output/archive | xargs -0 cp --parents -t "$site")
    (cd "$site" && "$almanac" build >/dev/null 2>&1) || { fail "$1: the sample site does not build"; return 1; }
}

fingerprint() { (cd "$site/Output" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

# expect NAME PATTERN COMMAND...: the command fails, prints PATTERN, and the output is unchanged.
expect() {
    local name=$1 pattern=$2; shift 2
    local report
    fingerprint > "$work/before"
    if report=$(cd "$site" && "$@" 2>&1); then fail "$name: exited 0"$'\n'"$report"; return; fi
    grep -qE -- "$pattern" <<<"$report" || { fail "$name: no message matching /$pattern/"$'\n'"$report"; return; }
    fingerprint > "$work/after"
    diff -q "$work/before" "$work/after" >/dev/null || { fail "$name: Output changed"; return; }
    pass
}

case=manifest; fresh $case
mkdir -p "$site/victim" && printf 'echo PWNED\n' > "$site/victim/.bashrc"
python3 - "$site" <<'PY'
import json, hashlib, sys
path = f'{sys.argv[1]}/Output/archive/2025/manifest.json'
manifest = json.load(open(path))
data = open(f'{sys.argv[1]}/victim/.bashrc', 'rb').read()
manifest['files'].append({'path': 'site/../../../../victim/.bashrc', 'sha256': hashlib.sha256(data).hexdigest(), 'size': len(data)})
json.dump(manifest, open(path, 'w'), indent=2)
PY
expect "F-1 build" 'manifest.json:[0-9]+:[0-9]+: error: unsafe path "site/../../../../victim/.bashrc"' "$almanac" build
expect "F-1 verify" 'unsafe path' "$almanac" verify
[ ! -e "$work/$case/victim/.bashrc" ] && pass || fail "F-1: a file was written outside the site"

case=bomb; fresh $case
python3 - "$site/Content/2026/bomb.en.md" <<'PY'
import sys
levels = ['l0: &l0 "lol"'] + [f'l{i}: &l{i} [' + ','.join([f'*l{i-1}'] * 9) + ']' for i in range(1, 9)]
open(sys.argv[1], 'w').write('\n'.join(['---', 'title: x', 'date: 2026-01-01'] + levels + ['b: *l8', '---', 'x']) + '\n')
PY
expect "F-2 front matter" 'bomb.en.md:[0-9]+:[0-9]+: error: an alias' bash -c "ulimit -v 1000000; exec $almanac build"
rm "$site/Content/2026/bomb.en.md"
python3 - "$site/Content/indicators.yml" <<'PY'
import sys
levels = ['l0: &l0 "lol"'] + [f'l{i}: &l{i} [' + ','.join([f'*l{i-1}'] * 9) + ']' for i in range(1, 10)]
open(sys.argv[1], 'a').write('\n'.join(levels + ['? *l9', ': x']) + '\n')
PY
expect "F-2 catalogue" 'indicators.yml:[0-9]+:[0-9]+: error: an alias \(\*name\) is used as a key' bash -c "ulimit -v 1000000; exec timeout 10 $almanac build"

case=links; fresh $case
echo secret > "$work/secret.txt"
ln -sf /etc/passwd "$site/Templates/partials/footer.mustache"
ln -s "$work/secret.txt" "$site/Templates/assets/notes.txt"
ln -s "$work/secret.txt" "$site/Content/pages/leak.en.md"
expect "F-3" 'leak.en.md:1:1: error: a link to .*, outside the folder' "$almanac" build
grep -rq 'root:x:0:0' "$site/Output" && fail "F-3: /etc/passwd was published" || pass

case=output; fresh $case
echo precious > "$site/notes.txt"
expect "F-6 file" 'the output is a file' "$almanac" build --output notes.txt
expect "F-6 Content" 'would replace .*Content' "$almanac" build --output Content
expect "F-6 root" 'would replace .*Content' "$almanac" build --output .
[ "$(cat "$site/notes.txt")" = precious ] && [ -f "$site/Content/site.yml" ] && pass || fail "F-6: a file or the sources were replaced"

case=templates; fresh $case
rm "$site/Templates/base.mustache"
expect "F-7" 'Templates/article.mustache:1:1: error: no template "base"' "$almanac" build

# Permissions do not hold back root: the build runs as nobody to meet an unreadable folder.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    case=unreadable; fresh $case
    chown -R 65534:65534 "$work/$case" && chmod 000 "$site/Content/2026"
    expect "F-8" 'Content/2026:1:1: error: cannot open the folder' setpriv --reuid=65534 --regid=65534 --clear-groups "$almanac" build
    chmod 755 "$site/Content/2026"
fi

case=numbers; fresh $case
printf '\n```chart\ntype: column\ntitle: x\ndata: {a: 1e308, b: -1e308, c: 0x10}\n```\n' >> "$site/Content/2026/plan-for-2026.en.md"
expect "F-9/F-15" 'plan-for-2026.en.md:[0-9]+:[0-9]+: error: the value of "a" "1e308" is outside' "$almanac" build

case=dates; fresh $case
expect "F-16" 'must be a day that exists' "$almanac" archive 2026 --date 2026-02-30

case=escapes; fresh $case
printf -- '---\ntitle: t\ndate: "\\e[2J"\n---\nx\n' > "$site/Content/2026/$(printf 'x\033[1;31mEVIL').en.md"
report=$(cd "$site" && "$almanac" build 2>&1 || true)
grep -q $'\033' <<<"$report" && fail "F-18: an escape sequence reached the terminal" || pass

echo "safety cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
