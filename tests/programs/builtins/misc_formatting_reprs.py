print("%.3d|%.2x|%5.3d|%-6.2d|%+.3i|%.0d|%.3o|%#.3x|%.2X|%08.3d" % (7, 5, 42, 3, 9, 0, 8, 10, 255, 5))
import math
for f, a in [(math.exp, 1000), (math.cosh, 1000), (math.sinh, 1000), (math.pow, (10.0, 400)), (math.ldexp, (1.0, 5000)), (math.exp, -1000), (math.expm1, 1000), (math.fsum, [1e308, 1e308]), (math.hypot, (1e308, 1e308)), (math.gamma, 200)]:
    try:
        print(f(*a) if isinstance(a, tuple) else f(a))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
import re
m = re.search('a+', 'x' + 'a' * 100)
print(repr(m))
import itertools
print(repr(itertools.count(3)), repr(itertools.count(2.5, 0.5)), repr(itertools.repeat('x', 3)), repr(itertools.repeat(1)))
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = field(init=False, default=0)
    z: int = 5
print(P.__match_args__)
