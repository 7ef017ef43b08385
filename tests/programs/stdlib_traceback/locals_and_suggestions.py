import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, "")


# capture_locals
def with_locals(a, b="text"):
    items = [1, 2]
    raise KeyError(a)

try:
    with_locals(42)
except KeyError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__.tb_next,
                                      capture_locals=True)
    print(clean("".join(te.format())), end="")


# "Did you mean" suggestions come from the frame's names and the object's attributes
def last_line(fn):
    try:
        fn()
    except Exception as e:
        print(traceback.format_exception_only(e)[-1], end="")
        te = traceback.TracebackException.from_exception(e)
        print(str(te))


def name_typo():
    counter = 1
    return countr


def builtin_typo():
    return lenn([])


def module_forgotten():
    return sys.path, itertools


def attr_typo():
    class Point:
        def __init__(self):
            self.x_coord = 1
    return Point().x_cord


def method_self():
    class Widget:
        def __init__(self):
            self.size = 3
        def grow(self):
            return size + 1
    return Widget().grow()


def import_typo():
    from sys import getrecursionlimt


def nothing_close():
    return zzzzzzzzzzzz


for fn in (name_typo, builtin_typo, module_forgotten, attr_typo, method_self,
           import_typo, nothing_close):
    last_line(fn)
