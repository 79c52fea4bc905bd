#!/usr/bin/env bash
# Validates every Frictionless Data Package of a built site with the `frictionless` validator
# (PyPI): each datapackage.json beside its CSV, and the package inside each datapackage.zip.
#
# Usage: validate-packages.sh VENV OUTPUT
set -euo pipefail
venv=$(realpath "$1") output=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() {
    if "$venv/bin/frictionless" validate --json "$1" > "$work/report.json" 2>&1 \
        && "$venv/bin/python" -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["valid"] else 1)' "$work/report.json"; then
        passed=$((passed + 1))
    else
        echo "packages: $2 is not valid:" >&2
        "$venv/bin/frictionless" validate "$1" >&2 || true
        failed=$((failed + 1))
    fi
}
while IFS= read -r package; do
    check "$package" "${package#"$output"/}"
done < <(find "$output" -name datapackage.json -not -path "$output/archive/*" | sort)
while IFS= read -r zip; do
    folder="$work/$(echo "${zip#"$output"/}" | tr / _)"
    mkdir -p "$folder" && "$venv/bin/python" -m zipfile -e "$zip" "$folder"
    check "$(find "$folder" -name datapackage.json | head -1)" "${zip#"$output"/}"
done < <(find "$output" -name datapackage.zip -not -path "$output/archive/*" | sort)
echo "packages: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
