# cProfile.run / runctx reports, with the timing columns masked out.
import cProfile
import contextlib
import io
import re

TIME = re.compile(r"\d+\.\d{3}")
KEEP = ("fib", "walk", "leaf", "builtins.len", "builtins.sum", "'append'", "Ordered by",
        "ncalls", "List reduced", "primitive calls")


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def leaf(x):
    return x * 2


def walk(depth):
    out = []
    for i in range(depth):
        out.append(leaf(i))
    return sum(out) + len(out) + fib(depth)


def show(text, by_count=False):
    lines = [TIME.sub("#.###", line).rstrip() for line in text.splitlines()
             if any(k in line for k in KEEP)]
    if by_count:
        # entries with equal counts may come in any order: check the counts
        # are in decreasing order, then print the rows sorted
        rows = [ln for ln in lines if "#.###    #.###" in ln]
        counts = [int(r.split()[0].split("/")[0]) for r in rows]
        print("decreasing:", counts == sorted(counts, reverse=True))
        lines = [ln for ln in lines if ln not in rows] + sorted(rows)
    for line in lines:
        print(line)


for sort in ["name", "stdname", -1, "nfl", "calls", "pcalls", 0]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        cProfile.run("walk(7)", sort=sort)
    print("== sort", sort)
    show(buf.getvalue(), by_count=sort in ("calls", "pcalls", 0))

try:
    with contextlib.redirect_stdout(io.StringIO()):
        cProfile.run("walk(2)", sort=("ncalls", "name"))
except KeyError as e:
    print(type(e).__name__, e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    cProfile.runctx("walk(n)", {"walk": walk}, {"n": 5}, sort="nfl")
print("== runctx")
show(buf.getvalue())

with contextlib.redirect_stdout(io.StringIO()):
    print(cProfile.run("x = 1", filename=None, sort="calls") is None)

try:
    with contextlib.redirect_stdout(io.StringIO()):
        cProfile.run("walk(3)", sort="nonsense")
except KeyError as e:
    print(type(e).__name__, e)

try:
    with contextlib.redirect_stdout(io.StringIO()):
        cProfile.runctx("missing_name()", {}, {})
except NameError as e:
    print(type(e).__name__, e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    cProfile.runctx("raise SystemExit(3)", {}, {}, sort="calls")
print("SystemExit swallowed:", "function calls" in buf.getvalue())
