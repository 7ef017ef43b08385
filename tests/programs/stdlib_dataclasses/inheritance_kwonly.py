# Field order with inheritance, kw_only, KW_ONLY, InitVar and __post_init__.
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar, asdict


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print([f.name for f in fields(Derived)], Derived(), Derived(5, 6, 7))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options(level=1, verbose=True))
try:
    Options(True, 3)
except TypeError as e:
    print(type(e).__name__)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    d: int = field(default=4, kw_only=False)


print(Mixed(1, c=3), Mixed(1, 9, c=3), Mixed.__match_args__)
print([(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass
class Child(Mixed):
    e: int = 5


print(Child(1, 2, 3, c=0), Child.__match_args__)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    factor: InitVar[float] = 1.0
    history: list = field(default_factory=list, init=False)

    def __post_init__(self, factor):
        self.balance *= factor
        self.history.append(("open", self.balance))


acc = Account("ann", 10.0, 2.0)
print(acc, acc.history, hasattr(acc, "factor"))
print([f.name for f in fields(Account)], Account.factor)
print(asdict(acc))


@dataclass
class Secret:
    key: InitVar[str]
    digest: int = field(init=False)

    def __post_init__(self, key):
        self.digest = len(key)


print(Secret("abcd"))


# __post_init__ is inherited and can chain with super().
@dataclass
class A:
    a: int

    def __post_init__(self):
        print("A post_init", self.a)


@dataclass
class B(A):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        print("B post_init", self.b)


B(1, 2)


@dataclass
class C(A):
    c: int = 3


C(7)


# Non-dataclass bases contribute nothing, but their methods remain.
class Mixin:
    def hello(self):
        return f"hello from {type(self).__name__}"


@dataclass
class WithMixin(Mixin):
    v: int


print(WithMixin(1), WithMixin(1).hello())


# A dataclass base under a plain class under a dataclass.
class Middle(Base):
    extra = "class attr"


@dataclass
class Bottom(Middle):
    w: int = 0


print(Bottom(1), [f.name for f in fields(Bottom)], Bottom.extra)
