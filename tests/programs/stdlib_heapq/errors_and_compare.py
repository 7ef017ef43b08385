# Error messages and the exact sequence of < comparisons.
import heapq

def err(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

err('pop empty', lambda: heapq.heappop([]))
err('replace empty', lambda: heapq.heapreplace([], 1))
err('pushpop empty', lambda: heapq.heappushpop([], 1))
err('push tuple', lambda: heapq.heappush((), 1))
err('heapify tuple', lambda: heapq.heapify((3, 1)))
err('pop tuple', lambda: heapq.heappop((1,)))
err('replace str', lambda: heapq.heapreplace('ab', 1))
err('mixed types', lambda: heapq.heapify([1, 'a', 2]))
err('push mixed', lambda: heapq.heappush([1], 'x'))
err('merge mixed', lambda: list(heapq.merge([1], ['a'])))
err('nlargest mixed', lambda: heapq.nlargest(2, [1, 'a', 2]))

class Item:
    log = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Item.log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'I%d' % self.v

def show(label, result):
    print(label, result, Item.log)
    Item.log.clear()

h = [Item(v) for v in [5, 3, 8, 1, 9, 2, 7]]
heapq.heapify(h)
show('heapify', h)
heapq.heappush(h, Item(0))
show('push', h)
show('pop', (heapq.heappop(h), h))
show('replace', (heapq.heapreplace(h, Item(6)), h))
show('pushpop', (heapq.heappushpop(h, Item(4)), h))
show('pushpop small', (heapq.heappushpop(h, Item(-1)), h))
show('nsmallest', heapq.nsmallest(2, [Item(v) for v in [4, 1, 3, 2, 0]]))
show('nlargest', heapq.nlargest(2, [Item(v) for v in [4, 1, 3, 2, 0]]))
show('merge', list(heapq.merge([Item(1), Item(4)], [Item(2), Item(3)])))

# Only < is needed.
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
h = [OnlyLt(v) for v in [3, 1, 2]]
heapq.heapify(h)
print([x.v for x in h], heapq.heappop(h).v)
print(sorted(heapq.__all__))
