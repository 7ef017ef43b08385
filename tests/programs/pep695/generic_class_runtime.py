class Stack[T]:
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), len(s), type(s).__name__)
s2 = Stack()
s2.push('x')
print(s2.pop(), isinstance(s, Stack))
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print(type(e).__name__, e)
print(s.__orig_class__ if hasattr(s, '__orig_class__') else 'no orig class')
