import os
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.txt")
with open(p, "w") as f:
    f.write("hello\n")

os.utime(p, (1_000_000_000, 1_500_000_000.25))
st = os.stat(p)
print(st.st_atime, st.st_mtime, st.st_size)
os.utime(p, ns=(5, 7_000_000_123))
print(os.stat(p).st_mtime_ns, os.stat(p).st_atime_ns)
os.utime(p)
print(os.stat(p).st_mtime > 1_600_000_000)
for bad in [dict(times=(1, 2), ns=(1, 2)), dict(times=5), dict(ns=[1, 2])]:
    try:
        os.utime(p, **bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.utime(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)

fd = os.open(p, os.O_RDONLY)
fs = os.fstat(fd)
print(fs.st_size, fs.st_mtime_ns == os.stat(p).st_mtime_ns)
os.close(fd)
try:
    os.fstat(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.fstat("x")
except TypeError as e:
    print(type(e).__name__, e)

# print() follows a reassigned sys.stdout, also when it is a real file.
out = os.path.join(d, "out.txt")
with open(out, "w") as f:
    saved = sys.stdout
    sys.stdout = f
    print("to the file", 1, 2, sep="-")
    print("second")
    sys.stdout = saved
with open(out) as f:
    print(repr(f.read()))

# Code objects compare by what they contain.
def g():
    return 1
print(g.__code__ == g.__code__, g.__code__ != g.__code__, hash(g.__code__) == hash(g.__code__))
print(compile("x + 1", "f", "eval") == compile("x + 1", "f", "eval"))
print(compile("x + 1", "f", "eval") == compile("x + 2", "f", "eval"))
print({g.__code__: "g"}[g.__code__])

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
