# The generated __init__, __repr__ and __eq__, defaults and default factories.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(5)), Point(y=3, x=4))
print(p.x, p.y, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2), Point.__eq__(p, (1, 2)))
print(Point.__match_args__, Point.y, hasattr(Point, 'x'))
print(Point.__hash__)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    count: int = field(default=0, repr=False)
    note: str = field(default="", compare=False)


a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a.items is b.items, a == b)
b.items.append(1)
print(a == b, Inventory("a", note="x") == Inventory("a", note="y"))
print(Inventory("z", [1], {"k": 2}, 7, "n"))
print('items' in Inventory.__dict__, Inventory.count, Inventory.note)

# Assignment still works on instances; extra attributes are allowed.
p.x = 10
p.label = "moved"
print(p, p.label)


# Nested classes use their qualified name in the repr.
class Outer:
    @dataclass
    class Inner:
        value: float = 1.5


print(Outer.Inner(), Outer.Inner.__qualname__)


# Subclass instances are not equal to base instances.
@dataclass
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), Point3(1, 2) == Point(1, 2), Point(1, 2) == Point3(1, 2))
print(Point3.__match_args__)


# match statements use __match_args__.
def where(pt):
    match pt:
        case Point3(x, y, z):
            return f"3d {x} {y} {z}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y):
            return f"at {x},{y}"


print(where(Point(0, 0)), "|", where(Point(3)), "|", where(Point(1, 1)), "|", where(Point3(1, 2, 3)))


# repr handles recursion.
@dataclass
class Node:
    value: int
    next: object = None


n = Node(1)
n.next = n
print(n)
print(Node(1, Node(2, Node(3))))


# A user-defined method is kept.
@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"<Custom {self.a}>"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom(1) == "anything")


# Classes without fields.
@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__)

# Class attributes without annotations are not fields.
@dataclass
class WithPlain:
    a: int
    b = 5


print(WithPlain(1), WithPlain.b)
