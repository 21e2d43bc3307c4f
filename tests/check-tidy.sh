#!/bin/sh
# Runs clang-tidy (the repository's .clang-tidy) over the project's own sources, src/, tests/
# and bench/, as they are compiled in BUILD_DIR (its compile_commands.json), on two cores.
# Fails on any finding.
# Usage: tests/check-tidy.sh RUN_CLANG_TIDY CLANG_TIDY BUILD_DIR [JOBS]
set -eu
run_clang_tidy=$1
clang_tidy=$2
build_dir=$3
jobs=${4:-2}
[ -f "$build_dir/compile_commands.json" ] || {
    echo "no $build_dir/compile_commands.json: configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON" >&2
    exit 1
}
# Only the project's files: not what moc, uic and rcc generate into the build folder.
files='^(?!.*(/build/|_autogen/|/qrc_)).*/(src|tests|bench)/.*\.cpp$'
"$run_clang_tidy" -quiet -clang-tidy-binary "$clang_tidy" -p "$build_dir" -j "$jobs" "$files"
