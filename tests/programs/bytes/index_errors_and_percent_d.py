# Index errors of bytes and bytearray, and %d/%i of non-finite floats.
b = b"ab"
ba = bytearray(b"ab")
key = "x"
for thunk in (lambda: b[5], lambda: ba[5], lambda: b[key], lambda: ba[key], lambda: b[-3],
              lambda: ba[-3], lambda: ba[1], lambda: ba[-1], lambda: b[2**70]):
    try:
        print(thunk())
    except Exception as x:
        print(type(x).__name__, x)

big = bytearray(range(256)) * 100
print(sum(big[i] for i in range(len(big))))

for v in [float("nan"), float("inf"), -float("inf"), 3.9, -3.9]:
    for f in ["%d", "%i", "%5d", "%x"]:
        try:
            print(repr(f % v))
        except Exception as x:
            print(type(x).__name__, x)
