# Custom timers, the bias attribute, generators and exceptions under profile.
import profile
import pstats


class Clock:
    """A fake clock: every reading is 0, so all times are exactly zero."""

    def __init__(self):
        self.readings = 0

    def __call__(self):
        self.readings += 1
        return 0.0


def tuple_clock():
    return (0.0, 0.0)


def countdown(n):
    while n:
        yield n
        n -= 1


def checked(v):
    if v == 2:
        raise ArithmeticError("two")
    return v


def job():
    out = []
    for v in countdown(4):
        try:
            out.append(checked(v))
        except ArithmeticError:
            out.append(-1)
    return out


clock = Clock()
p = profile.Profile(timer=clock)
print(p.runcall(job))
print(clock.readings > 10)
p.create_stats()
for key in sorted(p.stats, key=str):
    if key[2].startswith("<function"):
        continue
    cc, nc, tt, ct, callers = p.stats[key]
    print(key[2], cc, nc, tt, ct, sorted(c[2] for c in callers if not c[2].startswith("<function")))

q = profile.Profile(tuple_clock)
q.runctx("job()", {"job": job}, {})
st = pstats.Stats(q).strip_dirs()
print(st.total_tt, st.total_calls, st.prim_calls)
st.sort_stats("name").print_stats("countdown|checked|job")

print(profile.Profile.bias, profile.Profile(timer=clock, bias=0.5).bias)
print(sorted(profile.__all__))
r = profile.Profile(clock)
print(hasattr(r, "runcall"), hasattr(r, "dump_stats"), hasattr(r, "print_stats"))
try:
    r.runcall()
except TypeError as e:
    print(type(e).__name__)
