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


def show(lines):
    print(clean("".join(lines)), end="")
    print("-----")


def inner(x):
    raise ValueError(f"bad value {x}")


def middle(x):
    inner(x + 1)


def outer():
    middle(1)


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(clean(text), end="")
    print("-----")
    traceback.print_exc()
    e = sys.exception()

# format_exception variants
show(traceback.format_exception(e))
show(traceback.format_exception(type(e), e, e.__traceback__))
show(traceback.format_exception(e, limit=1))
show(traceback.format_exception(e, limit=-1))
show(traceback.format_exception(e, limit=0))
show(traceback.format_tb(e.__traceback__))
show(traceback.format_tb(e.__traceback__, limit=2))
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(e), e))
try:
    traceback.format_exception(e, e)
except ValueError as err:
    print(type(err).__name__, err)
try:
    traceback.format_exception(42)
except TypeError as err:
    print(type(err).__name__, err)

# chaining
def cause():
    try:
        raise KeyError("missing")
    except KeyError as exc:
        raise RuntimeError("wrapped") from exc

def context():
    try:
        raise IndexError(0)
    except IndexError:
        raise TypeError("while handling")

def suppressed():
    try:
        raise IndexError(0)
    except IndexError:
        raise TypeError("no context shown") from None

for fn in (cause, context, suppressed):
    try:
        fn()
    except Exception as exc:
        show(traceback.format_exception(exc))
        show(traceback.format_exception(exc, chain=False))
        traceback.print_exception(exc)

# exceptions that were never raised have no traceback
show(traceback.format_exception(KeyError("never raised")))
show(traceback.format_exception(ValueError()))
show(traceback.format_exception_only(ValueError("")))

# notes, custom classes, odd messages
class AppError(Exception):
    pass

class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no str")

err = AppError("with notes")
err.add_note("first note")
err.add_note("second\nnote")
show(traceback.format_exception_only(err))
AppError.__module__ = "myapp.errors"
show(traceback.format_exception_only(AppError("qualified")))
show(traceback.format_exception_only(Unprintable()))
e2 = ValueError("notes not a list")
e2.__notes__ = 42
show(traceback.format_exception_only(e2))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(KeyError, KeyError("k")))
show(traceback.format_exception_only(SystemExit(2)))

# no exception being handled
print(repr(traceback.format_exc()))

# extract_tb / walk_tb / FrameSummary
try:
    outer()
except ValueError as exc:
    tb = exc.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    filename, lineno, name, line = fs
    print(os.path.basename(filename), lineno, name, repr(line), len(fs), fs[2])
print(clean(repr(summary[0])))
print([(os.path.basename(f.f_code.co_filename), n) for f, n in traceback.walk_tb(tb)])
print(summary[1] == (summary[1].filename, summary[1].lineno, "middle", "inner(x + 1)"))
print(summary[1] == summary[1], summary[0] == summary[1])
show(traceback.format_list(summary))
traceback.print_tb(tb, limit=1)
traceback.print_tb(tb, file=OUT, limit=-1)
