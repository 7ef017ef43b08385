# Binary files: read1, peek (without moving) and readinto a bytearray or memoryview.
import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, "x.bin")
with open(p, "wb") as f:
    f.write(b"hello world")
with open(p, "rb") as f:
    print(f.peek()[:5], f.tell())
    print(f.read1(3), f.read1(), f.read1())
    f.seek(0)
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    mv = memoryview(bytearray(20))
    print(f.readinto(mv), bytes(mv[:7]))
    print(f.readinto(bytearray(3)))
print(hasattr(open(p), "read1"), hasattr(open(p), "peek"))
os.remove(p); os.rmdir(d)
