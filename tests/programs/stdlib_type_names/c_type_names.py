# Classes that CPython implements in C are named by their dotted type name in messages.
from decimal import Decimal
import datetime, collections, functools, re, io, itertools
for f in [lambda: Decimal(1) + 1.5, lambda: datetime.date(2020, 1, 2) + 1, lambda: collections.deque() + 1,
          lambda: len(itertools.count()), lambda: re.compile('a') + 1, lambda: io.StringIO() + 1,
          lambda: collections.OrderedDict() + 1, lambda: datetime.timedelta(1) * 'x', lambda: Decimal(1) < 'a']:
    try:
        f()
    except TypeError as e:
        print(e)
class D(collections.deque):
    pass
try:
    D() + 1
except TypeError as e:
    print(e)
print(repr(Decimal(1)), type(Decimal(1)).__name__, collections.deque.__name__, str(datetime.date(2020, 1, 2)))
