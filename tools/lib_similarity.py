#!/usr/bin/env python3
"""Checks that the Python modules under lib/ were written independently of CPython's.

Usage: tools/lib_similarity.py [CPYTHON_LIB_DIR] [FILE ...]

For each lib/ file that has a namesake in CPython's Lib directory (default: the Lib of
pyenv's 3.12.1), prints the share of its substantive lines (not signatures, imports, raises,
bare returns or string items, which must match by necessity) that also occur verbatim in the
CPython file. Modules above 12% must be rewritten from the documentation. Docstrings are
ours too: a docstring line (one opening with three quotes) that repeats CPython's verbatim is
reported as well. Exit status 1 when any file is above the limit or repeats a docstring.
"""

import os
import re
import subprocess
import sys

LIMIT = 12
TRIVIAL = re.compile(
    r'^(def |class |async def |import |from |raise |@|__all__|["\'#]|return \w+$|pass$|'
    r'else:|try:|finally:|except\b|[\])}]|\w+,$)'
)


def substantive(path):
    with open(path, encoding="utf-8") as f:
        lines = (line.strip() for line in f)
        return [s for s in lines if len(s) > 24 and not TRIVIAL.match(s)]


def docstring_openings(path):
    with open(path, encoding="utf-8") as f:
        lines = (line.strip() for line in f)
        return [s for s in lines if len(s) > 30 and s.startswith(('"""', "'''"))]


def cpython_lib():
    try:
        prefix = subprocess.run(["pyenv", "prefix", "3.12.1"], capture_output=True,
                                text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        sys.exit("lib_similarity: pass CPython's Lib directory (pyenv 3.12.1 not found)")
    return os.path.join(prefix, "lib", "python3.12")


def main(argv):
    ref_dir = argv[0] if argv and os.path.isdir(argv[0]) else cpython_lib()
    files = [a for a in argv if a.endswith(".py")]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib")
    if not files:
        files = [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".py")]
    worst = 0
    copied_docs = 0
    for path in sorted(files):
        rel = os.path.relpath(path, root) if os.path.abspath(path).startswith(os.path.abspath(root)) else os.path.basename(path)
        ref = os.path.join(ref_dir, rel)
        if not os.path.exists(ref):
            ref = os.path.join(ref_dir, rel[:-3], "__init__.py")
        if not os.path.exists(ref):
            continue
        ours = substantive(path)
        if len(ours) <= 10:
            continue
        theirs = set(substantive(ref))
        same = sum(1 for s in ours if s in theirs)
        pct = 100 * same // len(ours)
        worst = max(worst, pct)
        flag = "  <-- over the limit" if pct > LIMIT else ""
        print(f"{pct:3d}% {same:4d}/{len(ours):4d} {rel}{flag}")
        their_docs = set(docstring_openings(ref))
        for doc in docstring_openings(path):
            if doc in their_docs:
                copied_docs += 1
                print(f"     docstring repeats CPython's: {doc[:70]}")
    return 1 if worst > LIMIT or copied_docs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
