# format() and %-formatting over random specs and values (ints, floats, strs, Decimal,
# Fraction): every result or error message as CPython 3.12 gives it (a digest of all lines).
import random, hashlib, sys
from decimal import Decimal
from fractions import Fraction
rng = random.Random(77)
fills = ["", "*", "0", " ", "é"]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
types_ = ["", "d", "f", "F", "e", "E", "g", "G", "%", "x", "X", "o", "b", "c", "n", "s"]
vals = [0, 1, -1, 42, -12345678, 10**20, 3.14159, -0.0, 1e-7, 1e21, 2.5, float("inf"), float("nan"), True, "str", "", Decimal("1.50"), Decimal("-1e-10"), Fraction(1, 3), Fraction(-7, 2)]
out = []
for i in range(3000):
    fill = rng.choice(fills); align = rng.choice(aligns)
    spec = (fill + align if align else "") + rng.choice(signs) + rng.choice(["", "z"] if rng.random() < 0.1 else [""]) + rng.choice(["", "#"]) + rng.choice(["", "0"]) + rng.choice(["", "5", "12"]) + rng.choice(["", ",", "_"]) + rng.choice(["", ".0", ".3", ".10"]) + rng.choice(types_)
    v = rng.choice(vals)
    try:
        r = repr(format(v, spec))
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    out.append(f"{spec!r} {v!r} -> {r}")
for i in range(3000):
    conv = rng.choice("sdiouxXeEfFgGcr%a")
    flags = "".join(rng.sample("-+ #0", rng.randint(0, 2)))
    spec = "%" + flags + rng.choice(["", "4", "10"]) + rng.choice(["", ".0", ".2", ".8"]) + conv
    v = rng.choice(vals[:15])
    try:
        r = repr(spec % (v,)) if conv != "%" else repr(spec % ())
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    out.append(f"{spec!r} {v!r} -> {r}")
print(len(out), hashlib.sha256("\n".join(out).encode()).hexdigest())
open("/tmp/HUNT6/specfuzz_" + ("cp" if sys.implementation.name == "cpython" else "fy") + ".txt", "w").write("\n".join(out))
