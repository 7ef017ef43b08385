# Profile as a context manager, enable/disable, generators, exceptions, dump and reload.
import cProfile
import os
import pstats
import tempfile


def squares(n):
    for i in range(n):
        yield i * i


def risky(x):
    if x % 3 == 0:
        raise ValueError("bad %d" % x)
    return x


def pipeline(limit):
    total = sum(squares(limit))
    good = []
    for x in range(limit):
        try:
            good.append(risky(x))
        except ValueError:
            pass
    return total, len(good)


def names(prof_or_stats, wanted):
    stats = prof_or_stats.stats
    return sorted((k[2], v[0], v[1]) for k, v in stats.items() if k[2] in wanted)


WANTED = {"squares", "risky", "pipeline", "<built-in method builtins.sum>",
          "<built-in method builtins.len>", "<method 'append' of 'list' objects>"}

with cProfile.Profile() as prof:
    print(pipeline(6))
prof.create_stats()
print(names(prof, WANTED))

# only the enabled parts are recorded
p = cProfile.Profile()
pipeline(3)
p.enable()
pipeline(4)
p.disable()
pipeline(5)
p.enable()
risky(1)
p.disable()
p.create_stats()
print(names(p, WANTED))

# clear() forgets everything
p.clear()
p.enable()
risky(2)
p.disable()
p.create_stats()
print(names(p, WANTED))

# an exception escaping runcall still stops the profiler
q = cProfile.Profile()
try:
    q.runcall(risky, 9)
except ValueError as e:
    print("caught", e)
risky(1)
q.create_stats()
print(names(q, WANTED))

# runctx returns the profiler itself
r = cProfile.Profile()
print(r.runctx("pipeline(n)", {"pipeline": pipeline}, {"n": 7}) is r)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "run.prof")
r.dump_stats(path)
loaded = pstats.Stats(path)
print(names(loaded, WANTED))
print(len(loaded.files), loaded.files[0].endswith(path))
stripped = loaded.strip_dirs()
print(sorted(k for k in stripped.stats if k[2] in WANTED))
callers = stripped.stats[[k for k in stripped.stats if k[2] == "risky"][0]][4]
print(sorted((k, v[:2]) for k, v in callers.items()))
stripped.calc_callees()
callees = stripped.all_callees[[k for k in stripped.stats if k[2] == "pipeline"][0]]
print(sorted((k[2], v[:2]) for k, v in callees.items()))
os.remove(path)
os.rmdir(tmp)

try:
    pstats.Stats(cProfile.Profile())
except TypeError as e:
    print(type(e).__name__, str(e).split(" from ")[0])
