import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def report(fn):
    try:
        fn()
    except Exception as e:
        text = "".join(traceback.format_exception(e))
        print(text.replace(HERE, ""), end="")
        print("-----")


def divide():
    return 1 / 0


def whole_line():
    x = {}
    x["key"]


def subscript_chain():
    data = {"a": [1, 2]}
    return data["a"][5] + 1


def call_in_expr():
    return int("nope") + 1


def grouped():
    a, b = 1, "s"
    return (a) + (b)


def power():
    return 2 ** 3 ** "x"


def attribute():
    value = None
    return value.missing.other


def multiline():
    return (1 +
            "x")


def method_call():
    return "text".index("z", 0)


def nested_calls():
    return len(str(int("x")))


def unicode_line():
    s = "é"
    return s + 1


for fn in (divide, whole_line, subscript_chain, call_in_expr, grouped, power,
           attribute, multiline, method_call, nested_calls, unicode_line):
    report(fn)
