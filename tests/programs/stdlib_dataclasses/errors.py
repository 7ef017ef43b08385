# Errors raised while creating dataclasses and using the helper functions.
import dataclasses
from dataclasses import dataclass, field, KW_ONLY


def attempt(label, make):
    try:
        result = make()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "-> ok", result)


def mutable_list():
    @dataclass
    class C:
        x: list = []


def mutable_dict():
    @dataclass
    class C:
        x: dict = {}


def mutable_set():
    @dataclass
    class C:
        values: set = set()


def hashable_tuple():
    @dataclass
    class C:
        x: tuple = ()
    return C()


def order_of_defaults():
    @dataclass
    class C:
        x: int = 1
        y: int


def order_of_defaults_inherited():
    @dataclass
    class B:
        x: int = 1

    @dataclass
    class C(B):
        y: str


def kw_only_after_default():
    @dataclass
    class C:
        x: int = 1
        _: KW_ONLY
        y: int
    return C(y=2)


def both_defaults():
    return field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class C:
        x = field(default=1)


def two_kw_only():
    @dataclass
    class C:
        _: KW_ONLY
        a: int
        __: KW_ONLY
        b: int


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def overwrite_lt():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return False


def overwrite_setattr():
    @dataclass(frozen=True)
    class C:
        x: int

        def __setattr__(self, name, value):
            pass


def unsafe_hash_explicit():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 0


def frozen_from_plain():
    @dataclass
    class B:
        x: int

    @dataclass(frozen=True)
    class C(B):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class B:
        x: int

    @dataclass
    class C(B):
        y: int


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class C:
        x: int


def slots_twice():
    @dataclass(slots=True)
    class C:
        __slots__ = ('x',)
        x: int


attempt("mutable list default", mutable_list)
attempt("mutable dict default", mutable_dict)
attempt("mutable set default", mutable_set)
attempt("tuple default", hashable_tuple)
attempt("default order", order_of_defaults)
attempt("inherited default order", order_of_defaults_inherited)
attempt("KW_ONLY after default", kw_only_after_default)
attempt("default and factory", both_defaults)
attempt("field without annotation", no_annotation)
attempt("KW_ONLY twice", two_kw_only)
attempt("order without eq", order_without_eq)
attempt("overwrite __lt__", overwrite_lt)
attempt("overwrite __setattr__", overwrite_setattr)
attempt("unsafe_hash with __hash__", unsafe_hash_explicit)
attempt("frozen from non-frozen", frozen_from_plain)
attempt("non-frozen from frozen", plain_from_frozen)
attempt("weakref_slot without slots", weakref_without_slots)
attempt("slots with __slots__", slots_twice)


@dataclass
class P:
    x: int
    y: int = field(default=0, init=False)


attempt("fields of int", lambda: dataclasses.fields(3))
attempt("fields of class", lambda: [f.name for f in dataclasses.fields(P)])
attempt("asdict of class", lambda: dataclasses.asdict(P))
attempt("asdict of int", lambda: dataclasses.asdict(1))
attempt("astuple of str", lambda: dataclasses.astuple("s"))
attempt("replace of class", lambda: dataclasses.replace(P, x=1))
attempt("replace init=False", lambda: dataclasses.replace(P(1), y=2))
attempt("make_dataclass bad name", lambda: dataclasses.make_dataclass("C", ["a b"]))
attempt("make_dataclass keyword", lambda: dataclasses.make_dataclass("C", ["class"]))
attempt("make_dataclass duplicate", lambda: dataclasses.make_dataclass("C", ["a", ("a", int)]))
attempt("make_dataclass bad item", lambda: dataclasses.make_dataclass("C", [("a", int, 3, 4)]))
attempt("make_dataclass non-str", lambda: dataclasses.make_dataclass("C", [(1, int)]))
