for f in (lambda: b"a".join(["x"]), lambda: b"a".split(1), lambda: b"abc".find("a"),
          lambda: b"abc".count(300), lambda: bytes.fromhex("zz"), lambda: b"\xff".decode("utf-8"),
          lambda: b"ab".strip("a"), lambda: b"abc".rindex(b"q")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(bytearray(b"a b").split(), type(bytearray(b"ab").replace(b"a", b"c")).__name__)
