print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", signed=True), (5).from_bytes(b"\x02"))
class M(int): pass
r = M.from_bytes(b"\x07")
print(r, type(r).__name__, int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\x10"), byteorder="big"))
for bad in [(1,), ("ab",), (), (b"x", "middle")]:
    try:
        print(int.from_bytes(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bool.from_bytes(b"\x01"), type(bool.from_bytes(b"\x00")).__name__)
