#!/usr/bin/env python3
"""Runs clang-tidy (the repository's .clang-tidy) over the project's own sources, src/, tests/
and bench/, as BUILD_DIR compiles them (its compile_commands.json), and fails on any finding.

clang-tidy parses every file whole (about 10 s of CPU a file here, most of it Qt's headers), so
a file that passed is remembered in a cache, like ccache does for the compiler: under the key of
its preprocessed text (the repository's path taken out), its compile flags, the .clang-tidy files
and clang-tidy's version. A file is checked again only when something it includes has changed.

Usage: tests/check-tidy.py CLANG_TIDY BUILD_DIR [JOBS]
The cache is $SOLILOQUY_TIDY_CACHE, else clang-tidy/ in $CCACHE_DIR, else in BUILD_DIR.
"""
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys

PROJECT_FILE = re.compile(r"/(src|tests|bench)/.*\.cpp$")
GENERATED = re.compile(r"(/build/|_autogen/|/qrc_)")


def preprocess_command(entry):
    """The entry's compile command, changed to print the preprocessed text without line marks."""
    arguments = entry.get("arguments") or shlex.split(entry["command"])
    out = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
            continue
        if argument in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if argument in ("-MD", "-MMD", "-c"):
            continue
        out.append(argument)
    if out and out[0].endswith("ccache"):
        out = out[1:]
    return out + ["-E", "-P"], arguments


def key_of(entry, root, config, version):
    command, arguments = preprocess_command(entry)
    result = subprocess.run(command, cwd=entry["directory"], capture_output=True)
    if result.returncode != 0:
        return None
    digest = hashlib.sha256()
    for part in (config, version, " ".join(arguments).replace(root, "<root>").encode()):
        digest.update(part if isinstance(part, bytes) else part.encode())
        digest.update(b"\0")
    digest.update(result.stdout.replace(root.encode(), b"<root>"))
    return digest.hexdigest()


def check(entry, clang_tidy, build_dir, root, config, version, cache):
    source = entry["file"]
    key = key_of(entry, root, config, version)
    marker = os.path.join(cache, key) if key else None
    if marker and os.path.exists(marker):
        return source, True, "", True
    result = subprocess.run([clang_tidy, "-p", build_dir, "--quiet", source], capture_output=True, text=True)
    report = result.stdout.strip()
    passed = result.returncode == 0 and "warning:" not in report and "error:" not in report
    if passed and marker:
        with open(marker, "w", encoding="utf-8") as f:
            f.write(os.path.relpath(source, root) + "\n")
    return source, passed, report, False


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    clang_tidy, build_dir = sys.argv[1], os.path.abspath(sys.argv[2])
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    database = os.path.join(build_dir, "compile_commands.json")
    if not os.path.exists(database):
        print(f"no {database}: configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON", file=sys.stderr)
        return 1
    with open(database, encoding="utf-8") as f:
        entries = [e for e in json.load(f) if PROJECT_FILE.search(e["file"]) and not GENERATED.search(e["file"])]
    seen = set()
    entries = [e for e in entries if not (e["file"] in seen or seen.add(e["file"]))]
    # Every .clang-tidy of the tree: a file's checks come from its folder's and those above.
    config = ""
    for folder in ("", "src", "tests", "tests/support", "bench"):
        path = os.path.join(root, folder, ".clang-tidy")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                config += folder + "/.clang-tidy\n" + f.read()
    version = subprocess.run([clang_tidy, "--version"], capture_output=True, text=True).stdout
    cache = os.environ.get("SOLILOQUY_TIDY_CACHE") or os.path.join(
        os.environ.get("CCACHE_DIR") or build_dir, "clang-tidy")
    os.makedirs(cache, exist_ok=True)

    failed = []
    remembered = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(check, e, clang_tidy, build_dir, root, config, version, cache) for e in entries]
        for future in concurrent.futures.as_completed(futures):
            source, passed, report, cached = future.result()
            remembered += cached
            if not passed:
                failed.append(source)
                print(report or f"{source}: clang-tidy failed", flush=True)
    print(f"clang-tidy: {len(entries)} files, {remembered} unchanged since they passed, "
          f"{len(failed)} with findings")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
