import sys
sys.tracebacklimit = 0
def f():
    raise ValueError("bad input")
f()
