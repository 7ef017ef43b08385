# Build a synthetic profile and print the standard reports.
import io
import pstats


class FakeProfile:
    """A stand-in for a profiler: fixed, deterministic timings."""

    def __init__(self, data):
        self.data = data

    def create_stats(self):
        self.stats = {k: (v[0], v[1], v[2], v[3], dict(v[4])) for k, v in self.data.items()}


MAIN = ("/srv/app/main.py", 1, "<module>")
RUN = ("/srv/app/main.py", 10, "run")
FIB = ("/srv/app/mathutil.py", 3, "fib")
PARSE = ("/srv/app/parser.py", 22, "parse_line")
LEN = ("~", 0, "<built-in method builtins.len>")
APPEND = ("~", 0, "<method 'append' of 'list' objects>")
EXEC = ("~", 0, "<built-in method builtins.exec>")

DATA = {
    EXEC: (1, 1, 0.0005, 2.5, {}),
    MAIN: (1, 1, 0.001, 2.4995, {EXEC: (1, 1, 0.001, 2.4995)}),
    RUN: (1, 1, 0.25, 2.4985, {MAIN: (1, 1, 0.25, 2.4985)}),
    FIB: (3, 177, 1.5, 1.5, {FIB: (174, 0, 1.4, 1.4), RUN: (3, 3, 0.1, 1.5)}),
    PARSE: (40, 40, 0.6, 0.7485, {RUN: (40, 40, 0.6, 0.7485)}),
    LEN: (120, 120, 0.0125, 0.0125, {PARSE: (80, 80, 0.01, 0.01), RUN: (40, 40, 0.0025, 0.0025)}),
    APPEND: (40, 40, 0.136, 0.136, {PARSE: (40, 40, 0.136, 0.136)}),
}

st = pstats.Stats(FakeProfile(DATA))
print(st.total_calls, st.prim_calls, round(st.total_tt, 4), st.max_name_len)
print(st.files, st.top_level, st.fcn_list)
st.print_stats()
st.sort_stats(pstats.SortKey.CUMULATIVE).print_stats()
st.sort_stats("calls", "name").print_stats(3)
st.sort_stats("time").print_stats(0.5, "pars|len")
st.sort_stats("tottime").reverse_order().print_stats("main")
st.print_callers()
st.print_callees("run|fib")
st.sort_stats().print_stats(2)
st.sort_stats(-1).print_callers(1)

buf = io.StringIO()
st2 = pstats.Stats(FakeProfile(DATA), stream=buf)
st2.strip_dirs().sort_stats("nfl").print_stats(0)
st2.print_stats(-3, 1.0, 100, "(")
st2.print_stats("nomatch")
text = buf.getvalue()
print(text.count("\n"), "lines written to the stream")
print(text)
