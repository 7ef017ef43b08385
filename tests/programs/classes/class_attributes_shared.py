class Dog:
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog('a'), Dog('b')
a.add_trick('roll')
b.add_trick('sit')
print(a.tricks, b.tricks, Dog.count, a.count)
class Cat:
    def __init__(self, name):
        self.name = name
        self.tricks = []
c, d = Cat('c'), Cat('d')
c.tricks.append('jump')
print(c.tricks, d.tricks)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
x = Counter()
x.inc(); x.inc()
print(x.n, Counter.n, vars(x))
