import sys
from contextlib import closing, suppress, nullcontext, redirect_stdout, redirect_stderr

class Thing:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with closing(Thing("a")) as t:
    print("using", t.name)
try:
    with closing(Thing("b")):
        raise ValueError("fail")
except ValueError as e:
    print("propagated", e)

with suppress(KeyError, IndexError):
    {}["x"]
print("after suppress 1")
with suppress(LookupError):
    [][1]
print("after suppress 2")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
s = suppress(ZeroDivisionError)
with s:
    1 / 0
with s:
    1 / 0
print("reusable")

# exception groups
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("group fully suppressed")
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("rest", repr(e), [type(x).__name__ for x in e.exceptions])

with nullcontext() as n:
    print("null", n)
with nullcontext(42) as n:
    print("null", n)
cm = nullcontext("x")
with cm as a, cm as b:
    print(a, b)

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def value(self):
        return "".join(self.parts)

cap = Capture()
orig = sys.stdout
with redirect_stdout(cap) as target:
    print("to capture")
    print("line", 2)
print(target is cap, sys.stdout is orig)
print(repr(cap.value()))

err = Capture()
with redirect_stderr(err):
    print("on stderr", file=sys.stderr)
print(repr(err.value()), sys.stderr is sys.__stderr__)

# re-entrant use of the same redirect object
c1 = Capture()
r = redirect_stdout(c1)
with r:
    print("outer")
    with r:
        print("inner")
    print("outer again")
print(repr(c1.value()), sys.stdout is orig)
