class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        yield from range(1, self.start + 1)
c = Countdown(3)
print(list(c), list(c), list(reversed(c)), 2 in c, max(c))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
import itertools
print(list(itertools.islice(Fib(), 10)))
class Table:
    def __init__(self, rows):
        self.rows = rows
    def column(self, i):
        return (r[i] for r in self.rows)
t = Table([(1, 'a'), (2, 'b')])
print(list(t.column(0)), list(t.column(1)))
