print(format(1234, "08,d"), format(1234567, "012_d"), format(1234.5, "010,.1f"), format(-1234, "08,d"))
print("%05s|%-5s|%a|%5a" % ("ab", "cd", "é", "x"))
try:
    compile("1 +", "<string>", "eval")
except SyntaxError as e:
    print(str(e)); print(repr(e.args[0]))
try:
    eval("x = 1")
except SyntaxError as e:
    print(e)
print(int("٣"), int("١٢"), float("٣.٥"))
print((3).__pow__(2, 5), pow(3, 2, 5))
print(hasattr(object(), "__lt__"), hasattr(object(), "__eq__"), object.__lt__(object(), 1))
print(b"\x01\x02\x03".hex(":"), b"\x01\x02\x03\x04".hex("-", 2), bytes.fromhex("01 02"))
t = bytes.maketrans(b"ab", b"xy"); print(b"abcab".translate(t), b"abc".translate(None, b"b"))
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
import math
print(round(math.lgamma(5.0), 12), math.gamma(5.0), math.erf(0.5), math.erfc(0.5), round(math.gamma(0.5), 12), math.asinh(1e300))
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[5] = 1
except RuntimeError as e:
    print(e)
