# Saving, reloading, combining and stripping profile data.
import os
import pstats
import tempfile


class Run:
    def __init__(self, stats):
        self._stats = stats

    def create_stats(self):
        self.stats = {k: (a, b, c, d, dict(e)) for k, (a, b, c, d, e) in self._stats.items()}


W1 = ("/home/u/proj/web/views.py", 14, "index")
W2 = ("/home/u/proj/web/views.py", 40, "detail")
T1 = ("/home/u/proj/web/templates.py", 3, "render")
T2 = ("/opt/other/templates.py", 3, "render")
B1 = ("~", 0, "<built-in method builtins.isinstance>")

first = {
    W1: (2, 2, 0.5, 1.5, {}),
    T1: (2, 3, 0.75, 1.0, {W1: (3, 2, 0.75, 1.0)}),
    B1: (6, 6, 0.25, 0.25, {T1: (6, 6, 0.25, 0.25)}),
}
second = {
    W2: (1, 1, 0.125, 0.625, {}),
    T2: (1, 1, 0.5, 0.5, {W2: (1, 1, 0.5, 0.5)}),
    B1: (4, 4, 0.125, 0.125, {T2: (4, 4, 0.125, 0.125)}),
}

tmp = tempfile.mkdtemp()
path1 = os.path.join(tmp, "first.prof")
path2 = os.path.join(tmp, "second.prof")

s1 = pstats.Stats(Run(first))
s1.dump_stats(path1)
pstats.Stats(Run(second)).dump_stats(path2)

loaded = pstats.Stats(path1)
print("files:", len(loaded.files), loaded.files[0].endswith("    " + path1))
print(loaded.stats == s1.stats)
print(sorted(loaded.stats.items()) == sorted(first.items()))
print(loaded.total_calls, loaded.prim_calls, loaded.total_tt, loaded.max_name_len)

both = pstats.Stats(path1, path2)
print("files:", len(both.files), both.total_calls, both.prim_calls, both.total_tt)
for key in sorted(both.stats, key=str):
    cc, nc, tt, ct, callers = both.stats[key]
    print(pstats.func_std_string(key), cc, nc, tt, ct, sorted(callers.items()))

combined = pstats.Stats(Run(first))
result = combined.add(Run(second), path2)
print(result is combined, combined.total_calls, len(combined.files))
print(combined.add() is combined)
print(combined.stats[B1][:4])

stripped = pstats.Stats(Run(first), Run(second)).strip_dirs()
print(stripped.max_name_len)
for key in sorted(stripped.stats, key=str):
    cc, nc, tt, ct, callers = stripped.stats[key]
    print(key, cc, nc, tt, ct, sorted(callers.items()))
stripped.sort_stats("stdname").print_stats()

print(pstats.func_strip_path(("/a/b/c.py", 3, "f")), pstats.func_strip_path(("~", 0, "<x>")))
print(pstats.func_get_function_name(W1))
print(pstats.func_std_string(B1), pstats.func_std_string(("~", 0, "plain")), pstats.func_std_string(T1))
print(pstats.f8(3.14159), pstats.f8(12345.6789), pstats.f8(0))
print(pstats.count_calls({W1: 3, W2: 4}), pstats.count_calls({}))
print(pstats.add_func_stats((1, 2, 0.5, 0.5, {W1: 2}), (3, 4, 0.25, 0.25, {W1: 1, W2: 5})))
print(pstats.add_callers({W1: (1, 1, 0.5, 0.5)}, {W1: (2, 1, 0.25, 0.25), W2: (1, 1, 0, 0)}))

for bad in [os.path.join(tmp, "missing.prof")]:
    try:
        pstats.Stats(bad)
    except Exception as e:
        print(type(e).__name__)
try:
    pstats.Stats(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pstats.Stats(Run({}))
except TypeError as e:
    print(type(e).__name__, str(e).split(" object from ")[0])
empty = pstats.Stats()
print(empty.stats, empty.files, empty.total_calls)
empty.print_stats()
print(empty.get_stats_profile())
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
