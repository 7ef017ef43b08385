# frozen=True, FrozenInstanceError and the __hash__ rules.
import dataclasses
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"


m = Money(5)
print(m, hash(m) == hash((5, "EUR")), {m: 1}[Money(5)])
for action in ("set", "set-new", "delete"):
    try:
        if action == "set":
            m.amount = 6
        elif action == "set-new":
            m.other = 1
        else:
            del m.currency
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))
print(m)
print(issubclass(FrozenInstanceError, AttributeError), FrozenInstanceError.__mro__[1].__name__)


# Frozen subclasses of frozen classes.
@dataclass(frozen=True)
class Priced(Money):
    label: str = ""


pr = Priced(3, "USD", "x")
print(pr, hash(pr) == hash((3, "USD", "x")))
try:
    pr.label = "y"
except FrozenInstanceError as e:
    print(e)

# __post_init__ of a frozen class must use object.__setattr__.
@dataclass(frozen=True)
class Rect:
    w: int
    h: int
    area: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "area", self.w * self.h)


print(Rect(2, 3), Rect(2, 3) == Rect(2, 3))


# The hash table: eq/frozen/unsafe_hash combinations.
def describe(cls):
    h = cls.__dict__.get("__hash__", "absent")
    if h is None:
        kind = "None"
    elif h == "absent":
        kind = "inherited"
    else:
        kind = "generated" if h.__code__.co_filename == "<string>" else "user"
    return f"{cls.__name__}: {kind}"


@dataclass
class EqOnly:
    x: int


@dataclass(eq=False)
class NoEq:
    x: int


@dataclass(frozen=True)
class Frozen:
    x: int


@dataclass(eq=False, frozen=True)
class FrozenNoEq:
    x: int


@dataclass(unsafe_hash=True)
class Unsafe:
    x: int
    y: list = field(default_factory=list, hash=False)


@dataclass
class ExplicitHash:
    x: int

    def __hash__(self):
        return 7


@dataclass(frozen=True)
class FrozenExplicit:
    x: int

    def __hash__(self):
        return 8


for cls in (EqOnly, NoEq, Frozen, FrozenNoEq, Unsafe, ExplicitHash, FrozenExplicit):
    print(describe(cls))

try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
ne = NoEq(1)
print(hash(ne) == hash(ne), ne == ne, NoEq(1) == NoEq(1))
print(hash(Frozen(1)) == hash((1,)), hash(Unsafe(1, [2])) == hash((1,)), hash(ExplicitHash(1)), hash(FrozenExplicit(1)))

# compare=False fields are left out of the hash; hash=True forces inclusion.
@dataclass(frozen=True)
class Weighted:
    name: str
    cache: int = field(default=0, compare=False)
    weight: int = field(default=1, compare=False, hash=True)


print(hash(Weighted("a", 5, 2)) == hash(("a", 2)), Weighted("a", 1) == Weighted("a", 2))

# replace() works with frozen instances.
m2 = dataclasses.replace(m, amount=9)
print(m2, m, m2 is not m)

# Frozen instances can be used as dict keys and set members.
print(len({Money(1), Money(1), Money(2)}))
