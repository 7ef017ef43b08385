# fields, asdict, astuple, replace, is_dataclass and make_dataclass.
import collections
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass


@dataclass
class Leaf:
    name: str
    weight: float = 1.0


@dataclass
class Tree:
    root: Leaf
    leaves: list = field(default_factory=list)
    index: dict = field(default_factory=dict)
    pair: tuple = (0, 0)


Pt = collections.namedtuple("Pt", "x y")
t = Tree(Leaf("r"), [Leaf("a", 2), Leaf("b")], {"first": Leaf("c")}, (Leaf("d"), Pt(1, Leaf("e"))))
print(asdict(t))
print(astuple(t))
d = asdict(t)
print(type(d["pair"]).__name__, type(d["pair"][1]).__name__, d["pair"][1].x)
print(asdict(Leaf("x"), dict_factory=lambda pairs: sorted(pairs)))
print(astuple(Leaf("x"), tuple_factory=list))

# asdict copies mutable values rather than sharing them.
shared = [1, [2]]


@dataclass
class Holder:
    data: list
    other: object = None


h = Holder(shared, {1, 2})
hd = asdict(h)
print(hd["data"] == shared, hd["data"] is shared, hd["data"][1] is shared[1], hd["other"])

# defaultdict values keep their factory.
dd = collections.defaultdict(list)
dd["k"].append(Leaf("z"))
out = asdict(Holder(dd))["data"]
print(type(out).__name__, out.default_factory is list, dict(out))

# fields()
for f in fields(Tree):
    print(f.name, f.type.__name__ if isinstance(f.type, type) else f.type,
          f.default is dataclasses.MISSING, f.default_factory is dataclasses.MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(fields(t) == fields(Tree), len(fields(Leaf("q"))))

# replace()
l1 = Leaf("a", 3.0)
l2 = replace(l1, weight=4.0)
print(l1, l2, replace(l1), replace(l1) == l1, replace(l1) is l1)

# is_dataclass()
print(is_dataclass(Leaf), is_dataclass(l1), is_dataclass(Holder), is_dataclass(1), is_dataclass(int), is_dataclass(dataclass))

# make_dataclass()
Pos = make_dataclass("Pos", ["x", ("y", int), ("z", int, field(default=5))], namespace={"norm": lambda self: self.x + self.y + self.z})
print(Pos(1, 2), Pos(1, 2).norm(), Pos.__name__, Pos.__qualname__, Pos.__annotations__)
print([f.name for f in fields(Pos)], Pos.__doc__)
Frozen = make_dataclass("Frozen", [("a", int)], frozen=True, bases=(object,))
fr = Frozen(1)
try:
    fr.a = 2
except dataclasses.FrozenInstanceError as e:
    print(e)
Ordered = make_dataclass("Ordered", [("k", int)], order=True)
print(sorted([Ordered(3), Ordered(1), Ordered(2)]))
Sub = make_dataclass("Sub", [("extra", str, field(default="e"))], bases=(Leaf,))
print(Sub("n"), issubclass(Sub, Leaf))

# The sentinels.
print(repr(dataclasses.MISSING).startswith("<dataclasses._MISSING_TYPE object"), type(dataclasses.KW_ONLY).__name__)
print(dataclasses.InitVar[int], dataclasses.InitVar[list], dataclasses.InitVar("T"), dataclasses.InitVar[int].type)
print(sorted(dataclasses.__all__))
