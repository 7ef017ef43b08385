from contextlib import contextmanager

log = []

@contextmanager
def tag(name):
    """Wrap output in a tag."""
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")

print(tag.__name__, tag.__doc__)
with tag("b") as t:
    log.append(t)
print(log)

# exception propagates through
log.clear()
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", type(e).__name__, e, log)

# generator swallows the exception
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError):
    raise KeyError("k")
print("after swallow")

try:
    with swallow(KeyError):
        raise IndexError("not me")
except IndexError as e:
    print("escaped", e)

# error messages
@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def keeps_going():
    while True:
        try:
            yield
        except Exception as e:
            print("ignored", e)

try:
    with keeps_going():
        raise ValueError("v")
except RuntimeError as e:
    print(type(e).__name__, e)

# generator raises a different exception: chained to the original
@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e

try:
    with converts():
        1 / 0
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

@contextmanager
def implicit_chain():
    try:
        yield
    finally:
        raise KeyError("in finally")

try:
    with implicit_chain():
        raise TypeError("body")
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)

# StopIteration raised in the body must propagate, not be swallowed
@contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration propagated", e)

@contextmanager
def reraise():
    try:
        yield
    except Exception:
        raise

try:
    with reraise():
        raise StopIteration("again")
except StopIteration as e:
    print("StopIteration propagated again", e)

try:
    with reraise():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError propagated", e)

# used as a decorator: a fresh generator for each call
calls = []

@contextmanager
def counting():
    calls.append("enter")
    yield
    calls.append("exit")

@counting()
def work(x):
    calls.append(x)
    return x * 2

print(work(1), work(2), calls)

# manager object can only be entered once
cm = plain()
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)

# exception class given to __exit__ without instance
cm = swallow(LookupError)
cm.__enter__()
print(cm.__exit__(KeyError, None, None))
