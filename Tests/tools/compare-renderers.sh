#!/usr/bin/env bash
# Renders a site with swift-mustache and with Almanac's own renderer and compares every file.
#
# Usage: compare-renderers.sh ALMANAC ROOT   (ROOT holds Content/ and Templates/)
set -euo pipefail
almanac=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ALMANAC_LEGACY_MUSTACHE=1 "$almanac" build --root "$root" --output "$work/swift-mustache" > /dev/null
"$almanac" build --root "$root" --output "$work/almanac" > /dev/null
files=$(find "$work/almanac" -type f | wc -l)
if diff -rq "$work/swift-mustache" "$work/almanac"; then
    echo "renderers: $files files, byte for byte the same"
else
    echo "renderers: the two renderers' output differs" >&2
    exit 1
fi
