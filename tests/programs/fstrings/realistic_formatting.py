"""Report generator exercising f-string and format features."""
import datetime
from decimal import Decimal

name, qty, price = "Widget", 7, 3.14159
width = 12
print(f"{name=}", f"{qty = }", f"{price=:.2f}", f"{name!r:>10}", f"{name!s:^{width}}|")
print(f"{'nested ' + f'{qty:03}'}", f"{qty:{'>'}{8}}", f"{price:{width}.{3}f}|")
items = {"a": 1, "b": 2}
print(f"{items['a']}", f'{items["b"]}', f"{len(items)} items", f"{'\n'.join(['x', 'y'])}")
print(f"{{literal braces}} {{{qty}}}", f"{qty:#x} {qty:#b} {qty:#o} {qty:c}" if qty > 31 else f"{65:c}")
print(f"{3.0:g} {3.10:g} {1e-5:g} {1e16:g} {123456789:g} {0.0001:g} {1.5e-5:.2g}")
print(f"{1234.5:#g} {1.0:#.3g} {5:#.0f} {5.0:.0e} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{-1:+} {1:+} {0:+} {-0.0:+} {1: } {-1: }|{1:_}|{1234567:_}|{0xFFFFFF:_x}")
print(f"{'left':<8}|{'right':>8}|{'center':^9}|{'fill':*^10}|{'z':0>3}|{7:0<3}")
print(f"{12:=+6}|{-12:=6}|{12:06}|{-12:06}|{1.5:08.3f}|{-1.5:+09.2e}")
print(f"{True}", f"{True:d}", f"{None!r}", f"{[1, 'a']}", f"{(1,)}", f"{ {'k': 1} }")
dt = datetime.datetime(2024, 12, 25, 8, 5, 3)
print(f"{dt:%Y/%m/%d %H:%M:%S}", f"{dt:%b %d, %Y}", f"{dt.date()}", f"{dt!r}")
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234567.8'):,}", f"{Decimal('-0.5'):+.1f}")
print(f"{1e100:.3e}", f"{12345.6789:.2e}", f"{0.1:.20f}", f"{1/3:.15f}", f"{2**0.5:.1%}")
print(f"{float('nan'):>6}|{float('inf'):<6}|{-float('inf'):^8}|{float('nan'):+}")
print(f"{12345678.9:,.1f}", f"{0.000012345:,.8f}", f"{-1234:,}", f"{10**20:,}")
print(f"{'abc':.2}", f"{'abcdef':>8.3}|", f"{3.14159:.3}", f"{314.159:.3}", f"{0.00314159:.3}")
print(f"{42:n}", f"{1234.5:n}", f"{1e20:n}", f"{0.1:r}" if False else "")
print("{:,}".format(1234), "{:%}".format(0.25), "{:.1%}".format(-0.1234), "{:e}".format(0), "{:E}".format(1.5))
print("{0!a}".format("café"), ascii("naïve ☃"), repr("tab\t"), "{:s}".format("x"), "{!r:>6}".format("q"))
print(format(3.0), format(3.0, ""), format(1e16), format(1e-5), str(1e16), str(123456789012345678.0))
print(format(-0.0), format(0.0, "+"), f"{-0.0:.1f}", f"{-0.001:.1f}", round(-0.001, 1), f"{-0.4:.0f}")
print(f"{255:08b}", f"{255:>#10x}", f"{-255:x}", f"{-255:#x}", f"{2**64:x}", f"{65:c}{66:c}")
row = ("Apple", 3, 0.5)
print("|{:<10}|{:^5}|{:>8.2f}|".format(*row), "|%-10s|%5d|%8.2f|" % row)
for n in [0, 1, 12, 123, 1234, 12345]:
    print(f"[{n:>6}] [{n:<6}] [{n:^6}] [{n:06}] [{n:6,}]")
def fmt_size(b):
    for unit in ["B", "KB", "MB", "GB", "TB"]:
        if abs(b) < 1024 or unit == "TB":
            return f"{b:.1f} {unit}" if unit != "B" else f"{b} B"
        b /= 1024
for b in [0, 512, 2048, 10**6, 5 * 10**9, 3 * 10**13]:
    print(fmt_size(b))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:,.2f}"
        return format(self.v, spec)
m = Money(1234.5)
print(f"{m:usd}", f"{m:.1f}", format(m, "usd"), "{:usd}".format(m))
try:
    f"{object():d}"
except TypeError as e:
    print("TypeError:", e)
try:
    format("x", ">5d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, ".2s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.0, ",x")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:,d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
pi = 3.141592653589793
print(*(f"{pi:.{p}f}" for p in range(0, 8)))
print(f"{'multi'}" f"{'part'}" "plain", f"""triple {qty}""", rf"raw\n{qty}", fr"{name}\t")
x = 5
print(f"{x if x > 3 else 0}", f"{(lambda y: y * 2)(x)}", f"{[i * x for i in range(3)]}", f"{x:>{x}}")
print(f"{'a' 'b'}", f"{x!r:^7}", f"{x,}", f"{x, x}")
print("%s|%r|%a" % ("é", "é", "é"), "%5s|%-5s|" % ("ab", "cd"), "%.1f%%" % 12.345, "%e" % 0.0001234)
print("%x %X %#o %05.1f %+d % d" % (3054, 3054, 8, 2.25, 0, 5), "%g %g %g" % (1e-5, 123456789.0, 0.5))
