from reprlib import recursive_repr
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
a = Node("a"); b = Node("b")
a.children.append(b); b.children.append(a); a.children.append(a)
print(repr(a))
print(repr(b))
class Ring(list):
    @recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        """ring repr"""
        return "Ring" + "|".join(repr(x) for x in self)
r = Ring([1, 2]); r.append(r)
print(repr(r), Ring.__repr__.__name__, Ring.__repr__.__doc__, Ring.__repr__.__qualname__)
