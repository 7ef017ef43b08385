class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
print(list(Range2(7)), sum(Range2(7)), 4 in Range2(7), [x * 10 for x in Range2(5)])
a, b, *c = Range2(10)
print(a, b, c)
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
class LinkedList:
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.v
            node = node.nxt
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return 'LL(' + ' -> '.join(map(repr, self)) + ')'
ll = LinkedList(1, 'two', 3.0)
print(ll, len(ll), list(ll), dict(enumerate(ll)), max(LinkedList(3, 9, 2)))
class NextOnly:
    def __next__(self):
        return 1
try:
    for x in NextOnly():
        pass
except TypeError as e:
    print(type(e).__name__, e)
