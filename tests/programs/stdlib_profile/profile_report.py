# profile.run / runctx / print_stats output, with the times masked.
import contextlib
import io
import profile
import pstats
import re

TIME = re.compile(r"\d+\.\d{3}")


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def solve(n):
    moves = hanoi(n, "A", "C", "B", [])
    return len(moves), sorted(set(moves))[:2]


def mask(text):
    return "\n".join(TIME.sub("#.###", line).rstrip() for line in text.splitlines())


for sort in ["name", "stdname", "nfl", -1]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        profile.run("solve(4)", sort=sort)
    print("== sort", sort)
    print(mask(buf.getvalue()))

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    profile.runctx("out.append(solve(k))", {"solve": solve, "out": []}, {"k": 3}, sort="stdname")
print(mask(buf.getvalue()))

p = profile.Profile()
p.runctx("solve(3)", globals(), None)
st = pstats.Stats(p, stream=io.StringIO())
st.strip_dirs().sort_stats("name")
st.print_callers("hanoi|len|solve")
st.print_callees("solve|hanoi|profiler")
print(mask(st.stream.getvalue()))

for bad in ["nosuchkey", ("name", "calls")]:
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            profile.run("solve(1)", sort=bad)
    except KeyError as e:
        print(type(e).__name__, e)

buf = io.StringIO()
try:
    with contextlib.redirect_stdout(buf):
        profile.runctx("undefined_function()", {}, {})
except NameError as e:
    print(type(e).__name__, e)
print(mask(buf.getvalue()))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print(profile.runctx("raise SystemExit", {}, {}, sort="name"))
print(mask(buf.getvalue()))
