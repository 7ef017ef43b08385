from graphlib import TopologicalSorter
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(2, 0, 0)
def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except ValueError as e:
        print(label, type(e).__name__, e)
attempt("get_ready", ts.get_ready)
attempt("done", ts.done, 1)
attempt("is_active", ts.is_active)
ts.prepare()
attempt("prepare", ts.prepare)
attempt("add", ts.add, 9)
attempt("ready", ts.get_ready)
attempt("done-not-out", ts.done, 1)
attempt("done-unknown", ts.done, "zz")
attempt("done0", ts.done, 0)
attempt("done-again", ts.done, 0)
attempt("ready2", ts.get_ready)
attempt("done12", ts.done, 1, 2)
attempt("ready3", ts.get_ready)
attempt("done3", ts.done, 3)
attempt("active", ts.is_active)
try:
    TopologicalSorter({1: 5})
except TypeError as e:
    print(type(e).__name__)
