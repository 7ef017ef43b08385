import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(lines):
    print("".join(lines).replace(HERE, ""), end="")
    print("-----")


def fail(exc):
    raise exc


def collect(*excs):
    caught = []
    for exc in excs:
        try:
            fail(exc)
        except Exception as e:
            caught.append(e)
    return caught


try:
    raise ExceptionGroup("two problems", collect(ValueError("v"), KeyError("k")))
except ExceptionGroup as eg:
    show(traceback.format_exception(eg))
    traceback.print_exception(eg)

inner = ExceptionGroup("inner", collect(TypeError("t1"), TypeError("t2")))
try:
    raise ExceptionGroup("outer", [inner, ZeroDivisionError("z")])
except ExceptionGroup as eg:
    show(traceback.format_exception(eg))
    te = traceback.TracebackException.from_exception(eg, max_group_depth=1)
    show(te.format())

many = ExceptionGroup("many", [ValueError(i) for i in range(5)])
show(traceback.TracebackException.from_exception(many, max_group_width=2).format())
show(traceback.TracebackException.from_exception(many, max_group_width=4).format())
show(traceback.format_exception(many))

# a group whose member has a cause
try:
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as z:
        raise ValueError("member") from z
except ValueError as v:
    member = v
try:
    raise BaseExceptionGroup("base group", [member, KeyboardInterrupt()])
except BaseExceptionGroup as eg:
    show(traceback.format_exception(eg))

# notes on groups
eg = ExceptionGroup("noted", [ValueError("x")])
eg.add_note("group note")
show(traceback.format_exception(eg))
show(traceback.format_exception_only(eg))
