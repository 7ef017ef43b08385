import sys
sys.tracebacklimit = 1
def g():
    {}["k"]
def f():
    try:
        g()
    except KeyError:
        raise ValueError("wrapped")
f()
