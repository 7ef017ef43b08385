# Sort keys: names, abbreviations, SortKey members, legacy integers, errors.
import pstats
from pstats import SortKey


class Snapshot:
    def __init__(self, stats):
        self._stats = stats

    def create_stats(self):
        self.stats = dict(self._stats)


A = ("lib/alpha.py", 30, "zeta")
B = ("lib/alpha.py", 5, "beta")
C = ("app/core.py", 12, "alpha")
D = ("~", 0, "<built-in method builtins.sorted>")
E = ("app/core.py", 40, "alpha")
stats = {
    A: (2, 5, 0.5, 0.9, {B: (5, 2, 0.5, 0.9)}),
    B: (7, 7, 0.25, 1.25, {C: (7, 7, 0.25, 1.25)}),
    C: (1, 1, 0.125, 2.0, {}),
    D: (3, 3, 0.75, 0.75, {C: (3, 3, 0.75, 0.75)}),
    E: (7, 9, 0.75, 0.1, {C: (9, 7, 0.75, 0.1)}),
}

st = pstats.Stats(Snapshot(stats))


def order(*keys):
    try:
        st.sort_stats(*keys)
    except Exception as e:
        print(keys, "->", type(e).__name__, e)
        return
    print(keys, "->", st.sort_type, "|", [pstats.func_std_string(f) for f in st.fcn_list])


for key in ["calls", "ncalls", "cumulative", "cumtime", "filename", "module", "line",
            "name", "nfl", "pcalls", "stdname", "time", "tottime"]:
    order(key)
for abbrev in ["cu", "cum", "c", "n", "na", "f", "fi", "file", "t", "ti", "to", "s", "p", "l", "m", "nf"]:
    order(abbrev)
order("name", "line")
order("filename", "calls", "line")
order(SortKey.NAME, SortKey.LINE)
order(SortKey.PCALLS)
order(-1)
order(0)
order(1)
order(2)
order(3)
order(-1, 0)
order("name", SortKey.LINE)
order(SortKey.TIME, "calls")
order("name", "bogus")
print(repr(st.sort_type))
order("bogus")
order("")
order(1.5)
order(None)
st.sort_stats()
print(st.fcn_list, st.sort_type)
st.sort_stats("line").reverse_order()
print([f[1] for f in st.fcn_list])
st.sort_stats().reverse_order()
print(st.fcn_list)

print(list(SortKey))
print(SortKey.CALLS == "calls", str(SortKey.TIME), f"{SortKey.NFL}")
print(SortKey("ncalls"), SortKey("tottime"), SortKey("module"), SortKey("cumtime"))
print(SortKey.FILENAME.value, SortKey.STDNAME.name)
try:
    SortKey("unknown")
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(pstats.Stats.sort_arg_dict_default))
defs = st.get_sort_arg_defs()
print(len(defs), sorted(k for k in defs if len(k) <= 2))
