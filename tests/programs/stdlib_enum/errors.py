# Error messages of enum definition and use.
from enum import Enum, IntEnum, StrEnum, Flag, unique, auto


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "-> ok", repr(result))


def set_member():
    Color.RED = 5


def del_member():
    del Color.RED


def set_name():
    Color.RED.name = "x"


def set_value():
    Color.RED.value = 3


def extend():
    class More(Color):
        BLUE = 3


def reuse_key():
    class Dup(Enum):
        A = 1
        A = 2


def nonmember_then_member():
    from enum import nonmember

    class Dup(Enum):
        A = nonmember(5)
        A = 2


def member_then_method():
    class Dup(Enum):
        A = 1

        def A(self):
            pass


def sunder():
    class Bad(Enum):
        _foo_ = 1


def late_generate():
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 1


def order_mismatch():
    class Ordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2


def order_ok():
    class Ordered(Enum):
        _order_ = "A B"
        A = 1
        B = 2
    return list(Ordered)


def not_unique():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
        E = 3


def str_enum_int():
    class S(StrEnum):
        A = 1


def str_enum_tuple():
    class S(StrEnum):
        A = ("a", "utf-8", "strict", "extra")


def mixin_order():
    class Wrong(Enum, int):
        A = 1


def two_data_types():
    class Two(int, str, Enum):
        A = 1


def new_style_bad_value():
    class N(IntEnum):
        A = "x"


attempt("Color(3)", lambda: Color(3))
attempt("Color('RED')", lambda: Color("RED"))
attempt("Color['BLUE']", lambda: Color["BLUE"])
attempt("Color[1]", lambda: Color[1])
attempt("Color.BLUE", lambda: Color.BLUE)
attempt("Color(1, 2)", lambda: Color(1, 2))
attempt("reassign member", set_member)
attempt("delete member", del_member)
attempt("set name", set_name)
attempt("set value", set_value)
attempt("Color.name", lambda: Color.name)
attempt("Color.value", lambda: Color.value)
attempt("extend", extend)
attempt("reuse key", reuse_key)
attempt("nonmember then member", nonmember_then_member)
attempt("member then method", member_then_method)
attempt("sunder name", sunder)
attempt("late _generate_next_value_", late_generate)
attempt("order mismatch", order_mismatch)
attempt("order ok", order_ok)
attempt("unique", not_unique)
attempt("StrEnum int", str_enum_int)
attempt("StrEnum too many", str_enum_tuple)
attempt("mixin order", mixin_order)
attempt("IntEnum bad value", new_style_bad_value)
attempt("compare", lambda: Color.RED < Color.GREEN)
attempt("unhashable in", lambda: [1] in Color)
attempt("empty call", lambda: Enum("Nothing"))


class Empty(Enum):
    pass


attempt("empty enum lookup", lambda: Empty(1))
attempt("functional empty", lambda: list(Empty("E2", ())))


class Checked(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if value == "a":
            return cls.A
        if value == "wrong type":
            return 5
        if value == "raise key":
            raise KeyError("custom")
        if value == "raise value":
            raise ValueError("custom value error")
        return None


for value in ("a", "wrong type", "raise key", "raise value", "other"):
    try:
        print(repr(Checked(value)))
    except Exception as e:
        context = e.__context__
        print(type(e).__name__, e, "| context:", type(context).__name__ if context else None, context)
