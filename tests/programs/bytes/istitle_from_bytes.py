import sys
print(sys.float_repr_style)
for b in [b"Hello World", b"hello", b"HELLO", b"Hello world", b"", b"123", b"A1b", b"Ab Cd", b"AB"]:
    print(b, b.istitle(), bytearray(b).istitle())
for src in ["\x00", b"\x01\x00", [1, 2], bytearray(b"\xff")]:
    try: print(int.from_bytes(src, "big"))
    except TypeError as e: print("TypeError", e)
