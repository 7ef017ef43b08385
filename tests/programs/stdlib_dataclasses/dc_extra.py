# Extra dataclass checks: weakref_slot, unsafe_hash, replace with InitVar, params.
import weakref
import dataclasses
from dataclasses import dataclass, field, InitVar, fields, replace, KW_ONLY


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


w = W(1)
r = weakref.ref(w)
print(r() is w, W.__slots__, W.__dataclass_params__)


@dataclass(unsafe_hash=True)
class U:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(U(1)) == hash((1,)), U(1) == U(1, [2]))


@dataclass
class I:
    x: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.x *= scale


i = I(3)
print(i, replace(i, scale=5), replace(i, x=1))


@dataclass
class NoDefaultInit:
    x: int
    k: InitVar[int]

    def __post_init__(self, k):
        pass


try:
    replace(NoDefaultInit(1, 2))
except ValueError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class K:
    a: int = 1
    b: int


print(K(b=2), K.__match_args__, [f.kw_only for f in fields(K)])
M = dataclasses.make_dataclass("M", [("p", int), ("q", int, field(default=3))], kw_only=True, order=True)
print(M(p=1), M(p=1) < M(p=2), M.__module__)


@dataclass(order=True)
class O:
    a: int
    b: str = "x"


try:
    O(1) < 5
except TypeError as e:
    print(e)
print(O(1, "a") < O(1, "b"), O(2) >= O(1, "z"), O.__lt__(O(1), 1))


@dataclass
class Rec:
    items: list = field(default_factory=list)


r1 = Rec()
r1.items.append(r1)
print(r1)
print(dataclasses.astuple(Rec([1, (2, 3)])), dataclasses.asdict(Rec([{"k": Rec()}])))
print(dataclasses.fields(Rec)[0].default_factory is list, repr(dataclasses.fields(Rec)[0].default_factory))
