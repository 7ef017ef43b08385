import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, "")


class _CleanOut:
    """stdout with this folder's path removed (tracebacks print full paths)."""

    def write(self, s):
        sys.stdout.write(clean(s))


OUT = _CleanOut()


def level3():
    stack = traceback.extract_stack()
    names = [fs.name for fs in stack]
    print(names[-3:], os.path.basename(stack[-1].filename), stack[-1].line)
    print(clean("".join(traceback.format_stack(limit=2))), end="")
    print([fs.name for fs in traceback.extract_stack(limit=1)])
    traceback.print_stack(limit=2)
    traceback.print_stack(limit=1, file=OUT)
    return stack


def level2():
    return level3()


def level1():
    return level2()


stack = level1()
print(type(stack).__name__, stack[-1].lineno > stack[-2].lineno)

# StackSummary from tuples and FrameSummary objects
entries = [("file_a.py", 10, "func_a", "call_b()"),
           ("file_b.py", 20, "func_b", None)]
summary = traceback.StackSummary.from_list(entries)
print(len(summary), [fs.name for fs in summary])
print("".join(summary.format()), end="")
print("".join(traceback.format_list(entries)), end="")
traceback.print_list(entries, file=OUT)
traceback.print_list(entries)

fs = traceback.FrameSummary("somefile.py", 3, "fn", line="  x = 1  ")
print(repr(fs), fs.line, fs.lineno, fs.name, list(fs), fs[0])
print(fs == ("somefile.py", 3, "fn", "x = 1"), fs == ("somefile.py", 3, "fn", "y"))
fs2 = traceback.FrameSummary("nofile.py", 1, "g", lookup_line=False)
print(repr(fs2.line), fs2.locals)
fs3 = traceback.FrameSummary("nofile.py", 1, "g", locals={"a": 1, "b": "two"})
print(fs3.locals)
print("".join(traceback.StackSummary.from_list([fs3]).format()), end="")
try:
    hash(fs)
except TypeError as e:
    print(type(e).__name__, e)

# long runs of the same frame are folded
def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)

try:
    recurse(10)
except RecursionError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    tb_summary = traceback.extract_tb(e.__traceback__)
    print(len(tb_summary), len(tb_summary.format()))

def ping(n):
    if n == 0:
        raise ValueError("alternating")
    pong(n - 1)

def pong(n):
    ping(n)

try:
    ping(5)
except ValueError as e:
    print(clean("".join(traceback.format_exception(e))), end="")

