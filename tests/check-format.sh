#!/bin/sh
# Fails on any difference between the C++ sources and what .clang-format asks for.
# Fix with: scripts/dev exec sh -c 'find src tests bench -name "*.cpp" -o -name "*.h" | xargs clang-format -i'
set -eu
clang_format=${1:-clang-format}
files=$(find src tests bench -name '*.cpp' -o -name '*.h' 2>/dev/null | sort)
[ -n "$files" ] || { echo "no sources found: run from the repository root" >&2; exit 1; }
# shellcheck disable=SC2086
"$clang_format" --dry-run --Werror $files
echo "$(echo "$files" | wc -l) files formatted as .clang-format asks"
