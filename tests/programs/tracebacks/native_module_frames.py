# Functions CPython implements in C leave no traceback entries of their own.
import bisect, datetime, heapq, io, operator, struct, decimal, traceback

for f in [lambda: heapq.heappush(1, 2), lambda: bisect.bisect([1], 'a'),
          lambda: datetime.date(2020, 13, 1), lambda: struct.pack('i', 'x'),
          lambda: decimal.Decimal('x'), lambda: io.StringIO().write(5),
          lambda: operator.add(1, 'a'), lambda: heapq.heappop([])]:
    try:
        f()
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, [fr.name for fr in tb])

heapq.heappush([3, 1], 2)
print(sorted(heapq.nsmallest(2, [5, 1, 4])))
bisect.insort([1, 2], "x")
