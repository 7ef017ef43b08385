# The class open() returns follows the mode and buffering, as in CPython.
import os, tempfile, io
p = os.path.join(tempfile.mkdtemp(), "x")
for m in ["w", "wb", "rb", "r+b", "w+b", "ab", "a+b", "rb+", "r+", "a"]:
    with open(p, m) as f:
        print(m, type(f).__name__, f.mode, isinstance(f, (io.BufferedIOBase, io.TextIOBase, io.RawIOBase)))
with open(p, "wb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.write(b"abc"))
with open(p, "rb", 0) as f:
    print(type(f).__name__, f.read())
with open(p, "r+b") as f:
    f.seek(1)
    f.write(b"Z")
    f.seek(0)
    print(f.read())
try:
    open(p, "r", buffering=0)
except ValueError as e:
    print("ValueError", e)
with open(p, "rb", buffering=-1) as f:
    print(type(f).__name__)
