import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class _CleanOut:
    """stdout with this folder's path removed (tracebacks print full paths)."""

    def write(self, s):
        sys.stdout.write(s.replace(HERE, ""))


OUT = _CleanOut()


def show(lines):
    print("".join(lines).replace(HERE, ""), end="")
    print("-----")


def boom():
    raise FileNotFoundError("no such file")


try:
    try:
        boom()
    except OSError as exc:
        raise LookupError("lookup failed") from exc
except LookupError as caught:
    te = traceback.TracebackException.from_exception(caught)
    exc = caught

print(type(te.stack).__name__, len(te.stack), te.exc_type.__name__, str(te))
print(te.__cause__ is not None, te.__context__ is not None, te.__suppress_context__)
print(te.__cause__.exc_type.__name__, str(te.__cause__), te.__cause__.__cause__)
print(te.exceptions)
show(te.format())
show(te.format(chain=False))
show(te.format_exception_only())
te.print()
te.print(file=OUT, chain=False)
te2 = traceback.TracebackException(type(exc), exc, exc.__traceback__)
print(te == te2, te == 5, te != te2)

# compact mode skips the context when a cause exists
te3 = traceback.TracebackException.from_exception(exc, compact=True)
print(te3.__context__, te3.__cause__ is not None)

# limit applies to each exception in the chain
show(traceback.TracebackException.from_exception(exc, limit=1).format())

# cycles in the chain do not loop forever
a = ValueError("a")
b = KeyError("b")
a.__context__ = b
b.__context__ = a
show(traceback.format_exception(a))

