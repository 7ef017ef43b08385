import traceback

def show(*args):
    print("".join(traceback.format_exception_only(SyntaxError(*args))), end="")
    print("---")

show("m", ("p", 2, 20, "abc\n", 2, 30))
show("m", ("p", 2, 5, "abc\n", 2, 8))
show("m", ("p", 2, 3, "  abc", 2, -1))
show("m", ("p", 2, 0, "  abc", 2, -1))
show("m", ("", 2, 2, "abcdef", 2, 4))
show("", (None, 2, 2, "abcdef", 2, 4))
show("m", ("p", None, 2, "abcdef", 2, 4))
show("m", ("p", 2, 2, "\f  abcdef\n\n", 2, 4))
fs = traceback.FrameSummary("f.py", 1, "g", line="x")
print(list(traceback.StackSummary.from_list([fs, ("a.py", 2, "h", "y = 2")]).format()))
try:
    traceback.print_last()
except ValueError as e:
    print(type(e).__name__, e)
