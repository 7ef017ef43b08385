print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 80), abs(True), abs(3 + 4j), abs(-float('inf')))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a', 'c'), max([1], [1, 0]))
print(min([3, -5, 2], key=abs), max(['aa', 'b', 'ccc', 'dd'], key=len), max(['bb', 'aa'], key=len))
print(min([], default='none'), max((), default=0), min([7], default=0), max([1, 2], key=lambda x: -x))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}.items(), key=lambda kv: kv[1]))
print(min(1, 2.5), max(True, 0), max(1, 1.0), max(1.0, 1))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 'a'), lambda: min([], default=1, key=None, x=2), lambda: max(1, 2, default=0)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Item:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return f'Item({self.n})'
print(max(Item(2), Item(9), Item(4)), min([Item(2), Item(1)]))
