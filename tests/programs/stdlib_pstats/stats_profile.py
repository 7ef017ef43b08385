# get_stats_profile() dataclasses and reports on old-style (integer) caller data.
import dataclasses
import io
import pstats
from pstats import FunctionProfile, StatsProfile


class Legacy:
    """Data shaped like the pure-Python profiler's: callers map to call counts."""

    def create_stats(self):
        self.stats = {
            ("profile", 0, "profiler"): (0, 0, 0.0, 0.0, {}),
            ("profile", 0, "main()"): (1, 1, 0.001, 1.75, {("profile", 0, "profiler"): 1}),
            ("shop.py", 8, "main"): (1, 1, 0.25, 1.749, {("profile", 0, "main()"): 1}),
            ("shop.py", 20, "price"): (5, 12, 1.0, 1.25, {("shop.py", 8, "main"): 5, ("shop.py", 20, "price"): 7}),
            ("", 0, "len"): (30, 30, 0.0625, 0.0625, {("shop.py", 20, "price"): 30}),
        }


st = pstats.Stats(Legacy())
print(st.total_calls, st.prim_calls, st.total_tt)
st.print_stats()
st.sort_stats("ncalls").print_callers()
st.print_callees()
st.print_callers("nothing-matches")
st.print_callees(2)

prof = st.sort_stats("name").get_stats_profile()
print(type(prof).__name__, prof.total_tt)
for name, fp in prof.func_profiles.items():
    print(name, fp)
print(list(prof.func_profiles))
fp = prof.func_profiles["price"]
print(fp.ncalls, fp.tottime, fp.percall_tottime, fp.cumtime, fp.percall_cumtime, fp.file_name, fp.line_number)
print(prof.func_profiles["profiler"].percall_tottime, prof.func_profiles["profiler"].percall_cumtime)

print([f.name for f in dataclasses.fields(FunctionProfile)])
print([f.name for f in dataclasses.fields(StatsProfile)])
a = FunctionProfile("3/1", 0.5, 0.167, 1.0, 1.0, "x.py", 4)
b = FunctionProfile("3/1", 0.5, 0.167, 1.0, 1.0, "x.py", 4)
print(a == b, hash(a) == hash(b), a)
print(StatsProfile(1.5, {"f": a}))
print(dataclasses.is_dataclass(StatsProfile), dataclasses.asdict(a))

out = io.StringIO()
pstats.Stats(Legacy(), stream=out).sort_stats("calls", "name").print_stats(2)
print(out.getvalue().replace(" ", "."))
