import os
# The pure-Python profiler: collected statistics and caller counts.
import profile
import pstats


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def lcm(a, b):
    return a * b // gcd(a, b)


def fold(values):
    acc = 1
    seen = []
    for v in values:
        acc = lcm(acc, v)
        seen.append(len(seen))
    return acc, sum(seen), isinstance(acc, int)


def visible(key):
    return not key[2].startswith("<function")


p = profile.Profile()
print(p.runctx("fold(range(1, 8))", globals(), None) is p)
p.create_stats()
for key in sorted(filter(visible, p.stats), key=str):
    cc, nc, tt, ct, callers = p.stats[key]
    print(key[1:], cc, nc, sorted((c[2], n) for c, n in callers.items()))

q = profile.Profile()
print(q.runcall(fold, [4, 6, 10]))
q.create_stats()
for key in sorted(filter(visible, q.stats), key=str):
    cc, nc, tt, ct, callers = q.stats[key]
    print(key[1:], cc, nc, sorted((c[2], n) for c, n in callers.items() if visible(c)))
cmd = [k for k in q.stats if k[0] == "profile" and k[2] != "profiler"]
print(len(cmd), cmd[0][2] == repr(fold))

st = pstats.Stats(q)
print(st.total_calls, st.prim_calls, sorted(k[1:] for k in st.top_level))
sp = st.sort_stats("name").get_stats_profile()
print([(n, fp.ncalls, os.path.basename(fp.file_name), fp.line_number) for n, fp in sp.func_profiles.items() if visible(("", 0, n))])
