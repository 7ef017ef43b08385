for args in [(1, 'middle'), (1, 'little'), (2, 'big'), (1, 5)]:
    try:
        print((1).to_bytes(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print((258).to_bytes(2, byteorder='sideways'))
except ValueError as e:
    print(e)
print((258).to_bytes(2, byteorder='little'), (258).to_bytes(2), (5).to_bytes())
p = "_fer_trunc_test.bin"
open(p, "wb").write(b"0123456789")
with open(p, "r+b") as f:
    f.seek(0, 2)
    f.truncate(4)
    f.seek(0)
    print(f.read())
print(open(p, "rb").read())
import os
os.remove(p)
