# Files opened through open(): the descriptor behind fileno(), "a"/"a+" positions and
# reads, seeking past the end before writing, and text decoded when first read.
import os
import tempfile

_tmp = tempfile.mkdtemp()


def _path(name):
    return os.path.join(_tmp, name)


import sys
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
with open(_path("io1.txt"), "w") as f:
    f.write("hello\nworld\n")
    print(f.fileno() > 2)
with open(_path("io1.txt")) as f:
    print(os.fstat(f.fileno()).st_size)
    print(f.readline(), end="")
    print(f.tell())
with open(_path("io1.txt"), "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))
with open(_path("io1.txt"), "rb") as f:
    f.seek(3)
    print(f.read(4), f.tell())
with open(_path("io1.bin"), "wb") as f:
    f.seek(5)
    f.write(b"x")
print(open(_path("io1.bin"), "rb").read())
with open(_path("io1.txt"), "r+") as f:
    f.seek(0, 2)
    f.write("end\n")
print(open(_path("io1.txt")).read())

p = _path("io2.txt")
with open(p, "w") as f:
    f.write("abc\n")
with open(p, "a") as f:
    print(f.tell())
    f.write("def\n")
    print(f.tell())
print(repr(open(p).read()))
with open(p, "a+") as f:
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()))
    f.write("ghi\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
print(repr(open(p).read()))
with open(p, "w+") as f:
    f.write("12345")
    f.seek(0)
    print(f.read(2))
    f.seek(10)
    print(f.tell(), repr(f.read()))
    f.write("Z")
    print(f.tell())
print(repr(open(p).read()))
with open(p, "rb+") as f:
    f.seek(2)
    f.write(b"XY")
    f.seek(0, 2)
    print(f.tell())
print(open(p, "rb").read())
with open(p, "wb") as f:
    f.write(b"\xff\x00\x80")
    f.seek(6)
    f.write(b"!")
print(open(p, "rb").read())
f = open(p)
fd = f.fileno()
print(os.fstat(fd).st_size, os.isatty(fd))
f.close()
try:
    f.fileno()
except ValueError as e:
    print("ValueError:", e)
g = open(_path("io2_new.txt"), "x") if not os.path.exists(_path("io2_new.txt")) else open(_path("io2_new.txt"), "w")
print(os.path.exists(_path("io2_new.txt")))
g.close()
os.remove(_path("io2_new.txt"))

p = _path("io3.txt")
with open(p, "wb") as f:
    f.write(b"ok line\n\xff bad\n")
f = open(p)
print("opened", os.path.basename(f.name), f.encoding)
try:
    f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
f.close()
with open(p, errors="replace") as f:
    print(repr(f.read()))
with open(p, "r+") as f:
    pass
print(open(p, "rb").read())
with open(p, encoding="latin-1") as f:
    for line in f:
        print(repr(line))
with open(p, "w") as f:
    f.write("a\r\nb\rc\n")
with open(p) as f:
    print(repr(f.read()), f.newlines)
with open(p, newline="") as f:
    print(repr(f.readlines()))
os.remove(p)


for name in sorted(os.listdir(_tmp)):
    os.remove(_path(name))
os.rmdir(_tmp)
print("cleaned up")
