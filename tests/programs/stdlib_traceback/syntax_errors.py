import traceback


def show(lines):
    print("".join(lines), end="")
    print("-----")


# SyntaxError formatting
def syntax(*args):
    show(traceback.format_exception_only(SyntaxError(*args)))

syntax("invalid syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
syntax("bad indent", ("prog.py", 7, 3, "    y = (\n", 7, 10))
syntax("no text", ("prog.py", 1, 1, None, 1, 2))
syntax("no line", ("prog.py", None, None, None, None, None))
syntax("tabs", ("prog.py", 2, 4, "\tif\tx\n", 2, 5))
syntax("past end", ("prog.py", 2, 20, "abc\n", 2, 30))
syntax("zero end", ("prog.py", 2, 2, "abc\n", 2, 0))
syntax("just a message")
class MySyntax(SyntaxError):
    pass
show(traceback.format_exception_only(MySyntax("custom", ("m.py", 4, 1, "oops\n", 4, 5))))
try:
    compile("x = (1,\n", "generated.py", "exec")
except SyntaxError as exc:
    show(traceback.format_exception_only(exc))
try:
    compile("def f(:\n    pass\n", "generated.py", "exec")
except SyntaxError as exc:
    show(traceback.format_exception_only(exc))
